import type { APIRoute, GetStaticPaths } from 'astro'

import { inEveryLocale, type Locale } from '#i18n/index.ts'
import { loadContent } from '#lib/content.ts'

export const getStaticPaths = (() => inEveryLocale()) satisfies GetStaticPaths

/**
 * The search's vocabulary in one language for „Meinten Sie …?“: the offers' and Handlungsfelder's
 * titles, then the offers' search words – fetched only when a family searches.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale }
  const { angebote, handlungsfelder } = await loadContent(locale)
  const words = [
    ...angebote.map((angebot) => angebot.data.title),
    ...handlungsfelder.map((feld) => feld.data.title),
    ...angebote.flatMap((angebot) => angebot.data.synonyms?.split(',').map((word) => word.trim()) ?? []),
  ].filter(Boolean)
  return new Response(JSON.stringify({ words: [...new Set(words)] }), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
