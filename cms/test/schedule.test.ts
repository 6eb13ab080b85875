/** Scheduled publishing and unpublishing (Payload jobs), under the same rules as a publish by hand. */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishableParts } from './publishable.ts'
import { refusedSchedules } from '../src/lib/refusedSchedules.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
const users: Record<string, { id: number; collection: 'users' }> = {}
let feldId: number
let publishable: Record<string, unknown> = {}

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  for (const role of ['administration', 'redaktion', 'freigabe']) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@familienrathaus.invalid`, password: 'ein-langes-Testpasswort', roles: [role as 'redaktion'] },
    })
    users[role] = { id: user.id as number, collection: 'users' }
  }
  feldId = (await payload.create({ collection: 'handlungsfelder', data: { title: 'Feld', summary: 'Feld.', _status: 'published' } }))
    .id as number
  publishable = await publishableParts(payload)
})
afterAll(async () => {
  await stop?.()
})

async function draftBy(role: string) {
  const doc = await payload.create({
    collection: 'angebote',
    draft: true,
    data: {
      title: `Geplant ${Math.random()}`,
      summary: 'Wird geplant veröffentlicht.',
      kind: 'service',
      handlungsfelder: [feldId],
      ...publishable,
      _status: 'draft',
    },
  })
  await payload.update({
    collection: 'angebote',
    id: doc.id,
    draft: true,
    data: { summary: `Überarbeitet von ${role}.` },
    user: { ...users[role], roles: [role] } as never,
    overrideAccess: false,
  })
  return doc.id as number
}

const schedule = (id: number, type: 'publish' | 'unpublish', by: string) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    // The admin queues the document ID as a string; the job turns it back into the real ID type.
    input: {
      type,
      doc: { relationTo: 'angebote', value: String(id) as unknown as number },
      user: { relationTo: 'users', value: users[by]!.id },
    },
    waitUntil: new Date(Date.now() - 1000),
  })

/** Redaktion's draft, scheduled by Freigabe, then changed by Redaktion before the queue runs it. */
async function changedAfterScheduling(summary: string) {
  const id = await draftBy('redaktion')
  await schedule(id, 'publish', 'freigabe')
  await new Promise((resolve) => setTimeout(resolve, 20))
  await payload.update({
    collection: 'angebote',
    id,
    draft: true,
    data: { summary },
    user: { ...users.redaktion, roles: ['redaktion'] } as never,
    overrideAccess: false,
  })
  await payload.jobs.run()
  return id
}

const statusOf = async (id: number) => (await payload.findByID({ collection: 'angebote', id, depth: 0 }))._status

describe('scheduled publishing', () => {
  it('publishes at the scheduled time what Redaktion wrote and Freigabe scheduled', async () => {
    const id = await draftBy('redaktion')
    await schedule(id, 'publish', 'freigabe')
    await payload.jobs.run()
    expect(await statusOf(id)).toBe('published')
  })

  it('does not publish what Redaktion changed after Freigabe scheduled it: nobody reviewed that (found on a second read)', async () => {
    const id = await changedAfterScheduling('Nach der Planung geändert.')
    expect(await statusOf(id)).toBe('draft')
  })

  it('keeps the four-eyes rule: Freigabe cannot schedule its own change', async () => {
    const id = await draftBy('freigabe')
    await schedule(id, 'publish', 'freigabe')
    await payload.jobs.run()
    expect(await statusOf(id)).toBe('draft')
  })

  it('a publish scheduled by Redaktion does not happen', async () => {
    const id = await draftBy('redaktion')
    await schedule(id, 'publish', 'redaktion')
    await payload.jobs.run()
    expect(await statusOf(id)).toBe('draft')
  })

  it('unpublishes at the scheduled time', async () => {
    const id = await draftBy('redaktion')
    await schedule(id, 'publish', 'freigabe')
    await payload.jobs.run()
    await schedule(id, 'unpublish', 'freigabe')
    await payload.jobs.run()
    expect(await statusOf(id)).toBe('draft')
  })

  it('does not run the queue outside the server started by npm start', () => {
    expect(process.env.PAYLOAD_JOBS_AUTORUN).toBeUndefined()
  })
})

describe('a scheduled publish that is refused reaches the editors (issue 16: every refusal with its reason)', () => {
  it('is listed on the dashboard with the Angebot, the time and the reason in German', async () => {
    const id = await changedAfterScheduling('Nach der Planung noch einmal geändert.')
    expect(await statusOf(id)).toBe('draft')
    const refused = await refusedSchedules(payload)
    const entry = refused.find((item) => item.id === id)
    expect(entry).toMatchObject({ collection: 'angebote', kind: 'publish' })
    expect(entry?.title).toMatch(/^Geplant /)
    expect(entry?.reason).toMatch(/^Geplante Veröffentlichung nicht ausgeführt: Der Inhalt wurde nach der Planung noch geändert/)
    expect(Date.parse(entry!.at)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('is no longer listed once the document is published after all', async () => {
    const id = await changedAfterScheduling('Geändert, dann doch freigegeben.')
    expect((await refusedSchedules(payload)).some((item) => item.id === id)).toBe(true)
    await payload.update({
      collection: 'angebote',
      id,
      data: { _status: 'published' },
      user: { ...users.freigabe, roles: ['freigabe'] } as never,
      overrideAccess: false,
    })
    expect((await refusedSchedules(payload)).some((item) => item.id === id)).toBe(false)
  })
})
