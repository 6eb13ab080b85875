/**
 * What editors get from the admin (issue 16), on one test CMS:
 * - publishing an Angebot checks what a family needs (an offer with the summary „Bitte nicht
 *   veröffentlichen“, no contact, no steps and no Testfamilie went live in one click); each missing
 *   item is named in German at its field;
 * - „Neu erstellen“ makes one draft per click (a double click made two empty drafts: the admin
 *   creates an autosaved draft as soon as the create view opens);
 * - after publishing, the admin says when the change is live and links to the page, or why the build
 *   failed (it reads the site builder's status through GET /api/site-status, for editors only).
 */
import type { Payload } from 'payload'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { liveState } from '../src/lib/liveState.ts'
import { publishChecklist } from '../src/lib/publishChecklist.ts'
import { apiClient } from './apiClient.ts'
import { startTestPayload } from './testPayload.ts'

const complete = {
  title: 'Babybegrüßung',
  summary: 'Ein Besuch nach der Geburt mit Informationen und einem Geschenk.',
  kind: 'beratung',
  steps: [{ text: 'Rufen Sie das Familienbüro an und vereinbaren Sie einen Termin.' }],
  kontakte: [1],
  eligibility: {
    testFamilies: [
      { name: 'Baby', household: '{"version":1,"members":[{"role":"adult","age":30},{"role":"child","age":0.2}]}', expected: 'yes' },
    ],
  },
}

describe('the publish checklist', () => {
  it('passes an Angebot a family can act on', () => {
    expect(publishChecklist(complete)).toEqual([])
  })

  it('names everything missing from the walk in the issue, each at its field', () => {
    const problems = publishChecklist({ title: 'Test', summary: 'Bitte nicht veröffentlichen', kind: 'geldleistung', eligibility: {} })
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      ['eligibility.testFamilies', 'kontakte', 'legalBasis', 'steps', 'summary'].sort(),
    )
    expect(problems.find((problem) => problem.path === 'summary')!.message).toContain('Platzhalter')
    expect(problems.find((problem) => problem.path === 'legalBasis')!.message).toContain('Rechtsgrundlage')
  })

  it('finds placeholder text wherever a family reads it', () => {
    for (const text of ['Lorem ipsum dolor', 'TODO: Text folgt', 'xxx', 'Platzhalter', 'Text folgt', '???']) {
      const problems = publishChecklist({ ...complete, steps: [{ text }] })
      expect(
        problems.map((problem) => problem.path),
        text,
      ).toEqual(['steps'])
    }
    expect(publishChecklist({ ...complete, title: 'Test Angebot bitte löschen' }).map((problem) => problem.path)).toEqual(['title'])
    // Found on a second read: the long description, who can get it, provider, deadline, Leichte Sprache.
    const richText = (text: string) => ({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })
    expect(publishChecklist({ ...complete, body: richText('Lorem ipsum dolor sit amet') }).map((problem) => problem.path)).toEqual(['body'])
    for (const path of ['provider', 'deadline', 'summaryLeichteSprache'] as const)
      expect(
        publishChecklist({ ...complete, [path]: 'Text folgt' }).map((problem) => problem.path),
        path,
      ).toEqual([path])
    expect(publishChecklist({ ...complete, eligibility: { ...complete.eligibility, summary: 'TODO' } }).map((problem) => problem.path)).toEqual([
      'eligibility.summary',
    ])
  })
})

let payload: Payload
let stop: () => Promise<void>
let dataDir: string
let api: ReturnType<typeof apiClient>
const ids: Record<string, number> = {}

beforeAll(async () => {
  ;({ payload, stop, dataDir } = await startTestPayload())
  api = apiClient(Promise.resolve(payload.config))
  await payload.create({
    collection: 'users',
    data: { email: 'redaktion@status.invalid', password: 'Ein-langes-Passwort-2026', roles: ['redaktion'] } as never,
  })
  ids.feld = (await payload.create({ collection: 'handlungsfelder', data: { title: 'Feld', summary: 'Feld.', _status: 'published' } }))
    .id as number
  for (const role of ['redaktion', 'freigabe'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@checklist.invalid`, password: 'Ein-langes-Passwort-2026!', roles: [role] } as never,
    })
    ids[role] = user.id as number
  }
})
afterAll(async () => {
  await stop?.()
})

describe('publishing in the admin', () => {
  it('refuses a person’s publish until the checklist holds, with every missing item named in German', async () => {
    const redaktion = await payload.findByID({ collection: 'users', id: ids.redaktion! })
    const freigabe = await payload.findByID({ collection: 'users', id: ids.freigabe! })
    const draft = await payload.create({
      collection: 'angebote',
      draft: true,
      user: redaktion,
      overrideAccess: false,
      data: { title: 'Test', summary: 'Bitte nicht veröffentlichen', kind: 'beratung', handlungsfelder: [ids.feld], _status: 'draft' } as never,
    })
    let message = ''
    try {
      await payload.update({
        collection: 'angebote',
        id: draft.id,
        user: freigabe,
        overrideAccess: false,
        data: { _status: 'published' } as never,
      })
    } catch (error) {
      message = JSON.stringify((error as { data?: unknown }).data ?? (error as Error).message)
    }
    expect(message).toContain('Platzhalter')
    expect(message).toContain('Ansprechstelle')
    expect(message).toContain('nächste Schritt')
    expect(message).toContain('Testfamilie')
    const stored = await payload.findByID({ collection: 'angebote', id: draft.id })
    expect(stored._status).toBe('draft')
  })

  it('checks the German content also when the publish is clicked in another language (found on a second read)', async () => {
    const redaktion = await payload.findByID({ collection: 'users', id: ids.redaktion! })
    const freigabe = await payload.findByID({ collection: 'users', id: ids.freigabe! })
    const draft = await payload.create({
      collection: 'angebote',
      draft: true,
      user: redaktion,
      overrideAccess: false,
      data: {
        title: 'Sprachwechsel',
        summary: 'Bitte nicht veröffentlichen',
        kind: 'beratung',
        handlungsfelder: [ids.feld],
        _status: 'draft',
      } as never,
    })
    for (const locale of ['en'] as const) {
      let message = ''
      try {
        await payload.update({
          collection: 'angebote',
          id: draft.id,
          locale,
          user: freigabe,
          overrideAccess: false,
          data: { _status: 'published' } as never,
        })
      } catch (error) {
        message = JSON.stringify((error as { data?: unknown }).data ?? (error as Error).message)
      }
      expect(message, `${locale} ${message}`).toContain('Ansprechstelle')
    }
    // All languages at once is refused as well (its texts are per language).
    const all = await payload
      .update({
        collection: 'angebote',
        id: draft.id,
        locale: 'all' as never,
        user: freigabe,
        overrideAccess: false,
        data: { _status: 'published' } as never,
      })
      .then(
        () => 'published',
        () => 'refused',
      )
    expect(all).toBe('refused')
    expect((await payload.findByID({ collection: 'angebote', id: draft.id }))._status).toBe('draft')
  })

  it('publishes a translation that leaves the summary German once the German content is complete (the save keeps its language)', async () => {
    const administration = await payload.create({
      collection: 'users',
      data: { email: 'administration@checklist.invalid', password: 'Ein-langes-Passwort-2026', roles: ['administration'] } as never,
    })
    const kontakt = await payload.create({
      collection: 'kontakte',
      data: {
        title: 'Familienbüro',
        kind: 'dienststelle',
        street: 'Teststraße 1',
        postalCode: '59065',
        city: 'Hamm',
        _status: 'published',
      } as never,
    })
    const doc = await payload.create({
      collection: 'angebote',
      data: { ...complete, kontakte: [kontakt.id], title: 'Familienkarte', handlungsfelder: [ids.feld], _status: 'published' } as never,
    })
    const english = await payload.update({
      collection: 'angebote',
      id: doc.id,
      locale: 'en',
      user: { ...administration, collection: 'users' } as never,
      overrideAccess: false,
      data: { title: 'Family card', _status: 'published' } as never,
    })
    expect(english.title).toBe('Family card')
  })
})

const user = async (email: string) => {
  const created = await payload.create({
    collection: 'users',
    data: { email, password: 'Ein-langes-Passwort-2026', roles: ['redaktion'] } as never,
  })
  return { ...created, collection: 'users' }
}
/** What the admin's create view saves when it opens: an empty draft by the person. */
const openCreateView = (by: Awaited<ReturnType<typeof user>>) =>
  payload.create({ collection: 'angebote', draft: true, user: by as never, overrideAccess: false, data: { _status: 'draft' } as never })
const emptyDrafts = async () =>
  (await payload.find({ collection: 'angebote', draft: true, depth: 0, where: { title: { exists: false } }, limit: 100 })).docs.map(
    (doc) => doc.id,
  )

describe('empty drafts', () => {
  it('a second empty draft by the same person within seconds replaces the first', async () => {
    const editor = await user('doppelklick@drafts.invalid')
    const first = await openCreateView(editor)
    const second = await openCreateView(editor)
    expect(await emptyDrafts()).toEqual([second.id])
    expect(first.id).not.toBe(second.id)
  })

  it('never deletes work: a draft with content but no title yet, or one saved again, stays (found on a second read)', async () => {
    const editor = await user('arbeit@drafts.invalid')
    const kontakt = await payload.create({
      collection: 'kontakte',
      draft: true,
      user: editor as never,
      overrideAccess: false,
      data: { street: 'Teststraße 5', phone: '02381 123', _status: 'draft' } as never,
    })
    await payload.create({
      collection: 'kontakte',
      draft: true,
      user: editor as never,
      overrideAccess: false,
      data: { _status: 'draft' } as never,
    })
    const kept = await payload.findByID({ collection: 'kontakte', id: kontakt.id, draft: true })
    expect(kept.street).toBe('Teststraße 5')
  })

  it('keeps another person’s empty draft and every draft with content', async () => {
    const one = await user('eins@drafts.invalid')
    const two = await user('zwei@drafts.invalid')
    const a = await openCreateView(one)
    const b = await openCreateView(two)
    const written = await payload.create({
      collection: 'angebote',
      draft: true,
      user: one as never,
      overrideAccess: false,
      data: { title: 'Mit Inhalt', summary: 'Text.', kind: 'beratung', handlungsfelder: [ids.feld], _status: 'draft' } as never,
    })
    expect((await emptyDrafts()).sort()).toEqual(expect.arrayContaining([a.id, b.id]))
    expect((await payload.findByID({ collection: 'angebote', id: written.id, draft: true })).title).toBe('Mit Inhalt')
  })
})

describe('GET /api/site-status', () => {
  it('tells editors the site builder’s state and the site’s address, and nobody else', async () => {
    mkdirSync(path.join(dataDir, 'site'), { recursive: true })
    writeFileSync(path.join(dataDir, 'site', 'status.json'), JSON.stringify({ state: 'ok', lastSuccessAt: '2026-12-05T10:00:00.000Z' }))
    expect((await api.rest('GET', '/site-status')).status).toBe(401)
    const token = await api.login('redaktion@status.invalid', 'Ein-langes-Passwort-2026')
    const { status, json } = await api.rest('GET', '/site-status', { token })
    expect(status).toBe(200)
    expect(json).toMatchObject({ state: 'ok', lastSuccessAt: '2026-12-05T10:00:00.000Z', siteUrl: expect.stringMatching(/^http/) })
  })
})

describe('what the admin says about a published change', () => {
  const saved = '2026-12-05T10:00:00.000Z'
  const doc = { status: 'published', updatedAt: saved, slug: 'kita-platz' }
  it('live once a build that began after the save succeeded, with the page’s address', () => {
    expect(
      liveState(
        doc,
        { state: 'ok', lastSuccessStartedAt: '2026-12-05T10:00:05.000Z', lastSuccessAt: '2026-12-05T10:00:20.000Z' },
        'https://familie.hamm.de',
      ),
    ).toEqual({ kind: 'live', since: '2026-12-05T10:00:20.000Z', href: 'https://familie.hamm.de/angebote/kita-platz/' })
  })
  it('on its way while no build begun after the save has finished (one that read the CMS before does not count)', () => {
    expect(
      liveState(
        doc,
        { state: 'building', lastSuccessStartedAt: '2026-12-05T09:00:00.000Z', lastSuccessAt: '2026-12-05T09:00:10.000Z' },
        'http://s',
      ).kind,
    ).toBe('pending')
    expect(
      liveState(doc, { state: 'ok', lastSuccessStartedAt: '2026-12-05T09:59:59.000Z', lastSuccessAt: '2026-12-05T10:00:10.000Z' }, 'http://s')
        .kind,
    ).toBe('pending')
  })
  it('failed, in the editors’ words, when the build after the save failed; the old page stays', () => {
    expect(
      liveState(
        doc,
        {
          state: 'failed',
          lastError: 'Content document kontakte/familienbuero fails its schema: street: Too small; city: Required',
          lastErrorStartedAt: '2026-12-05T10:00:05.000Z',
          lastErrorAt: '2026-12-05T10:00:30.000Z',
          lastSuccessStartedAt: '2026-12-05T09:00:00.000Z',
        },
        'http://s',
      ),
    ).toEqual({ kind: 'failed', reason: '„familienbuero“: bitte prüfen: Straße und Hausnummer, Ort.', at: '2026-12-05T10:00:30.000Z' })
  })
  it('stays live when a later build fails for another reason (found on a second read)', () => {
    const build = {
      state: 'failed' as const,
      lastSuccessStartedAt: '2026-12-05T10:00:05.000Z',
      lastSuccessAt: '2026-12-05T10:00:20.000Z',
      lastError: 'Content document angebote/x fails its schema: title: Required',
      lastErrorStartedAt: '2026-12-05T11:00:00.000Z',
      lastErrorAt: '2026-12-05T11:00:10.000Z',
    }
    expect(liveState(doc, build, 'http://s').kind).toBe('live')
  })
  it('nothing to say for a draft', () => {
    expect(liveState({ ...doc, status: 'draft' }, { state: 'ok', lastSuccessAt: saved }, 'http://s').kind).toBe('draft')
  })
})
