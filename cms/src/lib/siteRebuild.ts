/**
 * Asks the site builder (run by `npm start`) for a rebuild. The builder debounces, runs one build
 * at a time and keeps serving the last good site, so this only has to knock on its door.
 * Without SITE_REBUILD_URL (e.g. `next dev` alone, tests) there is no builder and nothing happens.
 */
export async function requestSiteRebuild({ reason }: { reason: string }): Promise<boolean> {
  const url = process.env.SITE_REBUILD_URL
  if (!url) return false
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${process.env.SITE_REBUILD_TOKEN ?? ''}`,
      },
      body: JSON.stringify({ reason }),
      signal: AbortSignal.timeout(5_000),
    })
    if (!response.ok) console.error(`Site rebuild request refused: HTTP ${response.status}`)
    return response.ok
  } catch (error) {
    console.error(`Site rebuild request failed: ${(error as Error).message}`)
    return false
  }
}
