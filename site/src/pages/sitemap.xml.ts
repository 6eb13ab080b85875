import type { APIRoute } from 'astro'

import { lebenslageOptions } from '@familienrathaus/content-schemas'

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
  const urls = paths.map((path) => `  <url><loc>${new URL(path, site).href}</loc></url>`).join('\n')
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  )
}
