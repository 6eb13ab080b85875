import { createHash, randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createForwardingServer, forwardedFor, trustedProxies } from '../src/lib/forwarding.ts'

// The per-address limits key on X-Forwarded-For, and `next start` keeps a header the client sent
// (it sets it only when missing): a client talking to the CMS directly could name a new address for
// every wrong password. This layer sits in front of the CMS on its public port.
const seen: { forwardedFor?: string; forwardedHost?: string; bodySha?: string }[] = []
const cms = http.createServer((request, response) => {
  const hash = createHash('sha256')
  request.on('data', (chunk: Buffer) => hash.update(chunk))
  request.on('end', () => {
    seen.push({
      forwardedFor: request.headers['x-forwarded-for'] as string | undefined,
      forwardedHost: request.headers['x-forwarded-host'] as string | undefined,
      bodySha: hash.digest('hex'),
    })
    response.setHeader('set-cookie', ['a=1; HttpOnly', 'b=2; HttpOnly'])
    response.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}')
  })
})
let cmsPort = 0
beforeAll(async () => {
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  cmsPort = (cms.address() as AddressInfo).port
})
afterAll(() => cms.close())

async function through(trusted: (address: string) => boolean, init: RequestInit & { headers?: Record<string, string> }, target = cmsPort) {
  const server = createForwardingServer({ target: { host: '127.0.0.1', port: target }, trusted, log: () => {} })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/users/login`, init)
    return { status: response.status, cookies: response.headers.getSetCookie(), text: await response.text() }
  } finally {
    server.close()
  }
}

describe('the CMS behind npm start (issue 13; found with the login flood of npm run bench)', () => {
  it('does not let a client that connects directly choose its own address', async () => {
    const untrusted = () => false
    for (const claimed of ['203.0.113.1', '203.0.113.2', '198.51.100.7, 10.0.0.1']) {
      await through(untrusted, { method: 'POST', headers: { 'x-forwarded-for': claimed, 'x-forwarded-host': 'evil.example' }, body: '{}' })
    }
    expect(seen.slice(-3).map((request) => request.forwardedFor)).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1'])
    expect(seen.slice(-3).map((request) => request.forwardedHost)).toEqual([undefined, undefined, undefined])
  })

  it('keeps the address a trusted reverse proxy names', async () => {
    await through(trustedProxies({ TRUSTED_PROXIES: '127.0.0.1' }), {
      method: 'POST',
      headers: { 'x-forwarded-for': '203.0.113.9' },
      body: '{}',
    })
    expect(seen.at(-1)!.forwardedFor).toBe('203.0.113.9')
    expect(forwardedFor({ peer: '::ffff:127.0.0.1', header: undefined, trusted: () => true })).toBe('127.0.0.1')
    expect(() => trustedProxies({ TRUSTED_PROXIES: 'proxy.local' })).toThrow(/IP addresses/)
  })

  it('streams bodies and answers through unchanged, every cookie included', async () => {
    const body = randomBytes(8 * 1024 * 1024)
    const { status, cookies, text } = await through(() => false, { method: 'POST', body })
    expect(status).toBe(201)
    expect(text).toBe('{"ok":true}')
    expect(cookies).toEqual(['a=1; HttpOnly', 'b=2; HttpOnly'])
    expect(seen.at(-1)!.bodySha).toBe(createHash('sha256').update(body).digest('hex'))
  })

  it('answers in German with 502 while the CMS restarts, instead of refusing the connection', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    closed.close()
    const { status, text } = await through(() => false, { method: 'GET' }, port)
    expect(status).toBe(502)
    expect(text).toMatch(/startet gerade/)
  })
})

describe('a CMS that dies halfway through an answer', () => {
  it('ends the client’s response instead of leaving it open', async () => {
    const dying = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' })
      response.write('erste Hälfte')
      setTimeout(() => response.socket?.destroy(), 50)
    })
    await new Promise<void>((resolve) => dying.listen(0, '127.0.0.1', resolve))
    const server = createForwardingServer({
      target: { host: '127.0.0.1', port: (dying.address() as AddressInfo).port },
      trusted: () => false,
      log: () => {},
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const started = Date.now()
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/media/file/video.mp4`, {
        signal: AbortSignal.timeout(5000),
      })
      await expect(response.text()).rejects.toThrow()
      // Ended by the layer, not by the client's own 5 s timeout.
      expect(Date.now() - started).toBeLessThan(2000)
    } finally {
      server.close()
      dying.close()
    }
  })
})
