import type { Payload } from 'payload'

import { angeboteSlug, contentSchemas, contentSlugs } from '@familienrathaus/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../src/seed/index.ts'
import { startTestPayload } from './testPayload.ts'

const mongoUri = process.env.MONGODB_URI
if (!mongoUri) {
  console.log('MongoDB integration tests skipped: set MONGODB_URI (e.g. mongodb://127.0.0.1:27017/familienrathaus-test) to run them.')
}

describe.skipIf(!mongoUri)('MongoDB adapter (MONGODB_URI)', () => {
  let payload: Payload
  let stop: () => Promise<void>

  beforeAll(async () => {
    ;({ payload, stop } = await startTestPayload({ databaseUri: mongoUri }))
    await seed({ payload })
  })
  afterAll(async () => {
    await stop?.()
  })

  it('selects the MongoDB adapter', () => {
    expect(payload.db.name).toBe('mongoose')
    expect(payload.db.defaultIDType).toBe('text')
  })

  it('seeds and reads back documents that pass the content schemas (string IDs)', async () => {
    for (const collection of contentSlugs) {
      const { docs } = await payload.find({ collection, limit: 0, depth: 0, overrideAccess: false, locale: 'de' })
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) expect(contentSchemas[collection].safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true)
    }
  })

  it('hides drafts from anonymous readers', async () => {
    const { docs: felder } = await payload.find({ collection: 'handlungsfelder', limit: 1 })
    await payload.create({
      collection: angeboteSlug,
      draft: true,
      data: { title: 'Mongo-Entwurf', summary: 'Entwurf.', kind: 'service', handlungsfelder: [felder[0]!.id], _status: 'draft' },
    })
    const { docs } = await payload.find({ collection: angeboteSlug, overrideAccess: false, limit: 0 })
    expect(docs.map((doc) => doc.slug)).not.toContain('mongo-entwurf')
  })
})
