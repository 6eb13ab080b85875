import type { Payload } from 'payload'

import {
  angeboteSlug,
  contentSchemas,
  contentSlugs,
  describeIssues,
  erklaervideosSlug,
  globalSchemas,
  type GlobalSlugName,
  handlungsfelderSlug,
  inLocale,
  mediaSchema,
  mediaSlug,
  kontakteSlug,
  meilensteineSlug,
  ruleGroupLevelSuffixes,
} from '@familienrathaus/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { angebote, angebotTranslations } from '../src/seed/data/index.ts'
import { seed } from '../src/seed/index.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  await seed({ payload })
})
afterAll(async () => {
  await stop?.()
})

const count = async (collection: (typeof contentSlugs)[number]) =>
  (await payload.count({ collection, where: { _status: { equals: 'published' } } })).totalDocs

describe('seed', () => {
  it('publishes the required Hamm content', async () => {
    expect(await count(handlungsfelderSlug)).toBe(7)
    expect(await count(meilensteineSlug)).toBeGreaterThanOrEqual(12)
    expect(await count(angeboteSlug)).toBeGreaterThanOrEqual(10)
    expect(await count(erklaervideosSlug)).toBeGreaterThanOrEqual(1)
    expect(await count(kontakteSlug)).toBeGreaterThanOrEqual(4)
  })

  it('has the contact points of the Familienrathaus at their addresses', async () => {
    const { docs } = await payload.find({ collection: kontakteSlug, limit: 100, depth: 0 })
    const address = (slugPart: RegExp) => docs.find((doc) => slugPart.test(doc.slug ?? ''))
    expect(address(/stabsstelle/)?.street).toBe('Theodor-Heuss-Platz 12')
    // Part of the Familienservice in the Familienrathaus since the end of 2023.
    expect(address(/familienbuero/)?.street).toBe('Caldenhofer Weg 10')
    expect(address(/familienbuero/)?.postalCode).toBe('59065')
    expect(address(/jugendberufsagentur/)?.street).toBe('Bismarckstraße 1')
    expect(address(/familienrathaus/)?.street).toBe('Caldenhofer Weg 10')
  })

  it('links every Angebot to a Handlungsfeld and a Kontakt', async () => {
    const { docs } = await payload.find({ collection: angeboteSlug, limit: 200, depth: 0 })
    for (const doc of docs) {
      expect(doc.handlungsfelder?.length, doc.slug ?? '').toBeGreaterThan(0)
      expect(doc.kontakte?.length, doc.slug ?? '').toBeGreaterThan(0)
    }
  })

  it('gives documents the site can render: every one passes its content schema', async () => {
    const failures: string[] = []
    for (const collection of contentSlugs) {
      // As the site build reads: anonymous, published only, German.
      const { docs } = await payload.find({
        collection,
        limit: 0,
        depth: 0,
        locale: 'de',
        overrideAccess: false,
        where: { _status: { equals: 'published' } },
      })
      expect(docs.length).toBeGreaterThan(0)
      for (const doc of docs) {
        const result = contentSchemas[collection].safeParse(JSON.parse(JSON.stringify(doc)))
        if (!result.success) failures.push(`${collection}/${doc.slug}: ${describeIssues(result.error).join('; ')}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('stores every Voraussetzungen field of a seed Angebot in its group: which benefit it is, its rules, its Testfamilien', async () => {
    for (const seeded of angebote.filter((angebot) => angebot.benefit || angebot.rules?.length)) {
      const { docs } = await payload.find({ collection: angeboteSlug, where: { slug: { equals: seeded.slug } }, depth: 0, limit: 1 })
      const stored = docs[0]!.eligibility
      expect(stored?.benefit ?? undefined, seeded.slug).toBe(seeded.benefit)
      expect(stored?.rules?.length ?? 0, seeded.slug).toBe(seeded.rules?.length ?? 0)
      expect(stored?.testFamilies?.length ?? 0, seeded.slug).toBe(seeded.testFamilies?.length ?? 0)
      expect(stored?.summary ?? undefined, seeded.slug).toBe(seeded.eligibilitySummary)
    }
    expect(angebote.filter((angebot) => angebot.benefit).length).toBeGreaterThan(5)
  })

  it('writes the translations into the other languages and keeps the German texts, rules and slug (issue 14)', async () => {
    const read = async (locale: 'de' | 'en' | 'tr' | 'ar' | 'uk') =>
      (
        await payload.find({
          collection: angeboteSlug,
          where: { slug: { equals: 'kindergeld' } },
          depth: 0,
          limit: 1,
          locale,
          fallbackLocale: false as never,
        })
      ).docs[0]!
    const german = await read('de')
    const english = await read('en')
    const seeded = angebotTranslations.en!.kindergeld!
    expect(english.slug).toBe('kindergeld')
    expect(english.title).toBe('Child benefit (Kindergeld)')
    expect(english.summary).toBe(seeded.summary)
    expect(english.deadline).toBe(seeded.deadline)
    expect(english.translatedOn?.slice(0, 10)).toBe(seeded.translatedOn)
    expect(english.steps?.map((step) => step.text)).toEqual(seeded.steps)
    expect(english.documents?.map((document) => document.text)).toEqual(seeded.documents)
    expect(english.eligibility?.summary).toBe(seeded.eligibilitySummary)
    // The rules are one set of blocks: the English reading has the English texts, the German the German ones.
    const texts = (value: unknown) => JSON.stringify(value).match(/"(?:reason|text)":"[^"]*"/g) ?? []
    expect(texts(english.eligibility?.rules).join()).toContain('cannot find one')
    expect(texts(german.eligibility?.rules).join()).toContain('keinen findet')
    expect(JSON.stringify(english.eligibility?.rules).replace(/"(?:reason|text)":"[^"]*"/g, '')).toBe(
      JSON.stringify(german.eligibility?.rules).replace(/"(?:reason|text)":"[^"]*"/g, ''),
    )
    expect(german.title).toBe('Kindergeld')
    // One row of „Fristen ab der Geburt“, its label in each language (issue 17).
    expect(german.reminders?.map(({ label, kind, offset, unit }) => ({ label, kind, offset, unit }))).toEqual([
      { label: 'Kindergeld beantragen', kind: 'until', offset: 6, unit: 'months' },
    ])
    expect(english.reminders?.map((row) => [row.label, row.id])).toEqual([[seeded.reminders![0], german.reminders![0]!.id]])
    expect(german.translatedOn ?? undefined).toBeUndefined()
    for (const locale of ['tr', 'ar', 'uk'] as const) expect((await read(locale)).title).toContain('Kindergeld')
  })

  it('stores nested rule groups as the admin’s editor shows them, so every Angebot opens there', async () => {
    const { docs } = await payload.find({ collection: 'angebote', limit: 0, depth: 0, select: { slug: true, eligibility: { rules: true } } })
    const misplaced: string[] = []
    const walk = (rules: unknown, level: number, slug: string) => {
      for (const rule of (rules ?? []) as { blockType: string; conditions?: unknown[] }[]) {
        if (!rule.conditions) continue
        const expected = `${rule.blockType.replace(/Inner\d?$/, '')}${ruleGroupLevelSuffixes[level - 1]}`
        if (rule.blockType !== expected) misplaced.push(`${slug}: ${rule.blockType} at level ${level}`)
        walk(rule.conditions, level + 1, slug)
      }
    }
    for (const doc of docs) walk((doc as { eligibility?: { rules?: unknown } }).eligibility?.rules, 1, String(doc.slug))
    expect(misplaced).toEqual([])
  })

  it('speaks to families of the Situations-Finder, never of the developers’ “Matcher” (issue 11)', async () => {
    for (const collection of contentSlugs) {
      const { docs } = await payload.find({ collection, limit: 0, depth: 0, locale: 'all' })
      const said = docs.filter((doc) => /matcher/i.test(JSON.stringify(doc))).map((doc) => String((doc as { slug?: string }).slug))
      expect(said, collection).toEqual([])
    }
  })

  it('reads every language in one pass exactly as language by language, for every document (the site build, issue 18)', async () => {
    const languages = ['de', 'en', 'tr', 'ar', 'uk']
    expect(payload.config.localization && payload.config.localization.localeCodes).toEqual(languages)
    // Translated lists without a row in any language come as `{}` (the seed has none of these).
    const [feld] = (await payload.find({ collection: handlungsfelderSlug, limit: 1, depth: 0 })).docs
    await payload.create({
      collection: angeboteSlug,
      data: { title: 'Ohne Schritte', summary: 'Noch ohne Schritte und Unterlagen.', kind: 'beratung', handlungsfelder: [feld!.id] } as never,
      draft: true,
    })
    for (const collection of contentSlugs) {
      const read = async (locale: string) =>
        JSON.parse(
          JSON.stringify(
            (await payload.find({ collection, limit: 0, depth: 0, sort: 'id', locale: locale as never, fallbackLocale: false as never })).docs,
          ),
        ) as unknown[]
      const everyLanguage = await read('all')
      for (const locale of languages) expect(inLocale(everyLanguage, locale, languages), `${collection} (${locale})`).toEqual(await read(locale))
    }
  })

  it('seeds every global so that it passes its schema', async () => {
    const failures: string[] = []
    for (const [slug, schema] of Object.entries(globalSchemas)) {
      const doc = await payload.findGlobal({ slug: slug as GlobalSlugName, depth: 0, locale: 'de', overrideAccess: false })
      const result = schema.safeParse(JSON.parse(JSON.stringify(doc)))
      if (!result.success) failures.push(`${slug}: ${describeIssues(result.error).join('; ')}`)
    }
    expect(failures).toEqual([])
  })

  it('uploads the explainer video with captions and a poster that has alt text', async () => {
    const { docs } = await payload.find({ collection: mediaSlug, limit: 0, depth: 0, overrideAccess: false })
    const byType = (type: string) => docs.filter((doc) => doc.mimeType === type)
    expect(byType('video/mp4')).toHaveLength(1)
    expect(byType('text/vtt')).toHaveLength(1)
    for (const doc of docs) expect(mediaSchema.safeParse(JSON.parse(JSON.stringify(doc))).success, doc.filename ?? '').toBe(true)
    const poster = byType('image/jpeg')[0]!
    expect(Object.keys(poster.sizes ?? {})).toEqual(expect.arrayContaining(['small', 'smallAvif', 'medium', 'mediumAvif']))
    expect(poster.sizes?.smallAvif?.mimeType).toBe('image/avif')
  })

  it('is idempotent: seeding again gives the same documents', async () => {
    const before = await Promise.all(contentSlugs.map(count))
    await seed({ payload })
    const after = await Promise.all(contentSlugs.map(count))
    expect(after).toEqual(before)
    expect((await payload.count({ collection: mediaSlug })).totalDocs).toBe(3)
    // One version per seeded Angebot and one per translation written into it – not more after seeding again.
    const { totalDocs } = await payload.countVersions({ collection: angeboteSlug })
    const translations = Object.values(angebotTranslations).reduce((sum, bySlug) => sum + Object.keys(bySlug).length, 0)
    expect(totalDocs).toBe(before[contentSlugs.indexOf(angeboteSlug)]! + translations)
  })
})
