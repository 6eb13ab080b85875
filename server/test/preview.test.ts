import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { listen } from '../src/lib/ports.ts'
import { createPreviewBuilds, createPreviewHandler, type BuildPreviewSite } from '../src/lib/preview.ts'
import { createStaticServer } from '../src/lib/staticServer.ts'

// The attack on a started copy (issue 10, point 11), replayed against the real handler, the real
// SiteBuilder and a real HTTP server standing in for the CMS; only the site build is replaced by a
// function that takes a moment and writes the page, since a real build takes about ten seconds.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const dirs: string[] = []
const servers: http.Server[] = []

afterAll(() => {
  for (const server of servers) {
    server.closeAllConnections()
    server.close()
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

const kontakt = (id: number, fields: Record<string, unknown> = {}) => ({
  id,
  title: `Kontakt ${id}`,
  slug: `kontakt-${id}`,
  _status: 'draft',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  kind: 'dienststelle',
  street: 'Theodor-Heuss-Platz 16',
  postalCode: '59065',
  city: 'Hamm',
  ...fields,
})

/** The CMS: `/api/users/me` knows the token `gut`, drafts are served by ID; `hang` paths never answer. */
function startCms(drafts: Map<number, Record<string, unknown>>) {
  const hang = new Set<string>()
  const server = http.createServer((request, response) => {
    const pathname = (request.url ?? '').split('?')[0]!
    if (hang.has(pathname)) return
    response.setHeader('content-type', 'application/json')
    if (pathname === '/api/users/me') {
      const user = request.headers.authorization === 'JWT gut' ? { id: 1, roles: ['redaktion'] } : null
      return response.end(JSON.stringify({ user }))
    }
    const draft = drafts.get(Number(/^\/api\/kontakte\/(\d+)$/.exec(pathname)?.[1]))
    if (!draft || request.headers.authorization !== 'JWT gut') return response.writeHead(404).end('{}')
    response.end(JSON.stringify(draft))
  })
  servers.push(server)
  return { server, hang }
}

type Build = { token: string; documents: string[]; started: number; ended: number }

async function setup({
  drafts = new Map([1, 2, 3, 4, 5, 6, 7, 8, 9].map((id) => [id, kontakt(id)])),
  buildMs = 300,
  failWhen,
  cmsTimeoutMs,
  cmsUrl,
}: {
  drafts?: Map<number, Record<string, unknown>>
  buildMs?: number
  /** Stands in for the loader's strict check of the previewed documents. */
  failWhen?: (documents: string[]) => string | undefined
  cmsTimeoutMs?: number
  cmsUrl?: string
} = {}) {
  const cms = startCms(drafts)
  const cmsPort = await listen(cms.server, 0, '127.0.0.1')
  const sitesDir = mkdtempSync(path.join(tmpdir(), 'fp-preview-'))
  dirs.push(sitesDir)
  const builds: Build[] = []
  const build: BuildPreviewSite = async ({ outDir, token, documents }) => {
    const record: Build = { token, documents, started: Date.now(), ended: 0 }
    builds.push(record)
    await sleep(buildMs)
    record.ended = Date.now()
    const failure = failWhen?.(documents)
    if (failure) throw new Error(failure)
    for (const [id, draft] of drafts) {
      mkdirSync(path.join(outDir, 'kontakte', String(draft.slug ?? id)), { recursive: true })
      writeFileSync(path.join(outDir, 'kontakte', String(draft.slug ?? id), 'index.html'), `<h1>${String(draft.title)}</h1>`)
    }
  }
  const previews = createPreviewBuilds({ sitesDir, build })
  const logged: string[] = []
  const handler = createPreviewHandler({
    cmsUrl: cmsUrl ?? `http://127.0.0.1:${cmsPort}`,
    adminUrl: 'http://localhost:3000',
    getPreviewDir: () => previews.builder.currentDir,
    buildPreview: previews.buildPreview,
    cmsTimeoutMs,
    log: (line) => logged.push(line),
  })
  const site = createStaticServer({ getRoot: () => undefined, handle: handler })
  servers.push(site)
  const sitePort = await listen(site, 0, '127.0.0.1')
  const preview = async (pathname: string, token = 'gut') => {
    const started = Date.now()
    const response = await fetch(`http://127.0.0.1:${sitePort}${pathname}`, {
      headers: { cookie: `payload-token=${token}` },
      redirect: 'manual',
      // The client gives up long before vitest does, so that a hang fails as an assertion.
      signal: AbortSignal.timeout(4000),
    })
    return { status: response.status, location: response.headers.get('location'), body: await response.text(), ms: Date.now() - started }
  }
  return { preview, builds, hang: cms.hang, logged, builder: previews.builder }
}

describe('preview builds pile up (issue 10, point 11)', () => {
  it('six editors previewing during a build share the one build after it', async () => {
    const { preview, builds } = await setup()
    const started = Date.now()
    const first = preview('/vorschau/kontakte/1/')
    await sleep(80)
    expect(builds).toHaveLength(1)
    const answers = await Promise.all([2, 3, 4, 5, 6, 7].map((id) => preview(`/vorschau/kontakte/${id}/`)))
    const all = [await first, ...answers]
    console.log(
      `7 previews (6 during a running build of 300 ms): ${builds.length} builds, answers after ${all.map((a) => a.ms).join(', ')} ms, all within ${Date.now() - started} ms`,
    )
    expect(all.map((a) => a.status)).toEqual([302, 302, 302, 302, 302, 302, 302])
    expect(all.map((a) => a.location)).toEqual([1, 2, 3, 4, 5, 6, 7].map((id) => `/vorschau/seite/kontakte/kontakt-${id}/`))
    expect(builds).toHaveLength(2)
    // Each build knows which documents it is previewing: the loader is strict about those only.
    expect(builds[0]!.documents).toEqual(['kontakte/1'])
    expect([...builds[1]!.documents].sort()).toEqual(['kontakte/2', 'kontakte/3', 'kontakte/4', 'kontakte/5', 'kontakte/6', 'kontakte/7'])
    expect(builds[1]!.started).toBeGreaterThanOrEqual(builds[0]!.ended)
  })

  it('six parallel previews on an idle site take at most two builds', async () => {
    const { preview, builds } = await setup()
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map((id) => preview(`/vorschau/kontakte/${id}/`)))
    expect(answers.map((a) => a.status)).toEqual([302, 302, 302, 302, 302, 302])
    expect(builds.length).toBeLessThanOrEqual(2)
    expect(builds.flatMap((build) => build.documents).sort()).toEqual([
      'kontakte/1',
      'kontakte/2',
      'kontakte/3',
      'kontakte/4',
      'kontakte/5',
      'kontakte/6',
    ])
  })

  it('still checks every waiting request’s own login', async () => {
    const { preview, builds } = await setup()
    const [editor, stranger] = await Promise.all([preview('/vorschau/kontakte/1/'), preview('/vorschau/kontakte/2/', 'geraten')])
    expect(editor.status).toBe(302)
    expect(stranger.status).toBe(401)
    expect(stranger.body).toContain('Vorschau nur für die Redaktion')
    expect(builds.flatMap((build) => build.documents)).toEqual(['kontakte/1'])
    expect(builds.every((build) => build.token === 'gut')).toBe(true)
  })
})

describe('a broken draft breaks only its own preview (issue 10, point 11)', () => {
  it('refuses an incomplete draft (title only) with a German 422 naming the field, and builds nothing for it', async () => {
    const drafts = new Map<number, Record<string, unknown>>([
      [1, kontakt(1)],
      [
        7,
        {
          id: 7,
          title: 'Nur ein Titel',
          slug: 'nur-ein-titel',
          _status: 'draft',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ],
    ])
    const { preview, builds } = await setup({ drafts })
    const [broken, other] = await Promise.all([preview('/vorschau/kontakte/7/'), preview('/vorschau/kontakte/1/')])
    expect(broken.status).toBe(422)
    expect(broken.body).toContain('Vorschau nicht möglich')
    // In the editors' words: the admin's field names, no English schema line (issue 16).
    expect(broken.body).toContain('Es fehlt noch: Art der Stelle, Straße und Hausnummer, PLZ, Ort.')
    expect(broken.body).not.toContain('fails its schema')
    expect(other.status).toBe(302)
    expect(other.location).toBe('/vorschau/seite/kontakte/kontakt-1/')
    expect(builds.flatMap((build) => build.documents)).toEqual(['kontakte/1'])
  })

  it('when a draft breaks while its build waits, only its own preview fails; the others get a build without it', async () => {
    const { preview, builds } = await setup({
      failWhen: (documents) =>
        documents.includes('kontakte/9')
          ? 'Content document kontakte/kontakt-9 fails its schema: street: Too small: expected string to have >=1 characters'
          : undefined,
    })
    const first = preview('/vorschau/kontakte/2/')
    await sleep(80)
    const [broken, other] = await Promise.all([preview('/vorschau/kontakte/9/'), preview('/vorschau/kontakte/1/')])
    expect((await first).status).toBe(302)
    expect(broken.status).toBe(422)
    expect(broken.body).toContain('Straße und Hausnummer')
    expect(broken.body).not.toContain('fails its schema')
    expect(other.status).toBe(302)
    expect(other.location).toBe('/vorschau/seite/kontakte/kontakt-1/')
    expect(builds.map((build) => [...build.documents].sort())).toEqual([['kontakte/2'], ['kontakte/1', 'kontakte/9'], ['kontakte/1']])
  })
})

describe('a CMS that hangs or is gone (issue 10, point 11)', () => {
  const unavailable = 'Das Redaktionssystem antwortet gerade nicht'

  it('answers 504 in German when the login check never gets an answer', async () => {
    const { preview, hang, logged } = await setup({ cmsTimeoutMs: 300 })
    hang.add('/api/users/me')
    for (const pathname of ['/vorschau/kontakte/1/', '/vorschau/seite/kontakte/kontakt-1/']) {
      const answer = await preview(pathname)
      expect(answer.status).toBe(504)
      expect(answer.body).toContain(unavailable)
      expect(answer.ms).toBeLessThan(2000)
    }
    expect(logged[0]).toMatch(/^The CMS did not answer \/api\/users\/me within 0\.3 s$/)
  })

  it('answers 504 in German when the draft never comes', async () => {
    const { preview, hang, builds } = await setup({ cmsTimeoutMs: 300 })
    hang.add('/api/kontakte/1')
    const answer = await preview('/vorschau/kontakte/1/')
    expect(answer.status).toBe(504)
    expect(answer.body).toContain(unavailable)
    expect(builds).toHaveLength(0)
  })

  it('answers 503 in German when the CMS cannot be reached at all', async () => {
    const closed = http.createServer()
    const port = await listen(closed, 0, '127.0.0.1')
    await new Promise((resolve) => closed.close(resolve))
    const { preview } = await setup({ cmsUrl: `http://127.0.0.1:${port}` })
    const answer = await preview('/vorschau/kontakte/1/')
    expect(answer.status).toBe(503)
    expect(answer.body).toContain(unavailable)
  })

  it('answers 503 in German when the build could not read the CMS', async () => {
    const { preview } = await setup({
      failWhen: () => 'Cannot reach the CMS at http://127.0.0.1:3000: no answer within 30 s for /api/kontakte',
    })
    const answer = await preview('/vorschau/kontakte/1/')
    expect(answer.status).toBe(503)
    expect(answer.body).toContain(unavailable)
  })
})
