import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import {
  angeboteSlug,
  decodeHousehold,
  describeIssues,
  evaluateHousehold,
  germanPhrases,
  maxRuleGroupNesting,
  rulesSchema,
  storedBlockTypes,
  type MatchableOffer,
} from '@familienrathaus/content-schemas'
import type { Angebote } from '../payload-types.ts'

import { publishedOffers } from '../lib/offers.ts'
import { publishChecklist, type ChecklistAngebot } from '../lib/publishChecklist.ts'
import { fitLabels } from '../lib/tryRule.ts'
import { refuseFields } from '../lib/refusals.ts'

/**
 * The German draft of an Angebot. The Local API sets the locale it reads on the request it is given,
 * so the request's own locale is put back: the save being checked goes on in its language.
 */
async function germanDraft(req: PayloadRequest, id: number | string, locale: string | undefined) {
  const { locale: ownLocale, fallbackLocale } = req
  try {
    return await req.payload.findByID({
      collection: angeboteSlug,
      id,
      draft: true,
      depth: 0,
      locale: locale as never,
      fallbackLocale: false as never,
      overrideAccess: true,
      req,
    })
  } finally {
    req.locale = ownLocale
    req.fallbackLocale = fallbackLocale
  }
}

/**
 * On every save: the rules must form a valid tree (German message naming the broken condition).
 * On publish: every Testfamilie must get its expected result, evaluated together with the other
 * published offers (chains such as Kinderzuschlag → Bildung und Teilhabe count).
 */
export const checkEligibility: CollectionBeforeChangeHook<Angebote> = async ({ collection, data, originalDoc, req }) => {
  const next = data
  const eligibility = next.eligibility ?? originalDoc?.eligibility
  const parsedRules = rulesSchema.safeParse(eligibility?.rules ?? [])
  if (!parsedRules.success) {
    refuseFields({
      collection: angeboteSlug,
      fields: collection.fields,
      problems: [
        {
          path: 'eligibility.rules',
          message: `Eine Bedingung ist unvollständig: ${describeIssues(parsedRules.error).join('; ')}. Bitte jede Gruppe mit mindestens einer Bedingung füllen und bei „Nicht“ genau eine.`,
        },
      ],
      req,
    })
  }
  if (next.eligibility?.rules !== undefined) {
    // Stored as the editor shows them (a group in a group is "…Inner"), whoever wrote them: a
    // nested "all" where the editor expects "allInner" made the whole Angebot impossible to open.
    const stored = storedBlockTypes(next.eligibility.rules)
    if (!stored) {
      refuseFields({
        collection: angeboteSlug,
        fields: collection.fields,
        problems: [
          {
            path: 'eligibility.rules',
            message: `Gruppen lassen sich höchstens ${maxRuleGroupNesting} Ebenen tief verschachteln. Bitte die innerste Gruppe auflösen oder als eigene Bedingung oben anlegen.`,
          },
        ],
        req,
      })
    }
    // The same blocks under their level's names (storedBlockTypes checks the nesting, not the fields).
    next.eligibility = { ...next.eligibility, rules: stored as NonNullable<NonNullable<Angebote['eligibility']>['rules']> }
  }
  // A person publishing: what a family needs from the offer must be there (the seed's catalogue is
  // checked as a whole by npm run check-catalogue).
  // A person publishing: what a family needs from the offer must be there, in German – the language
  // editors write first – whichever language the admin shows (publishing is for all languages).
  if (next._status === 'published' && req.user) {
    const defaultLocale = req.payload.config.localization ? req.payload.config.localization.defaultLocale : undefined
    const inGerman = !req.locale || req.locale === defaultLocale
    const german =
      inGerman || !originalDoc?.id
        ? { ...(originalDoc ?? {}), ...next }
        : {
            ...(await germanDraft(req, originalDoc.id, defaultLocale)),
            // What this save changes besides the texts (contacts, steps' order …) counts too; texts stay German.
            ...Object.fromEntries(Object.entries(next).filter(([key]) => ['kontakte', 'kind', 'eligibility'].includes(key))),
          }
    const problems = publishChecklist(german as ChecklistAngebot)
    if (problems.length > 0) refuseFields({ collection: angeboteSlug, fields: collection.fields, problems, req })
  }
  // The seed checks its whole catalogue at once (npm run check-catalogue, and a test).
  if (next._status !== 'published' || req.context.skipTestFamilies) return data

  const slug = next.slug ?? originalDoc?.slug ?? 'dieses-angebot'
  // One published Angebot per benefit: chains ("Bezieht schon …") follow it.
  if (eligibility?.benefit) {
    const { docs: claiming } = await req.payload.find({
      collection: angeboteSlug,
      where: {
        and: [{ _status: { equals: 'published' } }, { slug: { not_equals: slug } }, { 'eligibility.benefit': { equals: eligibility.benefit } }],
      },
      depth: 0,
      limit: 1,
      select: { title: true },
      req,
    })
    if (claiming[0]) {
      refuseFields({
        collection: angeboteSlug,
        fields: collection.fields,
        problems: [
          {
            path: 'eligibility.benefit',
            message: `„${germanPhrases.benefits[eligibility.benefit]}“ ist schon das veröffentlichte Angebot „${String(claiming[0].title)}“. Jede Leistung gehört zu genau einem Angebot: bitte dort oder hier das Feld leeren.`,
          },
        ],
        req,
      })
    }
  }

  const families = eligibility?.testFamilies ?? []
  if (families.length === 0) return data
  // The others its chains can reach, as the site and `npm run match` see them today (chains follow
  // only current offers); no other offer changes this one's result.
  const offers: MatchableOffer[] = [
    { slug, title: next.title ?? slug, rules: parsedRules.data, ...(eligibility?.benefit ? { benefit: eligibility.benefit } : {}) },
    ...(await publishedOffers(req.payload, { req, except: slug, chainsOnly: true })),
  ]
  const problems: string[] = []
  families.forEach((family, index) => {
    const household = decodeHousehold(family.household ?? '')
    const name = family.name || `Nr. ${index + 1}`
    if (!household) {
      problems.push(`Testfamilie „${name}“: Der Haushalt ist kein gültiger Link aus dem Finder und kein gültiges JSON.`)
      return
    }
    const match = evaluateHousehold({ household, offers }).matches.find((m) => m.slug === slug)
    const actual = match?.fit ?? 'no'
    if (actual !== family.expected) {
      const why = match ? ` Begründung: ${match.reasons.join(' ')}` : ''
      problems.push(`Testfamilie „${name}“: erwartet „${fitLabels[family.expected ?? 'yes']}“, Ergebnis „${fitLabels[actual]}“.${why}`)
    }
  })
  if (problems.length > 0) {
    refuseFields({
      collection: angeboteSlug,
      fields: collection.fields,
      problems: problems.map((message) => ({ path: 'eligibility.testFamilies', message })),
      req,
    })
  }
  return data
}
