import type { APIRoute, GetStaticPaths } from 'astro'

import { dictionaries, inEveryLocale, type Locale } from '#i18n/index.ts'
import { loadMatcherCatalogue, matcherTopics } from '#lib/matcherCatalogue.ts'

export const getStaticPaths = (() => inEveryLocale()) satisfies GetStaticPaths

/**
 * The finder's catalogue in one language as a file of its own: the page stays small, and the
 * browser caches the catalogue apart from the page. It holds only published offers – nothing about
 * the family.
 */
export const GET: APIRoute = async ({ props }) => {
  const { locale } = props as { locale: Locale }
  const offers = await loadMatcherCatalogue(locale)
  return new Response(JSON.stringify({ offers, topics: matcherTopics(dictionaries[locale]) }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
