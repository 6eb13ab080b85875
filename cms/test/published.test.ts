import type { Payload } from 'payload'

import { angeboteSlug, handlungsfelderSlug } from '@familienrathaus/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let feld: number

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  feld = (
    await payload.create({
      collection: handlungsfelderSlug,
      data: { title: 'Bildung', summary: 'Kita und Schule.', _status: 'published' },
    })
  ).id as number
})
afterAll(async () => {
  await stop?.()
})

const anonymousSlugs = async () => {
  const { docs } = await payload.find({ collection: angeboteSlug, overrideAccess: false, depth: 0, limit: 0 })
  return docs.map((doc) => doc.slug)
}

describe('drafts and publishing', () => {
  it('never shows a draft to anonymous readers (and so not to the site build)', async () => {
    await payload.create({
      collection: angeboteSlug,
      draft: true,
      data: { title: 'Geheimer Entwurf', summary: 'Noch nicht fertig.', kind: 'service', handlungsfelder: [feld], _status: 'draft' },
    })
    expect(await anonymousSlugs()).not.toContain('geheimer-entwurf')
    const { docs } = await payload.find({ collection: angeboteSlug, draft: true, depth: 0 })
    expect(docs.map((doc) => doc.slug)).toContain('geheimer-entwurf')
  })

  it('shows a document once it is published, and hides it again when unpublished', async () => {
    const created = await payload.create({
      collection: angeboteSlug,
      data: { title: 'Familienpass Hamm', summary: 'Rabatte für Familien.', kind: 'freizeit', handlungsfelder: [feld], _status: 'published' },
    })
    expect(await anonymousSlugs()).toContain('familienpass-hamm')
    await payload.update({ collection: angeboteSlug, id: created.id, data: { _status: 'draft' } })
    expect(await anonymousSlugs()).not.toContain('familienpass-hamm')
  })

  it('keeps the published version visible while a newer draft is being edited', async () => {
    const created = await payload.create({
      collection: angeboteSlug,
      data: { title: 'Elternschule', summary: 'Kurse für Eltern.', kind: 'bildung', handlungsfelder: [feld], _status: 'published' },
    })
    await payload.update({
      collection: angeboteSlug,
      id: created.id,
      draft: true,
      data: { summary: 'Unfertige Änderung.' },
    })
    const { docs } = await payload.find({
      collection: angeboteSlug,
      overrideAccess: false,
      where: { slug: { equals: 'elternschule' } },
    })
    expect(docs[0]?.summary).toBe('Kurse für Eltern.')
  })
})

describe('slugs', () => {
  it('derives the slug from the German title', async () => {
    const doc = await payload.create({
      collection: handlungsfelderSlug,
      data: { title: 'Größere Spielräume für Familien', summary: 'Test.', _status: 'published' },
    })
    expect(doc.slug).toBe('groessere-spielraeume-fuer-familien')
  })

  it('normalises a slug typed by hand', async () => {
    const doc = await payload.create({
      collection: handlungsfelderSlug,
      data: { title: 'Irgendwas', slug: 'Mein Kürzel', summary: 'Test.', _status: 'published' },
    })
    expect(doc.slug).toBe('mein-kuerzel')
  })

  it('refuses a slug that another document already has', async () => {
    await payload.create({ collection: handlungsfelderSlug, data: { title: 'Doppelt', summary: 'Eins.', _status: 'published' } })
    await expect(
      payload.create({ collection: handlungsfelderSlug, data: { title: 'Doppelt', summary: 'Zwei.', _status: 'published' } }),
    ).rejects.toThrow()
  })
})

describe('languages', () => {
  it('keeps a translation per field and falls back to German where none exists', async () => {
    const doc = await payload.create({
      collection: handlungsfelderSlug,
      locale: 'de',
      data: { title: 'Wohnen', summary: 'Gutes Wohnen für Familien.', _status: 'published' },
    })
    await payload.update({ collection: handlungsfelderSlug, id: doc.id, locale: 'en', data: { title: 'Housing' } })
    await payload.update({ collection: handlungsfelderSlug, id: doc.id, locale: 'ar', data: { title: 'السكن' } })
    const read = (locale: 'de' | 'en' | 'tr' | 'ar' | 'uk') =>
      payload.findByID({ collection: handlungsfelderSlug, id: doc.id, locale, overrideAccess: false })
    expect((await read('en')).title).toBe('Housing')
    expect((await read('en')).summary).toBe('Gutes Wohnen für Familien.')
    expect((await read('ar')).title).toBe('السكن')
    expect((await read('tr')).title).toBe('Wohnen')
    expect((await read('de')).title).toBe('Wohnen')
    expect(payload.config.localization && payload.config.localization.locales.find((l) => l.code === 'ar')?.rtl).toBe(true)
  })
})
