/**
 * Property-based fuzzing of the REST API's query parameters and ids, as anonymous and as
 * Redaktion (issue 10): whatever `where`, `sort`, `select`, `depth`, `limit`, `locale` and id
 * arrive, the CMS answers without a 500, without a stack trace or SQL, and without a field the
 * role may not read.
 */
import type { Payload } from 'payload'

import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './apiClient.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let api: ReturnType<typeof apiClient>
let redaktion: string
const password = 'ein-langes-Testpasswort-2026'

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  api = apiClient((await import('../src/payload.config.ts')).default)
  await payload.create({ collection: 'users', data: { email: 'admin@familienrathaus.invalid', password, roles: ['administration'] } })
  await payload.create({ collection: 'users', data: { email: 'redaktion@familienrathaus.invalid', password, roles: ['redaktion'] } })
  redaktion = await api.login('redaktion@familienrathaus.invalid', password)
  const feld = await payload.create({ collection: 'handlungsfelder', data: { title: 'Feld', summary: 'Ein Feld.', _status: 'published' } })
  await payload.create({
    collection: 'angebote',
    data: { title: 'Öffentlich', summary: 'Veröffentlicht.', kind: 'beratung', handlungsfelder: [feld.id], _status: 'published' },
  })
  await payload.create({
    collection: 'angebote',
    data: { title: 'Geheimer Entwurf', summary: 'Noch nicht öffentlich.', _status: 'draft' },
    draft: true,
  })
})
afterAll(async () => {
  await stop?.()
})

const collections = [
  'angebote',
  'handlungsfelder',
  'meilensteine',
  'erklaervideos',
  'kontakte',
  'media',
  'users',
  'payload-preferences',
  'payload-locked-documents',
]
const fields = [
  'id',
  'title',
  'slug',
  'summary',
  '_status',
  'reviewState',
  'lastModifiedBy',
  'lastModifiedBy.email',
  'owner',
  'hash',
  'salt',
  'email',
  'roles',
  'resetPasswordToken',
  'loginAttempts',
  'handlungsfelder',
  'handlungsfelder.title',
  'eligibility.rules',
  'version.title',
  'createdAt',
  'updatedAt',
  'user.value',
  '__proto__',
  'constructor',
  "title' OR 1=1--",
  'a.b.c.d.e.f',
]
const operators = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'like',
  'contains',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
]
const strings = fc.oneof(
  fc.constantFrom(
    '',
    '0',
    '-1',
    '1e309',
    'NaN',
    'null',
    'true',
    '%',
    '_',
    "'",
    '"',
    '\\',
    '\u0000',
    '😀',
    'ä',
    '../../etc/passwd',
    '[object Object]',
    '2026-13-45',
    'x'.repeat(2000),
  ),
  fc.string({ maxLength: 30 }),
  fc.integer().map(String),
)
const key = fc.constantFrom(...fields)

/** A `where` in the query string's bracket notation, nested up to three and/or levels. */
const where: fc.Arbitrary<string[]> = fc.letrec<{ node: string[] }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(key, fc.constantFrom(...operators), strings)
      .map(([field, operator, value]) => [`[${field}][${operator}]=${encodeURIComponent(value)}`]),
    fc
      .tuple(fc.constantFrom('and', 'or'), fc.array(tie('node'), { maxLength: 3 }))
      .map(([group, parts]) => parts.flatMap((part, index) => part.map((line) => `[${group}][${index}]${line}`))),
  ),
})).node

const query = fc
  .record(
    {
      where,
      sort: fc.oneof(
        key,
        key.map((field) => `-${field}`),
        strings,
      ),
      select: fc.array(key, { maxLength: 3 }),
      depth: fc.oneof(fc.integer({ min: -3, max: 20 }).map(String), strings),
      limit: fc.oneof(fc.integer({ min: -5, max: 1000 }).map(String), strings),
      page: fc.oneof(fc.integer({ min: -5, max: 99 }).map(String), strings),
      locale: fc.oneof(fc.constantFrom('de', 'en', 'all', '*', 'xx', 'de,en', '../de'), strings),
      draft: fc.constantFrom('true', 'false', 'ja'),
    },
    { requiredKeys: [] },
  )
  .map((parts) => {
    const search: string[] = []
    for (const line of parts.where ?? []) search.push(`where${line}`)
    if (parts.sort !== undefined) search.push(`sort=${encodeURIComponent(parts.sort)}`)
    for (const field of parts.select ?? []) search.push(`select[${field}]=true`)
    for (const name of ['depth', 'limit', 'page', 'locale', 'draft'] as const) {
      if (parts[name] !== undefined) search.push(`${name}=${encodeURIComponent(parts[name]!)}`)
    }
    return search.join('&')
  })

const path = fc.oneof(
  fc.tuple(fc.constantFrom(...collections), query).map(([collection, search]) => `/${collection}?${search}`),
  fc
    .tuple(fc.constantFrom(...collections), strings, query)
    .map(([collection, id, search]) => `/${collection}/${encodeURIComponent(id)}?${search}`),
  fc
    .tuple(fc.constantFrom(...collections), fc.constantFrom('count', 'versions'), query)
    .map(([collection, what, search]) => `/${collection}/${what}?${search}`),
  fc.tuple(fc.constantFrom('einstellungen', 'impressum', 'navigation'), query).map(([slug, search]) => `/globals/${slug}?${search}`),
)

/** Values no role may ever read, and what only editors may read. */
const secret =
  /"(hash|salt|resetPasswordToken|password)"\s*:|"Geheimer Entwurf"|Failed query|SQLITE|\bselect\b[^"]*\bfrom\b|\n\s+at [\w.<>]+ \(|node_modules/i
const editorsOnly = /"(reviewState|lastModifiedBy|owner)"\s*:|"_status"\s*:\s*"draft"/

describe.each(['anonymous', 'Redaktion'] as const)('the REST API as %s', (role) => {
  it('answers every generated query without a 500, a stack trace or a field the role may not read', async () => {
    await fc.assert(
      fc.asyncProperty(path, async (target) => {
        const token = role === 'Redaktion' ? redaktion : undefined
        const { status, json } = await api.rest('GET', target, { token, headers: { 'x-forwarded-for': '192.0.2.1' } })
        const body = JSON.stringify(json)
        expect(status, `${target} → ${body.slice(0, 300)}`).toBeLessThan(500)
        if (role === 'Redaktion') {
          // Editors read drafts; never a password hash, never another account.
          expect(body, target).not.toMatch(/"(hash|salt|resetPasswordToken)"\s*:|Failed query|SQLITE|\n\s+at /)
          expect(body, target).not.toContain('admin@familienrathaus.invalid')
        } else {
          expect(body, target).not.toMatch(secret)
          expect(body, target).not.toMatch(editorsOnly)
        }
      }),
      { numRuns: 300, seed: 20261204 },
    )
  })
})
