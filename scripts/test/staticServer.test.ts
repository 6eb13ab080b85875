import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { listen } from '../src/lib/ports.ts'
import { createStaticServer, securityHeaders } from '../src/lib/staticServer.ts'

const workDir = mkdtempSync(path.join(tmpdir(), 'fp-static-'))
const siteA = path.join(workDir, 'a')
const siteB = path.join(workDir, 'b')
let root: string | undefined = siteA
const server = createStaticServer({ getRoot: () => root })
let base = ''

beforeAll(async () => {
  for (const [dir, label] of [
    [siteA, 'A'],
    [siteB, 'B'],
  ] as const) {
    mkdirSync(path.join(dir, 'angebote', 'kindergeld'), { recursive: true })
    mkdirSync(path.join(dir, '_astro'), { recursive: true })
    writeFileSync(path.join(dir, 'index.html'), `<h1>Start ${label}</h1>`)
    writeFileSync(path.join(dir, 'angebote', 'kindergeld', 'index.html'), `<h1>Kindergeld ${label}</h1>`)
    writeFileSync(path.join(dir, '404.html'), `<h1>Nicht gefunden ${label}</h1>`)
    writeFileSync(path.join(dir, '_astro', 'app.js'), 'console.log(1)')
  }
  writeFileSync(path.join(workDir, 'secret.txt'), 'outside the site')
  const port = await listen(server, 0, '127.0.0.1')
  base = `http://127.0.0.1:${port}`
})

afterAll(() => {
  server.close()
  rmSync(workDir, { recursive: true, force: true })
})

describe('static server', () => {
  it('serves index.html for a directory URL with security headers', async () => {
    const response = await fetch(`${base}/angebote/kindergeld/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(policy).not.toContain('unsafe-inline')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toBe('<h1>Kindergeld A</h1>')
  })

  it('sends the same headers the README documents for nginx', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
    const documented = Object.fromEntries(
      [...readme.matchAll(/^add_header ([\w-]+) "([^"]+)" always;$/gm)].map(([, name, value]) => [name!.toLowerCase(), value!]),
    )
    expect(documented).toEqual(securityHeaders)
  })

  it('redirects a directory without trailing slash', async () => {
    const response = await fetch(`${base}/angebote/kindergeld`, { redirect: 'manual' })
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/angebote/kindergeld/')
  })

  it('answers unknown paths with the site 404 page', async () => {
    const response = await fetch(`${base}/gibt-es-nicht/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Nicht gefunden')
  })

  it('never serves files outside the site', async () => {
    const response = await fetch(`${base}/..%2fsecret.txt`)
    expect([400, 404]).toContain(response.status)
    expect(await response.text()).not.toContain('outside the site')
  })

  it('caches hashed assets for good and HTML not at all', async () => {
    expect((await fetch(`${base}/_astro/app.js`)).headers.get('cache-control')).toContain('immutable')
    expect((await fetch(`${base}/`)).headers.get('cache-control')).toBe('no-cache')
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${base}/`, { method: 'POST' })
    expect(response.status).toBe(405)
  })

  it('switches to a new build between two requests', async () => {
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>Start A</h1>')
    root = siteB
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>Start B</h1>')
    root = siteA
  })

  it('says the site is being built before the first build', async () => {
    root = undefined
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(503)
    root = siteA
    expect((server.address() as AddressInfo).port).toBeGreaterThan(0)
  })
})
