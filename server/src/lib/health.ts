import { statSync } from 'node:fs'
import type http from 'node:http'

import type { BuildStatus } from './siteBuilder.ts'

/** Where a load balancer or monitoring polls the site: beside the pages, never a page's address. */
export const siteHealthPath = '/_health'

export type SiteHealth = {
  /** ok: a build is served; unavailable: none yet (a load balancer should send visitors elsewhere). */
  status: 'ok' | 'unavailable'
  site: { builtAt?: string; ageSeconds?: number; lastBuild: BuildStatus['state']; lastError?: string; lastErrorAt?: string }
  cms: 'ok' | 'unreachable'
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
  let cms: SiteHealth['cms'] = 'unreachable'
  try {
    cms = (await fetch(cmsHealthUrl, { signal: AbortSignal.timeout(2000) })).ok ? 'ok' : 'unreachable'
  } catch {
    // stays unreachable
  }
  return {
    status: currentDir ? 'ok' : 'unavailable',
    site: {
      builtAt: builtAt?.toISOString(),
      ageSeconds: builtAt ? Math.round((now.getTime() - builtAt.getTime()) / 1000) : undefined,
      lastBuild: status.state,
      lastError: status.lastError,
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
