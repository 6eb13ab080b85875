import { mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
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
    mkdirSync(path.join(dir, 'medien'), { recursive: true })
    writeFileSync(path.join(dir, 'medien', 'film.mp4'), Buffer.alloc(16 * 1024 * 1024, 7))
  }
  // Precompressed at build time (site/src/finish/precompress.ts): a page and a hashed script.
  for (const [file, content] of [
    [path.join(siteA, 'angebote', 'elterngeld', 'index.html'), `<h1>Elterngeld</h1>${'<p>Geld nach der Geburt.</p>'.repeat(200)}`],
    [path.join(siteA, '_astro', 'finder.js'), `export const finder = ${JSON.stringify(Array.from({ length: 300 }, (_, i) => `angebot-${i}`))}`],
  ] as const) {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, content)
    writeFileSync(`${file}.br`, brotliCompressSync(content))
    writeFileSync(`${file}.gz`, gzipSync(content))
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

  it('answers a failed precondition with 412 and a range beyond the file with 416, not with the 404 page', async () => {
    const page = await fetch(`${base}/angebote/kindergeld/`)
    const etag = page.headers.get('etag')!
    expect(etag).toBeTruthy()
    // A download manager resuming a file that changed in between.
    const changed = await fetch(`${base}/angebote/kindergeld/`, { headers: { 'if-match': '"another-version"' } })
    expect(changed.status).toBe(412)
    expect(await changed.text()).not.toContain('Nicht gefunden')
    expect((await fetch(`${base}/angebote/kindergeld/`, { headers: { 'if-match': etag } })).status).toBe(200)
    const beyond = await fetch(`${base}/medien/film.mp4`, { headers: { range: `bytes=${32 * 1024 * 1024}-` } })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe(`bytes */${16 * 1024 * 1024}`)
    expect(await beyond.text()).not.toContain('Nicht gefunden')
    // Still a 404 page for what does not exist, whatever the request's conditions.
    const missing = await fetch(`${base}/gibt-es-nicht/`, { headers: { 'if-match': '"x"', range: 'bytes=0-1' } })
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Nicht gefunden')
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

  it('sends the precompressed copy the browser accepts, brotli first, with the original type (issue 18)', async () => {
    const page = path.join(siteA, 'angebote', 'elterngeld', 'index.html')
    for (const [accepted, encoding, body] of [
      ['gzip, deflate, br, zstd', 'br', readFileSync(`${page}.br`)],
      ['gzip, deflate', 'gzip', readFileSync(`${page}.gz`)],
      ['br;q=0, gzip', 'gzip', readFileSync(`${page}.gz`)],
      ['gzip, br;q=0.1', 'gzip', readFileSync(`${page}.gz`)],
      ['identity, gzip;q=0.5', undefined, readFileSync(page)],
      ['', undefined, readFileSync(page)],
      ['identity', undefined, readFileSync(page)],
    ] as const) {
      const response = await rawGet('/angebote/elterngeld/', { 'accept-encoding': accepted })
      expect(response.status, accepted).toBe(200)
      expect(response.headers['content-encoding'], accepted).toBe(encoding)
      expect(response.headers['content-type'], accepted).toBe('text/html; charset=utf-8')
      expect(response.headers.vary, accepted).toMatch(/accept-encoding/i)
      expect(response.headers['cache-control'], accepted).toBe('no-cache')
      expect(response.body.equals(body), accepted).toBe(true)
    }
    // A range is taken from the page itself.
    const range = await rawGet('/angebote/elterngeld/', { 'accept-encoding': 'br', range: 'bytes=0-18' })
    expect(range.status).toBe(206)
    expect(range.headers['content-encoding']).toBeUndefined()
    expect(range.body.toString()).toBe('<h1>Elterngeld</h1>')
    const script = await rawGet('/_astro/finder.js', { 'accept-encoding': 'br' })
    expect(script.headers['content-encoding']).toBe('br')
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(script.headers['cache-control']).toContain('immutable')
    // What has no compressed copy goes out as it is; the .br file itself is no page of the site.
    expect((await rawGet('/angebote/kindergeld/', { 'accept-encoding': 'br' })).headers['content-encoding']).toBeUndefined()
    const missing = await rawGet('/angebote/gibt-es-nicht/', { 'accept-encoding': 'br' })
    expect(missing.status).toBe(404)
    expect(missing.headers['content-encoding']).toBeUndefined()
    expect(missing.body.toString()).toBe('<h1>Nicht gefunden A</h1>')
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

/** One raw HTTP/1.1 request (any bytes as the target); resolves with the status code, or 0 when the connection closed without an answer. */
function rawRequest(target: Buffer | string, { timeoutMs = 5000 } = {}): Promise<number> {
  const { port } = server.address() as AddressInfo
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    let received = ''
    const timer = setTimeout(() => socket.destroy(), timeoutMs)
    socket.on('data', (chunk) => (received += chunk.toString('latin1')))
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(received)?.[1] ?? 0))
    })
    socket.write(
      Buffer.concat([Buffer.from('GET '), Buffer.from(target), Buffer.from(' HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n')]),
    )
  })
}

/** Open file descriptors of this process (the server runs in it) that point into `dir`. */
function openFilesUnder(dir: string): string[] {
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`)
      return target.startsWith(dir) ? [target] : []
    } catch {
      return []
    }
  })
}

/** A GET without the decompression fetch does on its own: the bytes and headers as sent. */
function rawGet(target: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${target}`, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
      })
      .on('error', reject)
  })
}

async function stillServes() {
  const response = await fetch(`${base}/`)
  expect(response.status).toBe(200)
}

describe('static server under attack', () => {
  it('survives a line break in a path that would be redirected, and stays up', async () => {
    const status = await rawRequest('/%0A%2F..')
    expect(status).toBeGreaterThan(0)
    await stillServes()
  })

  it('survives characters above U+00FF in a path that would be redirected', async () => {
    expect(await rawRequest('/%E2%82%AC%2F..')).toBeGreaterThan(0)
    expect(await rawRequest('/angebote/%E2%82%AC%0D%0Aset-cookie:%20x=1')).toBeGreaterThan(0)
    await stillServes()
  })

  it('never redirects to another site', async () => {
    for (const target of [
      '/%2Fevil.example%2F..',
      '//evil.example/..',
      '/%5Cevil.example%2F..',
      '/%2F%2Fevil.example/angebote/kindergeld',
      '//evil.example/angebote/kindergeld',
    ]) {
      const response = await fetch(`${base}${target}`, { redirect: 'manual' })
      const location = response.headers.get('location')
      if (location !== null) {
        expect(location, target).not.toMatch(/^(\/\/|\/\\|[a-z]+:)/i)
        expect(new URL(location, base).origin, target).toBe(base)
      }
    }
    await stillServes()
  })

  it('closes the file of every aborted download', async () => {
    const video = path.join(siteA, 'medien', 'film.mp4')
    const { port } = server.address() as AddressInfo
    const abortOne = () =>
      new Promise<void>((resolve) => {
        const request = http.get({ host: '127.0.0.1', port, path: '/medien/film.mp4' }, (response) => {
          response.once('data', () => {
            request.destroy()
            resolve()
          })
        })
        request.on('error', () => resolve())
      })
    for (let round = 0; round < 10; round++) await Promise.all(Array.from({ length: 50 }, abortOne))
    // The server notices the closed sockets within a moment; the files must follow.
    await expect.poll(() => openFilesUnder(video).length, { timeout: 5000 }).toBe(0)
    await stillServes()
  })

  it('holds no file of a deleted build open', async () => {
    const old = path.join(workDir, 'old')
    mkdirSync(path.join(old, 'medien'), { recursive: true })
    writeFileSync(path.join(old, 'index.html'), '<h1>Alt</h1>')
    writeFileSync(path.join(old, 'medien', 'film.mp4'), Buffer.alloc(8 * 1024 * 1024, 1))
    root = old
    for (let i = 0; i < 20; i++) await (await fetch(`${base}/`)).text()
    const partial = (await fetch(`${base}/medien/film.mp4`)).body!.getReader()
    await partial.read()
    root = siteA
    rmSync(old, { recursive: true, force: true })
    await partial.cancel()
    await expect.poll(() => openFilesUnder(old).length, { timeout: 5000 }).toBe(0)
  })

  it('answers every fuzzed path and stays up', async () => {
    const random = seededRandom(20261204)
    const pieces = [
      '%',
      '%2F',
      '%2f',
      '%5C',
      '%00',
      '%0A',
      '%0D',
      '%C0%AE',
      '%E2%80%AE',
      '%FF',
      '..',
      '.',
      '/',
      '\\',
      '//',
      '~',
      ';',
      '?',
      '#',
      'ä',
      '€',
      '😀',
      '%F0%9F%98%80',
      'angebote',
      'index.html',
      '%25',
      '%u002e',
    ]
    const targets: Buffer[] = []
    for (let i = 0; i < 300; i++) {
      const length = 1 + Math.floor(random() * 12)
      let text = '/'
      for (let j = 0; j < length; j++) text += pieces[Math.floor(random() * pieces.length)]
      targets.push(Buffer.from(text))
    }
    for (let i = 0; i < 100; i++) {
      const bytes = Buffer.alloc(1 + Math.floor(random() * 40))
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(random() * 256)
      // Bytes that end the request line are the one thing a request target cannot hold.
      targets.push(Buffer.concat([Buffer.from('/'), Buffer.from(bytes.filter((byte) => byte !== 0x0a && byte !== 0x0d && byte !== 0x20))]))
    }
    targets.push(Buffer.from(`/${'a'.repeat(70_000)}`), Buffer.from(`/${'%2F..'.repeat(5_000)}`), Buffer.from(`/${'a/'.repeat(4_000)}`))
    for (const target of targets) {
      const status = await rawRequest(target)
      expect(status, target.toString('latin1').slice(0, 80)).toBeGreaterThan(0)
      expect(status, target.toString('latin1').slice(0, 80)).toBeLessThan(500)
    }
    await stillServes()
  })
})

/** A small deterministic generator, so a failing fuzz case comes back on the next run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
