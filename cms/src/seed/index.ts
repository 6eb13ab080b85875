import type { CollectionSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'

import path from 'node:path'

import {
  angeboteSlug,
  erklaervideosSlug,
  handlungsfelderSlug,
  barrierefreiheitSlug,
  datenschutzSlug,
  einstellungenSlug,
  fusszeileSlug,
  gebaerdenspracheSlug,
  impressumSlug,
  kontakteSlug,
  leichteSpracheSlug,
  mediaSlug,
  meilensteineSlug,
  navigationSlug,
  defaultLocale,
  editorWordedRuleKeys,
  eligibilityFieldNames,
} from '@familienrathaus/content-schemas'
import { createLocalReq } from 'payload'

import * as globalsData from './data/globals.ts'
import { angebote, angebotTranslations, erklaervideos, handlungsfelder, kontakte, meilensteine, seedMediaDir } from './data/index.ts'
import { paragraphsToRichText } from './richText.ts'
import type { SeedAngebotTranslation } from './types.ts'
import type { Angebote } from '../payload-types.ts'

type Id = number | string

export type SeedSummary = Record<string, number>

/** Order matters: documents are deleted in reverse and created after what they point to. */
const seededCollections = [
  handlungsfelderSlug,
  kontakteSlug,
  erklaervideosSlug,
  meilensteineSlug,
  angeboteSlug,
] as const satisfies readonly CollectionSlug[]

/**
 * Replaces all content with the seed documents, published. Idempotent: running it twice gives the
 * same content. Makes no network request. The site is rebuilt once by the caller, not per document.
 */
export async function seed({
  payload,
  log = () => {},
  translations = true,
}: {
  payload: Payload
  log?: (line: string) => void
  /** False: German only (each translation is an update of its own, a third of the seed's time). */
  translations?: boolean
}): Promise<SeedSummary> {
  const req = await createLocalReq({ context: { disableRevalidate: true, skipTestFamilies: true } }, payload)

  for (const collection of [...seededCollections].reverse()) {
    await payload.delete({ collection, where: { id: { exists: true } }, req, overrideAccess: true })
  }
  // Seed media only: files uploaded by editors stay.
  await payload.delete({ collection: mediaSlug, where: { seeded: { equals: true } }, req, overrideAccess: true })

  const upload = async (file: string, alt?: string) => {
    const doc = await payload.create({
      collection: mediaSlug,
      data: { alt, seeded: true },
      filePath: path.join(seedMediaDir, file),
      req,
      overrideAccess: true,
    })
    return doc.id as Id
  }

  const ids = {
    handlungsfelder: new Map<string, Id>(),
    kontakte: new Map<string, Id>(),
    erklaervideos: new Map<string, Id>(),
  }
  const resolve = (map: Map<string, Id>, kind: string, slugs: string[]): Id[] =>
    slugs.map((slug) => {
      const id = map.get(slug)
      if (id === undefined) throw new Error(`Seed data refers to unknown ${kind} "${slug}"`)
      return id
    })

  const create = async (collection: CollectionSlug, data: Record<string, unknown>, pr: PayloadRequest) => {
    const doc = await payload.create({
      collection,
      // Seed data is checked against its own types (types.ts); Payload's per-collection types are too narrow here.
      data: { ...data, _status: 'published' } as never,
      req: pr,
      overrideAccess: true,
      draft: false,
    })
    return doc.id as Id
  }

  for (const feld of handlungsfelder) {
    ids.handlungsfelder.set(feld.slug, await create(handlungsfelderSlug, { ...feld, body: paragraphsToRichText(feld.body) }, req))
  }
  for (const kontakt of kontakte) {
    ids.kontakte.set(kontakt.slug, await create(kontakteSlug, kontakt, req))
  }
  for (const { files, ...video } of erklaervideos) {
    const media = files && {
      video: await upload(files.video),
      captions: await upload(files.captions),
      poster: files.poster ? await upload(files.poster, files.posterAlt) : undefined,
    }
    ids.erklaervideos.set(video.slug, await create(erklaervideosSlug, { ...video, ...media }, req))
  }
  for (const meilenstein of meilensteine) {
    await create(
      meilensteineSlug,
      {
        ...meilenstein,
        date: new Date(`${meilenstein.date}T00:00:00.000Z`).toISOString(),
        endDate: meilenstein.endDate ? new Date(`${meilenstein.endDate}T00:00:00.000Z`).toISOString() : undefined,
        body: paragraphsToRichText(meilenstein.body),
        handlungsfelder: resolve(ids.handlungsfelder, 'Handlungsfeld', meilenstein.handlungsfelder),
      },
      req,
    )
  }
  for (const { steps, documents, eligibilitySummary, testFamilies, ...seed } of angebote) {
    // A seed Angebot writes its Voraussetzungen at the top (the summary as eligibilitySummary); every
    // field of that group, as the content schema names them, goes back into the group.
    const angebot: Record<string, unknown> = { ...seed }
    const eligibility: Record<string, unknown> = {
      summary: eligibilitySummary,
      rules: [],
      testFamilies: testFamilies?.map(({ household, ...family }) => ({ ...family, household: JSON.stringify(household) })),
    }
    for (const name of eligibilityFieldNames) {
      if (name === 'summary' || !(name in angebot)) continue
      eligibility[name] = angebot[name]
      delete angebot[name]
    }
    const id = await create(
      angeboteSlug,
      {
        ...angebot,
        steps: steps?.map((text) => ({ text })),
        documents: documents?.map((text) => ({ text })),
        eligibility,
        body: paragraphsToRichText(seed.body),
        handlungsfelder: resolve(ids.handlungsfelder, 'Handlungsfeld', seed.handlungsfelder),
        kontakte: resolve(ids.kontakte, 'Kontakt', seed.kontakte),
        erklaervideos: resolve(ids.erklaervideos, 'Erklärvideo', seed.erklaervideos),
      },
      req,
    )
    const inOtherLanguages = translations ? Object.entries(angebotTranslations).filter(([, bySlug]) => bySlug[seed.slug!]) : []
    // The rules' blocks (and their IDs) as stored in German: each translation keeps them.
    const german =
      inOtherLanguages.length > 0
        ? await payload.findByID({ collection: angeboteSlug, id, depth: 0, locale: defaultLocale, req, overrideAccess: true })
        : undefined
    for (const [locale, bySlug] of inOtherLanguages) {
      await translateAngebot({ payload, req, id, locale, german: german!, translation: bySlug[seed.slug!]! })
    }
  }

  await seedGlobals({ payload, req })

  const summary: SeedSummary = {
    [handlungsfelderSlug]: handlungsfelder.length,
    [kontakteSlug]: kontakte.length,
    [erklaervideosSlug]: erklaervideos.length,
    [meilensteineSlug]: meilensteine.length,
    [angeboteSlug]: angebote.length,
  }
  log(
    `Seeded ${Object.entries(summary)
      .map(([slug, count]) => `${count} ${slug}`)
      .join(', ')}`,
  )
  return summary
}

export async function isEmpty(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: angeboteSlug, overrideAccess: true })
  return totalDocs === 0
}

type GlobalData = { body?: string[]; [key: string]: unknown }

/** Site settings and the required pages; long texts are paragraphs turned into rich text. */
async function seedGlobals({ payload, req }: { payload: Payload; req: PayloadRequest }) {
  const globals: [GlobalSlug, GlobalData][] = [
    [einstellungenSlug, globalsData.einstellungen],
    [navigationSlug, globalsData.navigation],
    [fusszeileSlug, globalsData.fusszeile],
    [impressumSlug, globalsData.impressum],
    [datenschutzSlug, globalsData.datenschutz],
    [barrierefreiheitSlug, { ...globalsData.barrierefreiheit, knownIssues: globalsData.barrierefreiheit.knownIssues.map((text) => ({ text })) }],
    [leichteSpracheSlug, globalsData.leichteSprache],
    [gebaerdenspracheSlug, globalsData.gebaerdensprache],
  ]
  for (const [slug, { body, ...data }] of globals) {
    await payload.updateGlobal({
      slug,
      data: { ...data, ...(body ? { body: paragraphsToRichText(body) } : {}) } as never,
      req,
      overrideAccess: true,
    })
  }
}

/**
 * Writes a seed translation into the Angebot's other language. The rules keep their blocks (same
 * IDs, so the German reasons stay); only their reason and proviso texts are set in that language.
 */
async function translateAngebot({
  payload,
  req,
  id,
  locale,
  german,
  translation: { translatedOn, eligibilitySummary, steps, documents, reminders, ruleTexts = {}, ...texts },
}: {
  payload: Payload
  req: PayloadRequest
  id: Id
  locale: string
  german: Angebote
  translation: SeedAngebotTranslation
}) {
  // A request of its own in that language: the database adapter replaces the localized rows of the
  // request's language, so the shared (German) request would lose the German texts.
  const inLanguage = await createLocalReq({ locale, context: req.context }, payload)
  const translateTexts = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(translateTexts)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value).map(([key, inner]) => [
              key,
              editorWordedRuleKeys.includes(key) && typeof inner === 'string' ? (ruleTexts[inner] ?? null) : translateTexts(inner),
            ]),
          )
        : value
  await payload.update({
    collection: angeboteSlug,
    id,
    locale: locale as never,
    data: {
      ...texts,
      translatedOn: new Date(`${translatedOn}T00:00:00.000Z`).toISOString(),
      steps: steps?.map((text) => ({ text })),
      documents: documents?.map((text) => ({ text })),
      // The rows (and their IDs) stay the German ones; only the label is written in this language.
      ...(reminders ? { reminders: (german.reminders ?? []).map((row, index) => ({ ...row, label: reminders[index] ?? row.label })) } : {}),
      eligibility: { ...german.eligibility, summary: eligibilitySummary, rules: translateTexts(german.eligibility?.rules ?? []) },
      _status: 'published',
    } as never,
    req: inLanguage,
    overrideAccess: true,
    draft: false,
  })
}
