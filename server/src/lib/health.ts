import { statSync } from 'node:fs'
import type http from 'node:http'

import type { BuildStatus } from './siteBuilder.ts'

/** Where a load balancer or monitoring polls the site: beside the pages, never a page's address. */
export const siteHealthPath = '/_health'

export type SiteHealth = {
  /** ok: a build is served; unavailable: none yet (a load balancer should send visitors elsewhere). */
  status: 'ok' | 'unavailable'
  // The reason of a failed build stays in the log and the admin: build output can name internal addresses and files.
  site: { builtAt?: string; ageSeconds?: number; lastBuild: BuildStatus['state']; lastErrorAt?: string }
  cms: 'ok' | 'unreachable'
}

// A flood of health requests must not become a flood of database queries: the CMS is asked at most every 5 s.
const probes = new Map<string, { at: number; state: Promise<SiteHealth['cms']> }>()
function cmsState(url: string, now: number): Promise<SiteHealth['cms']> {
  const last = probes.get(url)
  if (last && now - last.at < 5000) return last.state
  const state = fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (response): SiteHealth['cms'] => (response.ok ? 'ok' : 'unreachable'),
    (): SiteHealth['cms'] => 'unreachable',
  )
  probes.set(url, { at: now, state })
  return state
}

/** The site's health as a monitor sees it: whether a build is live, how old it is, how the last build went, whether the CMS answers. */
export async function siteHealth({
  currentDir,
  status,
  cmsHealthUrl,
  now = new Date(),
}: {
  currentDir: string | undefined
  status: BuildStatus
  cmsHealthUrl: string
  now?: Date
}): Promise<SiteHealth> {
  const builtAt = currentDir ? statSync(currentDir).mtime : undefined
  const cms = await cmsState(cmsHealthUrl, now.getTime())
  return {
    status: currentDir ? 'ok' : 'unavailable',
    site: {
      builtAt: builtAt?.toISOString(),
      ageSeconds: builtAt ? Math.round((now.getTime() - builtAt.getTime()) / 1000) : undefined,
      lastBuild: status.state,
      lastErrorAt: status.lastErrorAt,
    },
    cms,
  }
}

/** Answers `GET /_health` (200 while a build is served, 503 before); everything else goes on. */
export function healthHandler(read: () => Promise<SiteHealth>) {
  return async (request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean> => {
    if (new URL(request.url ?? '/', 'http://site').pathname !== siteHealthPath) return false
    const health = await read()
    response.writeHead(health.status === 'ok' ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
    response.end(request.method === 'HEAD' ? undefined : JSON.stringify(health))
    return true
  }
}
