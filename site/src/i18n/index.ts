import { defaultLocale, localeInfo, type Locale } from './locales.ts'
import { localePath, splitLocale } from './paths.ts'
import { ar } from './ui/ar.ts'
import { de, type Dictionary } from './ui/de.ts'
import { en } from './ui/en.ts'
import { tr } from './ui/tr.ts'
import { uk } from './ui/uk.ts'

export * from './locales.ts'
export * from './paths.ts'
export type { Dictionary }

export const dictionaries: Record<Locale, Dictionary> = { de, en, tr, ar, uk }

/** Attributes for a German passage (content not yet translated) inside a page in another language. */
export type PassageAttributes = { lang?: 'de'; dir?: 'ltr' }

// Every component asks for its language; a date format is made once per language, not once per component.
const dateFormats = new Map<Locale, Intl.DateTimeFormat>()
const dateFormatOf = (locale: Locale) => {
  if (!dateFormats.has(locale)) {
    dateFormats.set(
      locale,
      new Intl.DateTimeFormat(localeInfo[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    )
  }
  return dateFormats.get(locale)!
}

/** Everything a page or component needs to speak the language of the URL it is rendered for. */
export function i18nFor(url: URL) {
  const { locale, path } = splitLocale(url.pathname)
  const dateFormat = dateFormatOf(locale)
  const german: PassageAttributes = locale === 'de' ? {} : { lang: 'de', dir: 'ltr' }
  return {
    locale,
    /** The page's path without the language prefix: the same for every language. */
    path,
    t: dictionaries[locale],
    /** The address of a site page in this language. */
    link: (target: string) => localePath(locale, target),
    german,
    /** The site's name may stay German in a translation (it is a name); then it is marked as German. */
    siteNameAttributes: dictionaries[locale].siteName === de.siteName ? german : {},
    /** Attributes for text from an entry: none when the entry is in the page's language, German otherwise. */
    passage: (entry: { lang?: Locale | undefined }): PassageAttributes => ((entry.lang ?? defaultLocale) === locale ? {} : german),
    formatDate: (iso: string) => dateFormat.format(new Date(iso)),
    /** A video's length in words ("2 Minuten"). */
    formatDuration: (seconds: number) => dictionaries[locale].videos.minutes(Math.floor(seconds / 60), seconds % 60),
  }
}
