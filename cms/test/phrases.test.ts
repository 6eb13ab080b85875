/**
 * The matcher's phrase sets: every language decides exactly what German decides (the phrases only
 * word it), writes every sentence, and writes it in its own language.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { angebote } from '../src/seed/data/index.ts'
import { arabicPhrases } from '@familienrathaus/content-schemas/matcher/phrases/ar'
import { englishPhrases } from '@familienrathaus/content-schemas/matcher/phrases/en'
import { turkishPhrases } from '@familienrathaus/content-schemas/matcher/phrases/tr'
import { ukrainianPhrases } from '@familienrathaus/content-schemas/matcher/phrases/uk'
import {
  editorWordedRuleKeys,
  evaluateHousehold,
  germanPhrases,
  householdSchema,
  missingFactText,
  matchableOffers,
  type Household,
  type MatchableOffer,
  type MatcherPhrases,
  type MatchResult,
} from '@familienrathaus/content-schemas'

const referenceDate = '2026-11-21'
const fixtures = path.join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'households')
const households: [string, Household][] = readdirSync(fixtures)
  .filter((name) => name.endsWith('.json') && name !== 'expectations.json')
  .sort()
  .map((name) => [name, householdSchema.parse(JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')))])

/** The catalogue without the editors' own (German) reasons, as a page in another language gets it. */
const offers: MatchableOffer[] = matchableOffers(
  angebote.map((angebot) => ({
    ...angebot,
    rules: JSON.parse(JSON.stringify(angebot.rules ?? [], (key, value: unknown) => (editorWordedRuleKeys.includes(key) ? undefined : value))),
  })),
)

const others: [string, MatcherPhrases][] = [
  ['en', englishPhrases],
  ['tr', turkishPhrases],
  ['ar', arabicPhrases],
  ['uk', ukrainianPhrases],
]

/** What a result decides, without its wording. */
const decisions = (result: MatchResult) => ({
  matches: result.matches.map(({ slug, fit, missing, opens, reasons }) => ({ slug, fit, missing, opens, reasons: reasons.length })),
  hints: result.hints.map(({ slug, inMonths, fit, because }) => ({ slug, inMonths, fit, because: because !== undefined })),
})

/** Words that only a German sentence has (names of benefits in brackets are fine). */
const germanWords = /\b(ist|und|oder|nicht|Jahre|Monate|Sie|Ihr|Ihre|Ihrem|hat|bekommen|geht|wohnen|passt|dann)\b/

describe.each(others)('the %s phrases', (lang, phrases) => {
  it('say which language they are', () => expect(phrases.lang).toBe(lang))

  it.each(households)('decide for %s exactly what the German ones decide', (_name, household) => {
    const german = evaluateHousehold({ household, offers, referenceDate })
    const translated = evaluateHousehold({ household, offers, referenceDate, phrases })
    expect(decisions(translated)).toEqual(decisions(german))
  })

  it('write every reason, missing fact and time hint in their own language', () => {
    const sentences = new Set<string>()
    for (const [, household] of households) {
      const result = evaluateHousehold({ household, offers, referenceDate, phrases })
      for (const match of result.matches) {
        for (const reason of match.reasons) sentences.add(reason)
        for (const fact of match.missing ?? []) sentences.add(missingFactText(phrases, fact, household.members))
      }
      for (const hint of result.hints) sentences.add(hint.text.replace(offers.find((offer) => offer.slug === hint.slug)!.title, ''))
    }
    expect(sentences.size).toBeGreaterThan(50)
    for (const sentence of sentences) {
      expect(sentence.trim(), 'an empty sentence').not.toBe('')
      // German benefit names stay recognisable in brackets; take them out before looking for German.
      expect(sentence.replace(/\([^)]*\)/g, ''), sentence).not.toMatch(germanWords)
      expect(sentence, sentence).not.toMatch(/undefined|NaN|\[object/)
    }
  })

  it('have a text for every fact and value', () => {
    const texts = JSON.stringify(phrases, (_key, value: unknown) => (typeof value === 'function' ? 'fn' : value))
    expect(texts).not.toMatch(/""/)
    const keys = (value: object) => Object.keys(value).sort()
    for (const field of [
      'benefits',
      'activity',
      'employment',
      'residence',
      'insurance',
      'maintenance',
      'childRelation',
      'income',
      'household',
      'missingMemberFact',
      'missingHouseholdFact',
    ] as const) {
      expect(keys(phrases[field]), field).toEqual(keys(germanPhrases[field]))
    }
    expect(new Set([1, 2, 5, 11].map((months) => phrases.inMonths(months))).size).toBe(4)
    expect(phrases.ageText(0.25)).not.toBe(phrases.ageText(2))
  })
})

/** The income bands an offer's rules accept outright (an income block's `match`), anywhere in the tree. */
function acceptedBands(offer: MatchableOffer): Set<string> {
  const bands = new Set<string>()
  JSON.stringify(offer.rules, (key, value: unknown) => {
    if (value && typeof value === 'object' && (value as { blockType?: string }).blockType === 'income')
      for (const band of (value as { match: string[] }).match) bands.add(band)
    return value
  })
  return bands
}

describe.each([['de', germanPhrases] as [string, MatcherPhrases], ...others])('reasons in %s', (_lang, phrases) => {
  // Seen in a walk through the finder: „Ihr Einkommen deckt den Bedarf Ihrer Familie" as the reason
  // for Wohngeld, Kinderzuschlag and the Bundesstiftung – a sentence that argues against the offer.
  it('support the fit they are shown with: an income band is a reason only where the offer accepts that band', () => {
    const seen: string[] = []
    for (const [name, household] of households) {
      for (const match of evaluateHousehold({ household, offers, referenceDate, phrases }).matches) {
        const accepted = acceptedBands(offers.find((offer) => offer.slug === match.slug)!)
        for (const [band, sentence] of Object.entries(phrases.income))
          if (band !== 'unknown' && match.reasons.some((reason) => reason.includes(sentence)) && !accepted.has(band))
            seen.push(`${name} ${match.slug} (${match.fit}): ${sentence}`)
      }
    }
    expect(seen).toEqual([])
  })

  it('at the border of a limit point the right way: under it for Kinderfreibetrag, over it for Wohngeld', () => {
    const household = householdSchema.parse({
      version: 1,
      livesInHamm: true,
      income: 'middle',
      members: [
        { role: 'adult', age: 35 },
        { role: 'child', age: 8 },
      ],
    })
    const reasonsOf = (slug: string) =>
      evaluateHousehold({ household, offers, referenceDate, phrases }).matches.find((match) => match.slug === slug)?.reasons ?? []
    expect(reasonsOf('kinderfreibetrag')).toContain(phrases.incomeBorderline.below)
    expect(reasonsOf('wohngeld')).toContain(phrases.incomeBorderline.above)
  })
})

describe('German, the contract language', () => {
  it('is the default', () => {
    const [, household] = households[0]!
    expect(evaluateHousehold({ household, offers, referenceDate })).toEqual(
      evaluateHousehold({ household, offers, referenceDate, phrases: germanPhrases }),
    )
  })
})
