/**
 * The access matrix: anonymous, Redaktion, Freigabe and Administration × every collection and
 * global × read / create / update / delete / publish, through the real REST handlers (GraphQL is switched off).
 */
import type { CollectionSlug, Payload } from 'payload'

import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentSlugs, type ContentSlug, type UserRole } from '@familienrathaus/content-schemas'

import { findRepoRoot, mediaDir } from '../src/lib/paths.ts'
import { apiClient } from './apiClient.ts'
import { publishableParts } from './publishable.ts'
import { startTestPayload } from './testPayload.ts'

type Role = 'anonym' | UserRole
const roles: Role[] = ['anonym', 'redaktion', 'freigabe', 'administration']
const isEditor = (role: Role) => role !== 'anonym'
const isPublisher = (role: Role) => role === 'freigabe' || role === 'administration'
const password = 'ein-langes-Testpasswort-2026'

let payload: Payload
let stop: () => Promise<void>
let api: ReturnType<typeof apiClient>
const tokens: Partial<Record<Role, string>> = {}
const userIds: Partial<Record<Role, number>> = {}
let feldId: number
let publishable: Record<string, unknown> = {}
let videoId: number
let captionsId: number

let counter = 0
function sample(collection: ContentSlug): Record<string, unknown> {
  const n = ++counter
  switch (collection) {
    case 'angebote':
      return { title: `Testangebot ${n}`, summary: 'Ein Angebot zum Testen.', kind: 'beratung', handlungsfelder: [feldId], ...publishable }
    case 'handlungsfelder':
      return { title: `Testfeld ${n}`, summary: 'Ein Handlungsfeld zum Testen.' }
    case 'meilensteine':
      return { title: `Testmeilenstein ${n}`, summary: 'Ein Meilenstein.', status: 'geplant', date: '2026-01-01T00:00:00.000Z' }
    case 'erklaervideos':
      return { title: `Testvideo ${n}`, description: 'Ein Video.', transcript: 'Gesprochener Text.', video: videoId, captions: captionsId }
    case 'kontakte':
      return { title: `Teststelle ${n}`, kind: 'dienststelle', street: 'Teststraße 1', postalCode: '59065', city: 'Hamm' }
  }
}

/** A document made by the system (no user), so that any publisher may publish it under the four-eyes rule. */
async function fixture(collection: ContentSlug, status: 'draft' | 'published' = 'draft'): Promise<number> {
  const doc = await payload.create({
    collection,
    data: { ...sample(collection), _status: status } as never,
    draft: status === 'draft',
  })
  return doc.id as number
}

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  api = apiClient((await import('../src/payload.config.ts')).default)
  // Administration first: the very first account always becomes Administration.
  for (const role of [...roles].reverse()) {
    if (role === 'anonym') continue
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@familienrathaus.invalid`, password, roles: [role] },
    })
    userIds[role] = user.id as number
    tokens[role] = await api.login(`${role}@familienrathaus.invalid`, password)
  }
  feldId = (await payload.create({ collection: 'handlungsfelder', data: { title: 'Basisfeld', summary: 'Basis.', _status: 'published' } }))
    .id as number
  publishable = await publishableParts(payload)
  const seedMedia = path.join(findRepoRoot(), 'cms', 'src', 'seed', 'media')
  videoId = (await payload.create({ collection: 'media', data: {}, filePath: path.join(seedMedia, 'familienrathaus-erklaert.mp4') }))
    .id as number
  captionsId = (await payload.create({ collection: 'media', data: {}, filePath: path.join(seedMedia, 'familienrathaus-erklaert.de.vtt') }))
    .id as number
})

afterAll(async () => {
  await stop?.()
})

const cases = contentSlugs.flatMap((collection) => roles.map((role) => ({ collection, role })))

describe('content collections over REST', () => {
  async function read(collection: ContentSlug, role: Role): Promise<number[]> {
    const { status, json } = await api.rest('GET', `/${collection}?draft=true&limit=100&depth=0`, { token: tokens[role] })
    expect(status).toBe(200)
    return json.docs.map((doc: { id: number }) => doc.id)
  }

  async function write(
    collection: ContentSlug,
    role: Role,
    operation: 'create' | 'update' | 'publish' | 'delete',
    id?: number,
  ): Promise<boolean> {
    const token = tokens[role]
    const response =
      operation === 'create'
        ? await api.rest('POST', `/${collection}?draft=true`, { token, body: sample(collection) })
        : operation === 'update'
          ? await api.rest('PATCH', `/${collection}/${id}?draft=true`, { token, body: { title: `Geändert ${++counter}` } })
          : operation === 'publish'
            ? await api.rest('PATCH', `/${collection}/${id}`, { token, body: { _status: 'published' } })
            : await api.rest('DELETE', `/${collection}/${id}`, { token })
    expect([200, 201, 403]).toContain(response.status)
    return response.status < 300
  }

  it.each(cases)('read: $role sees drafts of $collection only as an editor', async ({ collection, role }) => {
    const draft = await fixture(collection, 'draft')
    const published = await fixture(collection, 'published')
    const ids = await read(collection, role)
    expect(ids).toContain(published)
    expect(ids.includes(draft)).toBe(isEditor(role))
  })

  it.each(cases)('create: $role on $collection', async ({ collection, role }) => {
    expect(await write(collection, role, 'create')).toBe(isEditor(role))
  })

  it.each(cases)('update: $role on $collection', async ({ collection, role }) => {
    expect(await write(collection, role, 'update', await fixture(collection))).toBe(isEditor(role))
  })

  it.each(cases)('publish: $role on $collection', async ({ collection, role }) => {
    const id = await fixture(collection)
    expect(await write(collection, role, 'publish', id)).toBe(isPublisher(role))
    const { docs } = await payload.find({ collection, where: { id: { equals: id } }, overrideAccess: false })
    expect(docs.length).toBe(isPublisher(role) ? 1 : 0)
  })

  it.each(cases)('delete: $role on $collection', async ({ collection, role }) => {
    const id = await fixture(collection, 'published')
    expect(await write(collection, role, 'delete', id)).toBe(isPublisher(role))
  })
})

describe('media', () => {
  const png = () =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: '#00507d' } })
      .png()
      .toBuffer()
  const upload = async (role: Role) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'Testbild Übersicht.png')
    form.append('_payload', JSON.stringify({ alt: 'Blaue Fläche' }))
    return api.rest('POST', '/media', { token: tokens[role], form })
  }

  it.each(roles)('read: %s may list files', async (role) => {
    expect((await api.rest('GET', '/media?limit=1', { token: tokens[role] })).status).toBe(200)
  })

  it.each(roles)('create: %s uploads an image only as an editor', async (role) => {
    const { status, json } = await upload(role)
    expect(status).toBe(isEditor(role) ? 201 : 403)
    if (isEditor(role)) expect(json.doc.filename).toMatch(/^testbild-uebersicht(-\d+)?\.png$/)
  })

  it.each(roles)('update: %s changes alt text only as an editor', async (role) => {
    const { id } = await payload.create({
      collection: 'media',
      data: {},
      filePath: path.join(findRepoRoot(), 'cms/src/seed/media/familienrathaus-erklaert.de.vtt'),
    })
    const { status } = await api.rest('PATCH', `/media/${id}`, { token: tokens[role], body: { caption: 'Untertitel' } })
    expect(status).toBe(isEditor(role) ? 200 : 403)
  })

  it.each(roles)('update: %s changes a file a published page shows only as Freigabe or Administration (it goes live)', async (role) => {
    const vtt = path.join(findRepoRoot(), 'cms/src/seed/media/familienrathaus-erklaert.de.vtt')
    const { id: captions } = await payload.create({ collection: 'media', data: {}, filePath: vtt })
    await payload.create({ collection: 'erklaervideos', data: { ...sample('erklaervideos'), captions, _status: 'published' } as never })
    const inVideo = await api.rest('PATCH', `/media/${captions}`, { token: tokens[role], body: { caption: 'Geändert' } })
    expect(inVideo.status).toBe(isPublisher(role) ? 200 : 403)
    if (role === 'redaktion') expect(JSON.stringify(inVideo.json)).toContain('Freigabe')

    // Replacing the file itself is refused before Payload removes the published one.
    if (role === 'redaktion') {
      const form = new FormData()
      form.append('file', new Blob([readFileSync(vtt)], { type: 'text/vtt' }), 'neu.vtt')
      expect((await api.rest('PATCH', `/media/${captions}`, { token: tokens[role], form })).status).toBe(403)
      const stored = await payload.findByID({ collection: 'media', id: captions })
      expect(existsSync(path.join(mediaDir(), stored.filename!))).toBe(true)
    }

    const { id: picture } = await payload.create({ collection: 'media', data: {}, filePath: vtt })
    const body = {
      root: {
        type: 'root',
        version: 1,
        format: '',
        indent: 0,
        direction: null,
        children: [{ type: 'upload', version: 3, relationTo: 'media', value: picture, fields: null, format: '' }],
      },
    }
    await payload.create({ collection: 'angebote', data: { ...sample('angebote'), body, _status: 'published' } as never })
    expect((await api.rest('PATCH', `/media/${picture}`, { token: tokens[role], body: { caption: 'Geändert' } })).status).toBe(
      isPublisher(role) ? 200 : 403,
    )
  })

  it.each(roles)('delete: %s deletes files only as Freigabe or Administration', async (role) => {
    const { id } = await payload.create({
      collection: 'media',
      data: {},
      filePath: path.join(findRepoRoot(), 'cms/src/seed/media/familienrathaus-erklaert.de.vtt'),
    })
    expect((await api.rest('DELETE', `/media/${id}`, { token: tokens[role] })).status).toBe(isPublisher(role) ? 200 : 403)
  })
})

describe('users', () => {
  it.each(roles)('read: %s sees all accounts only as Administration, otherwise just their own', async (role) => {
    const { status, json } = await api.rest('GET', '/users?limit=100', { token: tokens[role] })
    if (role === 'anonym') return expect(status).toBe(403)
    expect(status).toBe(200)
    if (role === 'administration') expect(json.totalDocs).toBeGreaterThanOrEqual(3)
    else expect(json.docs.map((doc: { id: number }) => doc.id)).toEqual([userIds[role]])
  })

  it.each(roles)('create: %s creates accounts only as Administration', async (role) => {
    const { status } = await api.rest('POST', '/users', {
      token: tokens[role],
      body: { email: `neu-${role}-${++counter}@familienrathaus.invalid`, password, roles: ['redaktion'] },
    })
    expect(status).toBe(role === 'administration' ? 201 : 403)
  })

  it.each(roles)('update: %s changes another account only as Administration', async (role) => {
    const other = await payload.create({
      collection: 'users',
      data: { email: `ander-${++counter}@familienrathaus.invalid`, password, roles: ['redaktion'] },
    })
    const { status } = await api.rest('PATCH', `/users/${other.id}`, { token: tokens[role], body: { name: 'Geändert' } })
    expect(status).toBe(role === 'administration' ? 200 : 403)
  })

  it.each(roles)('delete: %s deletes accounts only as Administration', async (role) => {
    const other = await payload.create({
      collection: 'users',
      data: { email: `weg-${++counter}@familienrathaus.invalid`, password, roles: ['redaktion'] },
    })
    expect((await api.rest('DELETE', `/users/${other.id}`, { token: tokens[role] })).status).toBe(role === 'administration' ? 200 : 403)
  })

  it('nobody but Administration can give themselves a role', async () => {
    const { status } = await api.rest('PATCH', `/users/${userIds.redaktion}`, { token: tokens.redaktion, body: { roles: ['administration'] } })
    expect(status).toBe(200)
    const me = await payload.findByID({ collection: 'users', id: userIds.redaktion! })
    expect(me.roles).toEqual(['redaktion'])
  })

  it('offers no GraphQL door beside REST (switched off)', () => {
    expect(payload.config.graphQL.disable).toBe(true)
  })
})

const websiteGlobals = ['einstellungen', 'navigation', 'fusszeile'] as const
const pageGlobals = ['impressum', 'datenschutz', 'barrierefreiheit', 'leichte-sprache', 'gebaerdensprache'] as const
const globalUpdates: Record<string, Record<string, unknown>> = {
  einstellungen: { siteName: 'Familienrathaus', publisher: 'Stadt Hamm' },
  navigation: { items: [{ label: 'Angebote', href: '/angebote/' }] },
  fusszeile: { text: 'Fußzeile' },
  barrierefreiheit: {
    title: 'Barrierefreiheit',
    conformance: 'teilweise',
    assessedOn: '2026-11-01T00:00:00.000Z',
    feedback: { phone: '02381 17-0' },
  },
}
const globalCases = [...websiteGlobals, ...pageGlobals].flatMap((slug) => roles.map((role) => ({ slug, role })))

describe('globals', () => {
  it.each(globalCases)('read: $role reads $slug', async ({ slug, role }) => {
    expect((await api.rest('GET', `/globals/${slug}`, { token: tokens[role] })).status).toBe(200)
  })

  it.each(globalCases)('update: $role on $slug', async ({ slug, role }) => {
    const allowed = (websiteGlobals as readonly string[]).includes(slug) ? role === 'administration' : isPublisher(role)
    const { status } = await api.rest('POST', `/globals/${slug}`, {
      token: tokens[role],
      body: globalUpdates[slug] ?? { title: `${slug} geändert` },
    })
    expect(status).toBe(allowed ? 200 : 403)
  })
})

describe('four-eyes principle', () => {
  const patch = (role: Role, id: number, body: object, draft = false) =>
    api.rest('PATCH', `/angebote/${id}${draft ? '?draft=true' : ''}`, { token: tokens[role], body })

  it('Freigabe publishes what Redaktion changed', async () => {
    const id = await fixture('angebote')
    expect((await patch('redaktion', id, { summary: 'Von der Redaktion überarbeitet.', reviewState: 'zur-freigabe' }, true)).status).toBe(200)
    const published = await patch('freigabe', id, { _status: 'published' })
    expect(published.status).toBe(200)
    expect(published.json.doc.summary).toBe('Von der Redaktion überarbeitet.')
    expect(published.json.doc.reviewState).toBe('freigegeben')
    expect(published.json.doc.lastModifiedBy?.id ?? published.json.doc.lastModifiedBy).toBe(userIds.redaktion)
  })

  it('Freigabe cannot publish a version it changed itself, and is told why in German', async () => {
    const id = await fixture('angebote')
    expect((await patch('freigabe', id, { summary: 'Selbst geändert.' }, true)).status).toBe(200)
    const refused = await patch('freigabe', id, { _status: 'published' })
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.json)).toContain('Vier-Augen-Prinzip')
  })

  it('Freigabe cannot change and publish in one step', async () => {
    const id = await fixture('angebote')
    const refused = await patch('freigabe', id, { summary: 'Geändert und gleich veröffentlicht.', _status: 'published' })
    expect(refused.status).toBe(403)
  })

  it('Administration may change and publish alone', async () => {
    const id = await fixture('angebote')
    expect((await patch('administration', id, { summary: 'Eilige Korrektur.', _status: 'published' })).status).toBe(200)
  })

  it('Redaktion cannot unpublish, but may save a draft of a published document', async () => {
    const id = await fixture('angebote', 'published')
    expect((await patch('redaktion', id, { _status: 'draft' })).status).toBe(403)
    expect((await patch('redaktion', id, { summary: 'Entwurf einer Änderung.' }, true)).status).toBe(200)
    const { docs } = await payload.find({ collection: 'angebote', where: { id: { equals: id } }, overrideAccess: false })
    expect(docs).toHaveLength(1)
  })

  it('records who changed the content last, and nobody can forge it', async () => {
    const id = await fixture('angebote')
    const { json } = await patch('redaktion', id, { summary: 'Neu.', lastModifiedBy: userIds.administration }, true)
    expect(json.doc.lastModifiedBy?.id ?? json.doc.lastModifiedBy).toBe(userIds.redaktion)
  })

  it('hides the workflow fields from the public', async () => {
    const id = await fixture('angebote', 'published')
    const { json } = await api.rest('GET', `/angebote/${id}`)
    expect(json.title).toBeDefined()
    expect(json.reviewState).toBeUndefined()
    expect(json.lastModifiedBy).toBeUndefined()
  })
})

describe('first account', () => {
  it('was made Administration although it asked for another role', async () => {
    const first = await payload.find({ collection: 'users', sort: 'createdAt', limit: 1 })
    expect(first.docs[0]?.roles).toEqual(['administration'])
  })
})

describe('collections Payload adds itself', () => {
  it.each(roles)('payload-jobs: %s can neither read, write nor run the job queue', async (role) => {
    const token = tokens[role]
    expect((await api.rest('GET', '/payload-jobs?limit=10', { token })).status).toBeGreaterThanOrEqual(401)
    expect((await api.rest('POST', '/payload-jobs', { token, body: { taskSlug: 'x', input: {} } })).status).toBeGreaterThanOrEqual(401)
    const run = await api.rest('GET', '/payload-jobs/run', { token })
    expect([401, 403]).toContain(run.status)
  })

  it.each(roles)('payload-kv: %s has no access', async (role) => {
    expect((await api.rest('GET', '/payload-kv?limit=10', { token: tokens[role] })).status).toBeGreaterThanOrEqual(401)
  })

  it.each(roles)('payload-preferences: %s sees only their own', async (role) => {
    const { status, json } = await api.rest('GET', '/payload-preferences?limit=100&depth=0', { token: tokens[role] })
    if (role === 'anonym') return expect(status).toBe(403)
    expect(status).toBe(200)
    for (const doc of json.docs as { user?: { value?: number } | number }[]) {
      expect(typeof doc.user === 'object' ? doc.user?.value : doc.user).toBe(userIds[role])
    }
  })

  describe('payload-locked-documents', () => {
    const lock = (role: Role, userId: number, docId: number) =>
      api.rest('POST', '/payload-locked-documents', {
        token: tokens[role],
        body: { document: { relationTo: 'angebote', value: docId }, user: { relationTo: 'users', value: userId } },
      })

    it.each(roles)('read: %s sees who edits what only as an editor', async (role) => {
      expect((await api.rest('GET', '/payload-locked-documents?limit=10', { token: tokens[role] })).status).toBe(isEditor(role) ? 200 : 403)
    })

    it.each(roles)('create: %s locks a document for themselves, never for somebody else', async (role) => {
      if (role === 'anonym') return expect((await lock(role, userIds.redaktion!, await fixture('angebote'))).status).toBe(403)
      expect((await lock(role, userIds[role]!, await fixture('angebote'))).status).toBe(201)
      const other = role === 'redaktion' ? userIds.freigabe! : userIds.redaktion!
      expect((await lock(role, other, await fixture('angebote'))).status).toBe(403)
    })

    it.each(roles)('delete: %s lifts another editor’s lock only as Administration', async (role) => {
      const { json } = await lock('freigabe', userIds.freigabe!, await fixture('angebote'))
      const { status } = await api.rest('DELETE', `/payload-locked-documents/${json.doc.id}`, { token: tokens[role] })
      expect(status).toBe(role === 'administration' ? 200 : role === 'freigabe' ? 200 : 403)
    })

    it('update: Redaktion takes a lock over for themselves, and cannot hand it to somebody else', async () => {
      const { json } = await lock('freigabe', userIds.freigabe!, await fixture('angebote'))
      const handOver = await api.rest('PATCH', `/payload-locked-documents/${json.doc.id}`, {
        token: tokens.redaktion,
        body: { user: { relationTo: 'users', value: userIds.administration } },
      })
      expect(handOver.status).toBe(403)
      const takeOver = await api.rest('PATCH', `/payload-locked-documents/${json.doc.id}`, {
        token: tokens.redaktion,
        body: { user: { relationTo: 'users', value: userIds.redaktion } },
      })
      expect(takeOver.status).toBe(200)
      const moved = await api.rest('PATCH', `/payload-locked-documents/${json.doc.id}`, {
        token: tokens.redaktion,
        body: {
          document: { relationTo: 'angebote', value: await fixture('angebote') },
          user: { relationTo: 'users', value: userIds.redaktion },
        },
      })
      expect(moved.status).toBe(403)
    })
  })
})

describe('versions', () => {
  it.each(globalCases)('read: $role reads the versions of $slug', async ({ slug, role }) => {
    const allowed = (websiteGlobals as readonly string[]).includes(slug) ? role === 'administration' : isPublisher(role)
    const { status } = await api.rest('GET', `/globals/${slug}/versions?limit=10`, { token: tokens[role] })
    expect(status).toBe(allowed ? 200 : 403)
  })

  it.each(cases)('read: $role reads the versions of $collection only as an editor', async ({ collection, role }) => {
    const { status } = await api.rest('GET', `/${collection}/versions?limit=10`, { token: tokens[role] })
    expect(status).toBe(isEditor(role) ? 200 : 403)
  })

  // Restoring is a change of the content: under the four-eyes rule only Administration publishes it alone.
  it.each(roles)('restore: %s brings back a published version only as Administration', async (role) => {
    const id = await fixture('angebote', 'published')
    await payload.update({ collection: 'angebote', id, data: { summary: 'Spätere Fassung.' }, draft: true })
    const { docs } = await payload.findVersions({
      collection: 'angebote',
      where: { parent: { equals: id }, 'version._status': { equals: 'published' } },
      limit: 1,
    })
    const { status, json } = await api.rest('POST', `/angebote/versions/${docs[0]!.id}`, { token: tokens[role] })
    expect(status).toBe(role === 'administration' ? 200 : 403)
    if (role === 'freigabe') expect(JSON.stringify(json)).toContain('Vier-Augen-Prinzip')
  })
})

describe('account operations', () => {
  it.each(roles)('unlock: %s lifts a lockout only as Administration', async (role) => {
    const { status } = await api.rest('POST', '/users/unlock', { token: tokens[role], body: { email: 'redaktion@familienrathaus.invalid' } })
    expect(status).toBe(role === 'administration' ? 200 : 403)
  })

  it('forgot-password answers the same for known and unknown addresses', async () => {
    const known = await api.rest('POST', '/users/forgot-password', {
      body: { email: 'redaktion@familienrathaus.invalid' },
      headers: { 'x-forwarded-for': '203.0.113.1' },
    })
    const unknown = await api.rest('POST', '/users/forgot-password', {
      body: { email: 'niemand@familienrathaus.invalid' },
      headers: { 'x-forwarded-for': '203.0.113.2' },
    })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(unknown.json.message).toBe(known.json.message)
  })

  it('reset-password with a made-up token is refused, not an error', async () => {
    const { status } = await api.rest('POST', '/users/reset-password', { body: { token: 'ausgedacht', password: 'ein-neues-langes-Passwort' } })
    expect([400, 403]).toContain(status)
  })
})

describe('the matrix is complete', () => {
  it('covers every collection and global of the config', async () => {
    const collections = payload.config.collections.map((c) => c.slug).filter((slug) => !slug.startsWith('payload-'))
    expect(collections.sort()).toEqual([...contentSlugs, 'media', 'users'].sort() as CollectionSlug[])
    expect(payload.config.globals.map((g) => g.slug).sort()).toEqual([...websiteGlobals, ...pageGlobals].sort())
  })
})
