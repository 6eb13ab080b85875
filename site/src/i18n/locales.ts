/**
 * The languages of the site's interface. German is the original and lives at the root; the others
 * live under their code (/en/, /tr/, /ar/, /uk/). Content comes from the CMS in German and is shown
 * in German – marked as such – wherever it has not been translated.
 *
 * The one list of them: Astro's i18n config, the sitemap and the finder's browser script read it
 * too, so this module must not import `astro:i18n` (the config defines it; the browser has none).
 */
export const locales = ['de', 'en', 'tr', 'ar', 'uk'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'de'

export const localeInfo: Record<Locale, { name: string; dir: 'ltr' | 'rtl'; ogLocale: string; intl: string }> = {
  de: { name: 'Deutsch', dir: 'ltr', ogLocale: 'de_DE', intl: 'de-DE' },
  en: { name: 'English', dir: 'ltr', ogLocale: 'en_GB', intl: 'en-GB' },
  tr: { name: 'Türkçe', dir: 'ltr', ogLocale: 'tr_TR', intl: 'tr-TR' },
  ar: { name: 'العربية', dir: 'rtl', ogLocale: 'ar_AR', intl: 'ar' },
  uk: { name: 'Українська', dir: 'ltr', ogLocale: 'uk_UA', intl: 'uk-UA' },
}

export const isLocale = (value: string | undefined): value is Locale => (locales as readonly string[]).includes(value ?? '')

/** The `lang` route parameter of a page in a language: none for German, which lives at the root. */
export const langParam = (locale: Locale) => (locale === defaultLocale ? undefined : locale)

type StaticPath = { params: Record<string, string | undefined>; props: Record<string, unknown> }

/** getStaticPaths for pages that exist once per language: the paths of each language (none given: the page once). */
export async function inEveryLocale<Path extends StaticPath>(
  pathsIn: (locale: Locale) => Path[] | Promise<Path[]> = () => [{ params: {}, props: {} } as Path],
) {
  const perLocale = await Promise.all(locales.map(async (locale) => ({ locale, paths: await pathsIn(locale) })))
  return perLocale.flatMap(({ locale, paths }) =>
    paths.map(({ params, props }) => ({ params: { ...params, lang: langParam(locale) }, props: { ...props, locale } })),
  )
}
