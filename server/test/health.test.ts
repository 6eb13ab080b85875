import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { healthHandler, siteHealth } from '../src/lib/health.ts'
import { createStaticServer } from '../src/lib/staticServer.ts'

// Issue 13: a monitor polls the site: is a build live, how old is it, did the last build succeed, does the CMS answer.
const work = mkdtempSync(path.join(tmpdir(), 'fp-health-'))
let cmsUp = true
const cms = http.createServer((_request, response) => response.writeHead(cmsUp ? 200 : 503).end())
let cmsUrl = ''
beforeAll(async () => {
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}/api/health`
})
afterAll(() => {
  cms.close()
  rmSync(work, { recursive: true, force: true })
})

async function get(server: http.Server, pathname: string) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${pathname}`)
    return {
      status: response.status,
      cacheControl: response.headers.get('cache-control'),
      json: (await response.json()) as Record<string, unknown>,
    }
  } finally {
    server.close()
  }
}

describe('GET /_health on the site', () => {
  it('says a build is live, how old it is and that the last build failed, while the CMS answers', async () => {
    const currentDir = work
    const status = { state: 'failed' as const, lastError: 'astro build exited with code 1', lastErrorAt: '2026-12-05T01:00:00.000Z' }
    const server = createStaticServer({
      getRoot: () => currentDir,
      handle: healthHandler(() => siteHealth({ currentDir, status, cmsHealthUrl: cmsUrl })),
    })
    const { status: code, cacheControl, json } = await get(server, '/_health')
    expect(code).toBe(200)
    expect(cacheControl).toBe('no-store')
    expect(json).toMatchObject({ status: 'ok', cms: 'ok', site: { lastBuild: 'failed', lastErrorAt: '2026-12-05T01:00:00.000Z' } })
    // The reason stays in the log: build output can name internal addresses and files.
    expect(JSON.stringify(json)).not.toContain('astro build')
    expect((json.site as { ageSeconds: number }).ageSeconds).toBeGreaterThanOrEqual(0)
  })

  it('answers 503 before the first build, and reports a CMS that does not answer', async () => {
    cmsUp = false
    // Another address than the first test's, which the 5 s cache of the CMS probe still holds.
    cmsUrl = cmsUrl.replace('/api/health', '/api/health?again')
    const server = createStaticServer({
      getRoot: () => undefined,
      handle: healthHandler(() => siteHealth({ currentDir: undefined, status: { state: 'building' }, cmsHealthUrl: cmsUrl })),
    })
    const { status, json } = await get(server, '/_health')
    cmsUp = true
    expect(status).toBe(503)
    expect(json).toMatchObject({ status: 'unavailable', cms: 'unreachable', site: { lastBuild: 'building' } })
  })
})
