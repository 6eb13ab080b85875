/**
 * „Neu erstellen“ makes one draft per click (issue 16: a double click made two empty drafts in the
 * same second – the admin creates an autosaved draft as soon as the create view opens).
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
})
afterAll(async () => {
  await stop?.()
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

  it('keeps another person’s empty draft and every draft with content', async () => {
    const one = await user('eins@drafts.invalid')
    const two = await user('zwei@drafts.invalid')
    const a = await openCreateView(one)
    const b = await openCreateView(two)
    const feld = await payload.create({ collection: 'handlungsfelder', data: { title: 'Feld', summary: 'Feld.', _status: 'published' } })
    const written = await payload.create({
      collection: 'angebote',
      draft: true,
      user: one as never,
      overrideAccess: false,
      data: { title: 'Mit Inhalt', summary: 'Text.', kind: 'beratung', handlungsfelder: [feld.id], _status: 'draft' } as never,
    })
    expect((await emptyDrafts()).sort()).toEqual(expect.arrayContaining([a.id, b.id]))
    expect((await payload.findByID({ collection: 'angebote', id: written.id, draft: true })).title).toBe('Mit Inhalt')
  })
})
