import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap'

import { defaultLocale, locales } from '../i18n/locales.ts'

/**
 * A page's language versions name the German one once more as x-default: readers whose language
 * the site does not speak are sent to the original. The integration knows no x-default itself.
 */
export function withDefaultLanguage(item: SitemapItem): SitemapItem {
  const german = item.links?.find((link) => link.lang === defaultLocale)
  if (!german) return item
  // The integration hands the same links array to every language version of a page: each gets a copy.
  return { ...item, links: [...item.links!, { lang: 'x-default', url: german.url }] }
}

/**
 * @astrojs/sitemap lists the pages Astro has built (it leaves out the 404 page) with their language
 * versions. The hreflang values are the bare language codes, as in the pages' own
 * `<link rel="alternate">`: each version is meant for its language wherever the reader lives.
 */
export const sitemapOptions: SitemapOptions = {
  i18n: { defaultLocale, locales: Object.fromEntries(locales.map((locale) => [locale, locale])) },
  serialize: withDefaultLanguage,
  // Pages and their language versions only: no news, image or video entries to declare.
  namespaces: { news: false, image: false, video: false },
}
