import type { APIRoute } from 'astro'

import { lebenslageOptions } from '@familienrathaus/content-schemas'

import { localePath, locales } from '../i18n/index.ts'
import { loadContent } from '../lib/content.ts'
import { ageBands } from '../lib/filters.ts'

export const GET: APIRoute = async ({ site }) => {
  const content = await loadContent()
  const kinds = [...new Set(content.angebote.map((entry) => entry.data.kind))]
  const paths = [
    '/',
    '/angebote/',
    '/handlungsfelder/',
    '/meilensteine/',
    '/erklaervideos/',
    '/kontakte/',
    '/suche/',
    '/finder/',
    '/impressum/',
    '/datenschutz/',
    '/barrierefreiheit/',
    '/leichte-sprache/',
    '/gebaerdensprache/',
    '/lebenslagen/',
    ...lebenslageOptions.map((lage) => `/lebenslagen/${lage.value}/`),
    ...content.angebote.map((entry) => `/angebote/${entry.id}/`),
    ...kinds.map((kind) => `/angebote/art/${kind}/`),
    ...ageBands.map((band) => `/angebote/alter/${band.slug}/`),
    ...content.handlungsfelder.map((entry) => `/handlungsfelder/${entry.id}/`),
    ...content.meilensteine.map((entry) => `/meilensteine/${entry.id}/`),
    ...content.erklaervideos.map((entry) => `/erklaervideos/${entry.id}/`),
    ...content.kontakte.map((entry) => `/kontakte/${entry.id}/`),
  ]
  // Every page in every language, each listing all its language versions (hreflang) for search engines.
  const url = (locale: (typeof locales)[number], path: string) => new URL(localePath(locale, path), site).href
  const urls = paths
    .flatMap((path) => {
      const alternates = [
        ...locales.map((locale) => `    <xhtml:link rel="alternate" hreflang="${locale}" href="${url(locale, path)}"/>`),
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${url('de', path)}"/>`,
      ].join('\n')
      return locales.map((locale) => `  <url>\n    <loc>${url(locale, path)}</loc>\n${alternates}\n  </url>`)
    })
    .join('\n')
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  )
}
