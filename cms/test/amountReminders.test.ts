import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { staleAmounts, staleReviews } from '../src/lib/staleAmounts.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
})
afterAll(async () => {
  await stop?.()
})

const angebot = async (title: string, amount?: Record<string, unknown>) => {
  const feld = await payload.create({ collection: 'handlungsfelder', data: { title: `Feld ${title}`, summary: 'Feld.', _status: 'published' } })
  return payload.create({
    collection: 'angebote',
    data: { title, summary: 'Geld.', kind: 'geldleistung', handlungsfelder: [feld.id], amount, _status: 'published' } as never,
    draft: false,
  })
}

describe('amounts to check on the dashboard (issue 15)', () => {
  it('lists the amounts whose Stand is over a year old, oldest first – not the fresh ones, not offers without an amount', async () => {
    const fixed = { kind: 'fixed', period: 'once', value: 1000, source: '§ 56 BAföG' }
    await angebot('Alt', { ...fixed, asOf: '2025-01-15T00:00:00.000Z' })
    await angebot('Älter', { ...fixed, asOf: '2024-06-01T00:00:00.000Z' })
    await angebot('Frisch', { ...fixed, asOf: '2026-11-01T00:00:00.000Z' })
    await angebot('Ohne Betrag')
    const { docs } = await staleAmounts(payload, new Date('2026-12-05T12:00:00Z'))
    expect(docs.map((doc) => doc.title)).toEqual(['Älter', 'Alt'])
  })
})

describe('offers to review on the dashboard (issue 16)', () => {
  it('counts an offer never reviewed from the day it was created, not as „noch nie geprüft“ from its first day', async () => {
    await angebot('Gerade angelegt')
    const reviewed = await angebot('Lange nicht geprüft')
    await payload.update({ collection: 'angebote', id: reviewed.id, data: { lastReviewedAt: '2025-01-10T00:00:00.000Z' } as never })
    const titles = async (now: string) => (await staleReviews(payload, new Date(now))).docs.map((doc) => doc.title)
    expect(await titles('2026-12-05T12:00:00Z')).toEqual(['Lange nicht geprüft'])
    // A year and a day after it was created, the new one is due too.
    expect(await titles(new Date(Date.now() + 366 * 24 * 60 * 60 * 1000).toISOString())).toContain('Gerade angelegt')
  })
})
