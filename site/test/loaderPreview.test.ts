import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Loader } from 'astro/loaders'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { ContentLoadError, fetchPublished, payloadLoader } from '../src/loaders/payload.ts'

// Issue 10, point 11: one editor's incomplete draft made every preview build fail, and a CMS that
// never answers hung the build. A real HTTP server in the test process plays the CMS.

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

/** Latest drafts and published versions per locale, as Payload keeps them (drafts never touch the published document). */
const drafts: Record<string, Record<string, unknown>[]> = {
  de: [
    kontakt(1, { title: 'Neuer Entwurf' }),
    kontakt(2, { postalCode: 'Hamm' }),
    kontakt(3, { title: 'Nur ein Titel', street: undefined, postalCode: undefined, city: undefined, kind: undefined }),
  ],
  en: [kontakt(1, { title: 'New draft' }), kontakt(2, { title: 'Contact 2', postalCode: 'Hamm' })],
}
const published: Record<string, Record<string, unknown>[]> = {
  de: [kontakt(1, { _status: 'published' }), kontakt(2, { _status: 'published', title: 'Veröffentlicht' })],
  en: [kontakt(1, { _status: 'published', title: 'Contact 1' }), kontakt(2, { _status: 'published', title: 'Published' })],
  // Not translated: Payload answers without the localized fields.
  uk: [kontakt(1, { _status: 'published', title: undefined }), kontakt(2, { _status: 'published', title: undefined })],
}

/** As Payload answers `locale=all`: each translated field (here the title) as an object by language, without the languages that lack it. */
const everyLanguage = (byLocale: Record<string, Record<string, unknown>[]>) =>
  byLocale.de!.map((doc) => ({
    ...doc,
    title: Object.fromEntries(
      Object.entries(byLocale).flatMap(([locale, docs]) => {
        const title = docs.find((other) => other.id === doc.id)?.title
        return title === undefined ? [] : [[locale, title]]
      }),
    ),
  }))

const requests: URL[] = []
const hanging = new Set<string>()
const cms = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://cms.test')
  requests.push(url)
  if (hanging.has(url.pathname)) return
  const locale = url.searchParams.get('locale') ?? 'de'
  let docs = locale === 'all' ? everyLanguage(published) : url.searchParams.get('draft') === 'true' ? drafts[locale]! : published[locale]!
  const id = url.searchParams.get('where[id][equals]')
  if (id) docs = docs.filter((doc) => String(doc.id) === id)
  response.setHeader('content-type', 'application/json')
  response.end(JSON.stringify({ docs, page: 1, hasNextPage: false }))
})
let cmsUrl = ''

beforeAll(async () => {
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  cmsUrl = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`
})
afterAll(() => {
  cms.closeAllConnections()
  cms.close()
})

const variables = ['CMS_URL', 'CMS_DRAFTS', 'CMS_AUTH_TOKEN', 'CMS_PREVIEW_DOC', 'CMS_BUILD_TOKEN'] as const
const saved = Object.fromEntries(variables.map((name) => [name, process.env[name]]))
afterEach(() => {
  for (const name of variables) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
  requests.length = 0
  hanging.clear()
})

function previewBuild(previewed?: string) {
  process.env.CMS_URL = cmsUrl
  process.env.CMS_DRAFTS = '1'
  process.env.CMS_AUTH_TOKEN = 'redaktion'
  if (previewed) process.env.CMS_PREVIEW_DOC = previewed
}

/** Astro's side of a content loader: a store, schema parsing (done by the loader here) and a logger. */
async function load(loader: Loader) {
  const entries = new Map<string, Record<string, unknown>>()
  const warnings: string[] = []
  await loader.load({
    store: { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: Record<string, unknown> }) => entries.set(id, data) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: () => 'digest',
    logger: { info: () => {}, warn: (line: string) => warnings.push(line) },
  } as unknown as Parameters<Loader['load']>[0])
  return { entries, warnings }
}

describe('a public build', () => {
  it('reads each language of a collection once, and keeps the complete translations beside the German entries', async () => {
    process.env.CMS_URL = cmsUrl
    const { entries } = await load(payloadLoader({ collection: 'kontakte', locales: ['en', 'uk'] }))
    const reads = requests.filter((url) => url.pathname === '/api/kontakte').map((url) => url.searchParams.get('locale'))
    expect(reads.sort()).toEqual(['de', 'en', 'uk'])
    // Each German entry is followed by its translations (Astro sorts the store when it writes it to disk).
    expect([...entries.keys()]).toEqual(['kontakt-1', 'en/kontakt-1', 'kontakt-2', 'en/kontakt-2'])
    expect(entries.get('en/kontakt-2')!.title).toBe('Published')
  })

  it('with the build token of `npm start` reads every language in one request and stores the same entries', async () => {
    process.env.CMS_URL = cmsUrl
    const byLanguage = await load(payloadLoader({ collection: 'kontakte', locales: ['en', 'uk'] }))
    requests.length = 0
    process.env.CMS_BUILD_TOKEN = 'token-0123456789'
    const inOnePass = await load(payloadLoader({ collection: 'kontakte', locales: ['en', 'uk'] }))
    expect(requests.filter((url) => url.pathname === '/api/kontakte').map((url) => url.searchParams.get('locale'))).toEqual(['all'])
    expect([...inOnePass.entries]).toEqual([...byLanguage.entries])
  })
})

describe('a broken draft of another document in a preview build', () => {
  it('is replaced by its published version, or left out when it was never published, with one line each', async () => {
    previewBuild('kontakte/1')
    const { entries, warnings } = await load(payloadLoader({ collection: 'kontakte' }))
    expect([...entries.keys()]).toEqual(['kontakt-1', 'kontakt-2'])
    expect(entries.get('kontakt-1')!.title).toBe('Neuer Entwurf')
    expect(entries.get('kontakt-2')!.title).toBe('Veröffentlicht')
    expect(warnings).toEqual([
      'Preview: the draft of kontakte/kontakt-2 fails its schema (postalCode: must be a five-digit German postal code); showing its published version instead.',
      expect.stringMatching(
        /^Preview: the draft of kontakte\/kontakt-3 fails its schema \(kind: .*\); left out, it has no published version\.$/,
      ),
    ])
    // The published version is read as the public site reads it.
    const asked = requests.find((url) => url.searchParams.get('where[id][equals]') === '2')!
    expect(asked.searchParams.get('where[_status][equals]')).toBe('published')
    expect(asked.searchParams.has('draft')).toBe(false)
  })

  it('still fails the build when it is the document being previewed, naming the broken field', async () => {
    previewBuild('kontakte/2')
    await expect(load(payloadLoader({ collection: 'kontakte' }))).rejects.toThrow(ContentLoadError)
    await expect(load(payloadLoader({ collection: 'kontakte' }))).rejects.toThrow(
      'Content document kontakte/kontakt-2 fails its schema: postalCode: must be a five-digit German postal code',
    )
  })

  it('of a translation is replaced by the published translation', async () => {
    previewBuild('kontakte/1')
    const { entries, warnings } = await load(payloadLoader({ collection: 'kontakte', locales: ['en'] }))
    expect(entries.get('en/kontakt-1')!.title).toBe('New draft')
    expect(entries.get('en/kontakt-2')!.title).toBe('Published')
    expect(warnings.filter((line) => line.includes('(en)'))).toEqual([
      'Preview: the draft of kontakte/kontakt-2 (en) fails its schema (postalCode: must be a five-digit German postal code); showing its published version instead.',
    ])
  })

  it('a public build stays strict: any document failing its schema fails the build', async () => {
    process.env.CMS_URL = cmsUrl
    process.env.CMS_PREVIEW_DOC = 'kontakte/1'
    published.de!.push(kontakt(4, { _status: 'published', postalCode: '123' }))
    try {
      await expect(load(payloadLoader({ collection: 'kontakte' }))).rejects.toThrow(
        'Content document kontakte/kontakt-4 fails its schema: postalCode: must be a five-digit German postal code',
      )
    } finally {
      published.de!.pop()
    }
  })
})

describe('a CMS that never answers', () => {
  it('fails the build after the timeout with a clear line instead of hanging', async () => {
    hanging.add('/api/kontakte')
    const started = Date.now()
    const result = await Promise.race([
      fetchPublished({ cmsUrl, collection: 'kontakte', timeoutMs: 300 } as Parameters<typeof fetchPublished>[0]).then(
        () => 'answered',
        (error: Error) => error,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 3 s'), 3000)),
    ])
    expect(result).toBeInstanceOf(ContentLoadError)
    expect((result as Error).message).toBe(`Cannot reach the CMS at ${cmsUrl}: no answer within 0.3 s for /api/kontakte`)
    expect(Date.now() - started).toBeLessThan(2000)
  })
})
