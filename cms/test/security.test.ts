/**
 * The attacks of the security review (issue 10), replayed against the CMS's real route handlers:
 * each test fails if its hole comes back.
 */
import type { Payload, SanitizedConfig } from 'payload'

import crypto from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { firstRegisterSetting } from '../src/lib/firstRegister.ts'
import { siteBuildTokenHeader } from '@familienrathaus/content-schemas'

import { restHandlers } from '../src/lib/restHandlers.ts'
import { apiClient } from './apiClient.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let config: Promise<SanitizedConfig>
let api: ReturnType<typeof apiClient>
const password = 'ein-langes-Testpasswort-2026'
let addressCounter = 0
/** A fresh client address per test, so that the per-address limits of one test do not reach the next. */
const newAddress = () => `198.51.100.${++addressCounter}`

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  config = (await import('../src/payload.config.ts')).default
  api = apiClient(config)
})
afterAll(async () => {
  await stop?.()
})

const messages = (json: Record<string, any>): string =>
  JSON.stringify(
    json.errors?.flatMap(
      (error: { data?: { errors?: { message: string }[] }; message: string }) => error.data?.errors?.map((e) => e.message) ?? [error.message],
    ),
  )

describe('the first account (point 7)', () => {
  it('is not created by an anonymous visitor unless npm start opened first-register', async () => {
    const headers = { 'x-forwarded-for': newAddress() }
    const body = { email: 'fremd@familienrathaus.invalid', password }
    delete process.env.CMS_FIRST_REGISTER
    const closed = await api.rest('POST', '/users/first-register', { body, headers })
    expect(closed.status).toBe(403)
    expect(messages(closed.json)).toContain('npm run create-admin')
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('is open only on a loopback address outside production', () => {
    expect(firstRegisterSetting({ host: '127.0.0.1', nodeEnv: undefined })).toBe('open')
    expect(firstRegisterSetting({ host: 'localhost', nodeEnv: 'development' })).toBe('open')
    expect(firstRegisterSetting({ host: '127.0.0.1', nodeEnv: 'production' })).toBe('closed')
    expect(firstRegisterSetting({ host: '0.0.0.0', nodeEnv: undefined })).toBe('closed')
    expect(firstRegisterSetting({ host: '192.168.1.5', nodeEnv: undefined })).toBe('closed')
    expect(firstRegisterSetting({ host: '::', nodeEnv: undefined })).toBe('closed')
    // Behind a reverse proxy the loopback CMS is reachable from anywhere.
    expect(firstRegisterSetting({ host: '127.0.0.1', nodeEnv: undefined, publicUrl: 'https://redaktion.familie.hamm.de' })).toBe('closed')
    expect(firstRegisterSetting({ host: '127.0.0.1', nodeEnv: undefined, publicUrl: 'http://localhost:3000' })).toBe('open')
  })
})

describe('accounts', () => {
  const tokens: Record<string, string> = {}
  beforeAll(async () => {
    for (const role of ['administration', 'freigabe', 'redaktion'] as const) {
      await payload.create({ collection: 'users', data: { email: `${role}@familienrathaus.invalid`, password, roles: [role] } })
      tokens[role] = await api.login(`${role}@familienrathaus.invalid`, password)
    }
  })

  const newAccount = async (email: string) => {
    await payload.create({ collection: 'users', data: { email, password, roles: ['redaktion'] } })
    return email
  }
  const login = (email: string, pass: string, address = newAddress()) =>
    api.rest('POST', '/users/login', { body: { email, password: pass }, headers: { 'x-forwarded-for': address } })

  it('lets only Administration lift a lockout (point 5)', async () => {
    const email = await newAccount('gesperrt@familienrathaus.invalid')
    for (let i = 0; i < 6; i++) await login(email, 'falsches-Passwort-123')
    for (const role of ['redaktion', 'freigabe'] as const) {
      const { status } = await api.rest('POST', '/users/unlock', { token: tokens[role], body: { email } })
      expect(status, role).toBe(403)
    }
    expect((await login(email, password)).status).toBe(401)
    expect((await api.rest('POST', '/users/unlock', { token: tokens.administration, body: { email } })).status).toBe(200)
    expect((await login(email, password)).status).toBe(200)
  })

  it('checks no password beyond the fifth, however many guesses arrive at once (point 6)', async () => {
    const email = await newAccount('ziel@familienrathaus.invalid')
    // A password is checked by hashing it (PBKDF2): count the hashes while the guesses arrive.
    const hashing = vi.spyOn(crypto, 'pbkdf2')
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => login(email, `falsch-geraten-${i}-xyz`)))
    const checked = hashing.mock.calls.length
    hashing.mockRestore()
    expect(answers.every(({ status }) => status === 401)).toBe(true)
    // (A flood may lock the account before even the first five reach the check: none is checked then.)
    expect(checked).toBeLessThanOrEqual(5)
    // Locked: even the right password is not accepted now.
    const right = await login(email, password)
    expect(right.status).toBe(401)
    expect(messages(right.json)).toMatch(/gesperrt/i)
  })

  it('starts counting again after a successful login', async () => {
    const email = await newAccount('vertipper@familienrathaus.invalid')
    for (let i = 0; i < 4; i++) expect((await login(email, 'vertippt-aber-lang')).status).toBe(401)
    expect((await login(email, password)).status).toBe(200)
    for (let i = 0; i < 4; i++) expect((await login(email, 'vertippt-aber-lang')).status).toBe(401)
    expect((await login(email, password)).status).toBe(200)
  })

  it('applies the password policy to a reset by mailed token (point 8)', async () => {
    const email = await newAccount('vergessen@familienrathaus.invalid')
    const token = await payload.forgotPassword({ collection: 'users', data: { email }, disableEmail: true })
    const weak = await api.rest('POST', '/users/reset-password', {
      body: { token, password: 'abc' },
      headers: { 'x-forwarded-for': newAddress() },
    })
    expect(weak.status).toBe(400)
    expect(messages(weak.json)).toContain('12 Zeichen')
    expect((await login(email, 'abc')).status).toBe(401)
    const strong = await api.rest('POST', '/users/reset-password', {
      body: { token, password: 'ein-neues-langes-Passwort' },
      headers: { 'x-forwarded-for': newAddress() },
    })
    expect(strong.status).toBe(200)
  })

  it('answers a flood of failed logins from one address with 429, and nobody else notices (point 9)', async () => {
    const attacker = newAddress()
    const statuses: number[] = []
    for (let i = 0; i < 30; i++) statuses.push((await login(`niemand-${i}@familienrathaus.invalid`, 'geraten-geraten', attacker)).status)
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(10).every((status) => status === 429)).toBe(true)
    const refused = await login('redaktion@familienrathaus.invalid', password, attacker)
    expect(refused.status).toBe(429)
    expect(messages(refused.json)).toMatch(/Zu viele fehlgeschlagene Anmeldungen.*Minuten/)
    // Another editor, from another address, logs in as usual.
    expect((await login('redaktion@familienrathaus.invalid', password)).status).toBe(200)
  })

  it('limits requests for a password mail per address (point 9)', async () => {
    const attacker = newAddress()
    const statuses: number[] = []
    for (let i = 0; i < 20; i++) {
      statuses.push(
        (
          await api.rest('POST', '/users/forgot-password', {
            body: { email: 'redaktion@familienrathaus.invalid' },
            headers: { 'x-forwarded-for': attacker },
          })
        ).status,
      )
    }
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true)
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true)
    const other = await api.rest('POST', '/users/forgot-password', {
      body: { email: 'freigabe@familienrathaus.invalid' },
      headers: { 'x-forwarded-for': newAddress() },
    })
    expect(other.status).toBe(200)
  })

  it('refuses an anonymous upload before reading its body (point 4)', async () => {
    let pulled = 0
    const chunk = new Uint8Array(64 * 1024).fill(0x61)
    const total = 49 * 1024 * 1024
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= total) return controller.close()
        pulled += chunk.byteLength
        controller.enqueue(chunk)
      },
    })
    const request = new Request('http://localhost:3000/api/media', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=----x', 'x-forwarded-for': newAddress() },
      body,
      duplex: 'half',
    } as RequestInit)
    const response = await restHandlers(config).POST(request, { params: Promise.resolve({ slug: ['media'] }) })
    expect(response.status).toBe(403)
    expect(JSON.stringify(await response.json())).toMatch(/Anmeldung/)
    // A stream hands out a chunk or two ahead of any reader; the point is that nobody read 49 MB.
    expect(pulled).toBeLessThan(1024 * 1024)
  })
})

describe('reads are capped for everybody (point 9)', () => {
  it.each([
    '/angebote?limit=0&depth=10&locale=all',
    '/angebote?pagination=false',
    '/angebote?limit=100000',
    '/angebote?limit=-1',
    '/angebote?depth=100',
    '/angebote?limit=abc',
    '/angebote?locale=all',
    '/angebote?locale=*',
    '/angebote?limit=1&fallback-locale=*',
    '/media?limit=0',
    '/globals/einstellungen?depth=50',
  ])('refuses %s with a German reason', async (path) => {
    const { status, json } = await api.rest('GET', path)
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/[äöüß]|Parameter|Sprache/)
  })

  it('lets the site build read as it does (pages of 100, depth 0, one language)', async () => {
    const { status } = await api.rest(
      'GET',
      '/angebote?limit=100&page=1&depth=0&locale=en&fallback-locale=none&sort=id&where[_status][equals]=published',
    )
    expect(status).toBe(200)
  })

  it('lets the site build read every language in one pass with its token, and nobody else (issue 18)', async () => {
    const path = '/angebote?limit=100&page=1&depth=0&locale=all&sort=id&where[_status][equals]=published'
    process.env.SITE_BUILD_TOKEN = 'token-of-this-instance-s-site-build-0123456789'
    try {
      const build = await api.rest('GET', path, { headers: { [siteBuildTokenHeader]: process.env.SITE_BUILD_TOKEN } })
      expect(build.status).toBe(200)
      for (const wrong of ['', 'token-of-another-instance', process.env.SITE_BUILD_TOKEN.slice(0, -1)]) {
        const { status, json } = await api.rest('GET', path, { headers: { [siteBuildTokenHeader]: wrong } })
        expect(status, wrong).toBe(400)
        expect(messages(json)).toMatch(/Sprache/)
      }
      // Still only published documents: the token opens no draft.
      const drafts = await api.rest('GET', '/angebote?limit=100&depth=0&locale=all&draft=true&where[_status][equals]=draft', {
        headers: { [siteBuildTokenHeader]: process.env.SITE_BUILD_TOKEN },
      })
      expect(drafts.json.docs).toEqual([])
    } finally {
      delete process.env.SITE_BUILD_TOKEN
    }
    // An instance without a token (none set) lets nobody in with an empty one.
    expect((await api.rest('GET', path, { headers: { [siteBuildTokenHeader]: '' } })).status).toBe(400)
  })

  it('refuses 20,000 OR conditions sent as a POST read', async () => {
    const query = Array.from({ length: 20_000 }, (_, i) => `where[or][${i}][title][equals]=x${i}`).join('&')
    const request = new Request('http://localhost:3000/api/angebote', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-http-method-override': 'GET', 'x-forwarded-for': newAddress() },
      body: query,
    })
    const response = await restHandlers(config).POST(request, { params: Promise.resolve({ slug: ['angebote'] }) })
    expect(response.status).toBe(400)
  })
})

describe('bad input gets a 400 with a reason, never a 500, and is not stored (point 12)', () => {
  let token: string
  let feldId: number
  beforeAll(async () => {
    const email = 'eingabe@familienrathaus.invalid'
    await payload.create({ collection: 'users', data: { email, password, roles: ['administration'] } })
    token = await api.login(email, password)
    feldId = (await payload.create({ collection: 'handlungsfelder', data: { title: 'Feld', summary: 'Feld.', _status: 'published' } }))
      .id as number
  })

  it.each(['/angebote/%00', '/angebote/1e309', '/angebote/%F0%9F%98%80', '/angebote/-1', '/angebote/1.5', '/angebote/99999999999999999999'])(
    'answers GET %s with 400 or 404',
    async (path) => {
      for (const who of [undefined, token]) {
        const { status } = await api.rest('GET', path, { token: who })
        expect([400, 404]).toContain(status)
      }
      expect([400, 404]).toContain((await api.rest('PATCH', path, { token, body: { title: 'x' } })).status)
      expect([400, 404]).toContain((await api.rest('DELETE', path, { token })).status)
    },
  )

  it.each([
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['an empty body', ''],
    ['an empty object', '{}'],
    ['broken JSON', '{"title": "x"'],
    ['a number', '42'],
  ])('refuses %s as a new document and stores nothing', async (_, raw) => {
    const before = (await payload.count({ collection: 'angebote' })).totalDocs
    const { status, json } = await api.rest('POST', '/angebote?draft=true', { token, raw })
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/[äöüß]|Daten|JSON/)
    expect((await payload.count({ collection: 'angebote' })).totalDocs).toBe(before)
  })

  it('refuses JSON nested 5,000 levels deep', async () => {
    const raw = `{"title":"Tief","summary":${'['.repeat(5000)}${']'.repeat(5000)}}`
    const { status } = await api.rest('POST', '/angebote?draft=true', { token, raw })
    expect(status).toBe(400)
  })

  it.each([
    ['a text as object', { title: {} }],
    ['a text as number', { title: 123 }],
    ['a relationship as text', { title: 'Typfehler 1', handlungsfelder: 'abc' }],
    ['a relationship to nothing', { title: 'Typfehler 2', handlungsfelder: [{ a: 1 }] }],
    ['a choice as list', { title: 'Typfehler 3', kind: ['beratung'] }],
    ['an unknown choice', { title: 'Typfehler 4', kind: 'erfunden' }],
    ['a date that is none', { title: 'Typfehler 5', validFrom: 'kein Datum' }],
    ['a list as text', { title: 'Typfehler 6', lebenslagen: 'abc' }],
  ])('refuses %s in a draft', async (_, body) => {
    const { status, json } = await api.rest('POST', '/angebote?draft=true', { token, body })
    expect(status, JSON.stringify(json)).toBe(400)
  })

  it('keeps the length limits in drafts too', async () => {
    const { status, json } = await api.rest('POST', '/angebote?draft=true', { token, body: { title: 'Lang', summary: 'x'.repeat(1024 * 1024) } })
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/300/)
    // The notice the admin shows for a failed autosave is the top-level message: it names field and reason.
    expect(json.errors[0].message).toMatch(/^Nicht gespeichert\. Kurzbeschreibung: Bitte höchstens 300 Zeichen/)
    const huge = await api.rest('POST', '/angebote?draft=true', { token, body: { title: 'Riesig', summary: 'x'.repeat(5 * 1024 * 1024) } })
    expect(huge.status).toBe(413)
    expect(messages(huge.json)).toMatch(/zu groß/)
  })

  it('still keeps a draft with missing required fields, so no work is lost', async () => {
    const { status } = await api.rest('POST', '/angebote?draft=true', { token, body: { title: 'Nur ein Titel', handlungsfelder: [feldId] } })
    expect(status).toBe(201)
  })
})

describe('smaller holes (point 14) and headers (point 10)', () => {
  it('the login answer carries the token only in the HttpOnly cookie, never in its body', async () => {
    await payload.create({ collection: 'users', data: { email: 'keks@familienrathaus.invalid', password, roles: ['redaktion'] } })
    const request = new Request('http://localhost:3000/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': newAddress() },
      body: JSON.stringify({ email: 'keks@familienrathaus.invalid', password }),
    })
    const response = await restHandlers(config).POST(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
    expect(response.status).toBe(200)
    const body = (await response.json()) as Record<string, unknown>
    expect(body).not.toHaveProperty('token')
    expect(JSON.stringify(body)).not.toMatch(/eyJ[\w-]+\.[\w-]+\./)
    expect(response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))).toMatch(/HttpOnly/i)
  })

  it('every API answer carries the security headers', async () => {
    const response = await restHandlers(config).GET(new Request('http://localhost:3000/api/angebote?limit=1'), {
      params: Promise.resolve({ slug: ['angebote'] }),
    })
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('strict-transport-security')).toBeNull()
    const https = await restHandlers(config).GET(
      new Request('http://localhost:3000/api/angebote?limit=1', { headers: { 'x-forwarded-proto': 'https' } }),
      {
        params: Promise.resolve({ slug: ['angebote'] }),
      },
    )
    expect(https.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
  })

  it('keeps the German reason of a refusal whose error class the build renamed (point 13)', async () => {
    const { keepRefusalReasons } = await import('../src/hooks/keepRefusalReasons.ts')
    // What the built server threw: a public 403 whose class name no longer says APIError.
    const error = Object.assign(new Error('Vier-Augen-Prinzip: Sie haben diese Fassung zuletzt geändert.'), {
      name: '',
      status: 403,
      isPublic: true,
      data: null,
    })
    const result = await keepRefusalReasons({
      error,
      result: { errors: [{ message: 'An unknown error occurred.' }] },
      context: {},
      req: {} as never,
    })
    expect(result).toEqual({ response: { errors: [{ message: 'Vier-Augen-Prinzip: Sie haben diese Fassung zuletzt geändert.' }] }, status: 403 })
    const internal = Object.assign(new Error('SQLITE_BUSY: database is locked'), { status: 500 })
    expect(
      await keepRefusalReasons({
        error: internal,
        result: { errors: [{ message: 'An unknown error occurred.' }] },
        context: {},
        req: {} as never,
      }),
    ).toBeUndefined()
  })

  it('a form sent to anything but Media is as small as JSON', async () => {
    const token = await api.login('keks@familienrathaus.invalid', password)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: 'Mit Anhang' }))
    form.append('file', new Blob([new Uint8Array(3 * 1024 * 1024)]), 'gross.bin')
    const { status, json } = await api.rest('POST', '/angebote?draft=true', { token, form })
    expect(status).toBe(413)
    expect(messages(json)).toMatch(/zu groß/)
  })
})

describe('forms from the admin', () => {
  it('logs in with the admin’s login form (multipart, anonymous)', async () => {
    await payload.create({ collection: 'users', data: { email: 'formular@familienrathaus.invalid', password, roles: ['redaktion'] } })
    const form = new FormData()
    form.append('_payload', JSON.stringify({ email: 'formular@familienrathaus.invalid', password }))
    const { status } = await api.rest('POST', '/users/login', { form, headers: { 'x-forwarded-for': newAddress() } })
    expect(status).toBe(200)
  })
})

describe('second read of the guards', () => {
  it('counts logins however the path is written (case, percent-encoding)', async () => {
    const attacker = newAddress()
    const statuses: number[] = []
    for (const path of ['/users/LOGIN', '/users/%6Cogin', '/users/Login']) {
      for (let i = 0; i < 4; i++) {
        const { status } = await api.rest('POST', path, {
          body: { email: `x${i}@familienrathaus.invalid`, password: 'falsch-geraten' },
          headers: { 'x-forwarded-for': attacker },
        })
        statuses.push(status)
      }
    }
    expect(statuses.slice(10).every((status) => status === 429)).toBe(true)
    const closed = await api.rest('POST', '/users/FIRST-REGISTER', {
      body: { email: 'fremd2@familienrathaus.invalid', password },
      headers: { 'x-forwarded-for': newAddress() },
    })
    expect(closed.status).toBe(403)
  })

  it('lets at most ten of thirty parallel failed logins from one address reach the password check', async () => {
    const attacker = newAddress()
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        api.rest('POST', '/users/login', {
          body: { email: `p${i}@familienrathaus.invalid`, password: 'falsch' },
          headers: { 'x-forwarded-for': attacker },
        }),
      ),
    )
    expect(answers.filter(({ status }) => status !== 429).length).toBeLessThanOrEqual(10)
  })

  it('checks a POST read as Payload reads it: the URL plus the form body', async () => {
    const post = (url: string, body: string, type = 'application/x-www-form-urlencoded') =>
      restHandlers(config).POST(
        new Request(`http://localhost:3000/api${url}`, {
          method: 'POST',
          headers: { 'content-type': type, 'x-http-method-override': 'GET', 'x-forwarded-for': newAddress() },
          body,
        }),
        { params: Promise.resolve({ slug: url.split('?')[0]!.split('/').filter(Boolean) }) },
      )
    expect((await post('/angebote?limit=0&z=', 'limit=5')).status).toBe(400)
    expect((await post('/angebote', JSON.stringify({ locale: 'de&limit=0&pagination=false' }), 'application/json')).status).toBe(400)
    expect((await post('/angebote', 'limit=5&depth=0')).status).toBe(200)
  })

  it.each([
    [
      'a where as JSON string',
      `/angebote?where=${encodeURIComponent(JSON.stringify({ or: Array.from({ length: 500 }, (_, i) => ({ title: { equals: `x${i}` } })) }))}`,
    ],
    ['a join without a page size', '/handlungsfelder?joins[angebote][limit]=0'],
    [
      'a join with a huge where',
      `/handlungsfelder?${Array.from({ length: 200 }, (_, i) => `joins[angebote][where][or][${i}][title][equals]=x`).join('&')}`,
    ],
    ['all locales asked twice', '/angebote?locale=all&locale=de'],
  ])('refuses %s', async (_, path) => {
    expect((await api.rest('GET', path)).status).toBe(400)
  })

  it('takes no file outside Media: a form elsewhere is read as its JSON', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: 'Mit Datei' }))
    form.append('file', new Blob([new Uint8Array(1000)]), 'anhang.bin')
    const anonymous = await api.rest('POST', '/angebote', { form, headers: { 'x-forwarded-for': newAddress() } })
    expect(anonymous.status).toBe(400)
    expect(messages(anonymous.json)).toMatch(/Bilder und Dateien/)
  })
})
