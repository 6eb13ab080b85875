import type { APIRoute } from 'astro'

import { loadMatcherCatalogue, matcherTopics } from '../../lib/matcherCatalogue.ts'

/**
 * The finder's catalogue as a file of its own: the page stays small, and the browser caches the
 * catalogue apart from the page. It holds only published offers – nothing about the family.
 */
export const GET: APIRoute = async () => {
  const { offers } = await loadMatcherCatalogue()
  return new Response(JSON.stringify({ offers, topics: matcherTopics }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
