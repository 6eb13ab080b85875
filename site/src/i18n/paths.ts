import { getRelativeLocaleUrl } from 'astro:i18n'

import { defaultLocale, locales, type Locale } from './locales.ts'

/**
 * The address of a site page in a language, below the site's base: localePath('en', '/angebote/')
 * → '/en/angebote/' (draft previews: '/vorschau/seite/en/angebote/'). Links elsewhere and anchors
 * stay as they are.
 */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) return path
  // Astro's helper ends every address with a slash (trailingSlash 'always'): a query, an anchor or a
  // file keeps its own end, after the page part.
  const [, page = '/', rest = ''] = /^([^?#]*?)((?:[^/?#]+\.[a-z0-9]+)?(?:[?#].*)?)$/i.exec(path) ?? []
  return rest ? `${getRelativeLocaleUrl(locale, page).replace(/\/?$/, '/')}${rest}` : getRelativeLocaleUrl(locale, page)
}

// astro:i18n builds addresses but does not read them back. Reading back the first address it
// builds for each language keeps both directions on the one scheme of the config (base included).
const siteRoot = getRelativeLocaleUrl(defaultLocale, '')
const languageRoots = locales.filter((locale) => locale !== defaultLocale).map((locale) => ({ locale, root: getRelativeLocaleUrl(locale, '') }))

/** Splits a URL path into its language and the path of the page itself ('/en/angebote/' → en, '/angebote/'). */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  // The slash added lets '/en' count as the English home page, as '/en/' does.
  const within = (root: string) => `${pathname}/`.startsWith(root)
  const language = languageRoots.find(({ root }) => within(root))
  if (language) return { locale: language.locale, path: pathname.slice(language.root.length - 1) || '/' }
  return { locale: defaultLocale, path: within(siteRoot) ? pathname.slice(siteRoot.length - 1) || '/' : pathname }
}
