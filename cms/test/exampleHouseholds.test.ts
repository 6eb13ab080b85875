/**
 * Example households with expected matcher results, written from German law (not from the
 * catalogue's own rules), so that mistakes in the catalogue show up here. Each household is a
 * fixture in tests/fixtures/households/; expectations.json says per household which offers must
 * be "yes", "maybe", listed either way, or absent, and cites the law and pages it relies on.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { angebote } from '../src/seed/data/index.ts'
import {
  contractOfferSlugs,
  evaluateHousehold,
  householdProblems,
  householdSchema,
  matchableOffers,
  type Match,
  type MatchableOffer,
} from '@familienrathaus/content-schemas'

const referenceDate = '2026-11-21'
const fixtures = path.join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'households')

type Expectation = {
  file: string
  description: string
  yes: string[]
  maybe: string[]
  yesOrMaybe: string[]
  absent: string[]
  sources: string[]
}

/** The contract's offer slugs plus Hamm's own offers and the offers added since. */
const knownSlugs = new Set<string>([
  ...contractOfferSlugs,
  'familienrathaus-hamm',
  'beistandschaft',
  'unterhaltsberatung',
  'schwangerschaftsberatung',
  'bundesstiftung-mutter-und-kind',
  'pflegegeld',
  'entlastungsbetrag-pflege',
  'fruehfoerderung',
  'eingliederungshilfe',
  'schwerbehindertenausweis',
  'bafoeg',
  'studienstarthilfe',
  'berufsausbildungsbeihilfe',
  'jugendberufsagentur',
  'erziehungsberatung',
  'familienbildung',
  'kinderbetreuungskosten-steuer',
  'maxiticket-hamm',
  'sozialticket',
  'pflegekinder-leistungen',
  'migrationsberatung',
  'integrationskurs',
  'kus',
  'familienbeirat',
  'familieninfobrief',
  'alleinerziehende',
  // Added after the legal audit (issue 11).
  'sozialhilfe',
  'wohnberechtigungsschein',
  'schuelerfahrkosten',
  'schuldnerberatung',
  'ausweis-reisepass-kinder',
  'geburtsurkunde-namensbestimmung',
  'vaterschaft-sorgeerklaerung',
  'waisenrente',
  'mutter-vater-kind-kur',
  'haushaltshilfe',
  'familienversicherung',
  'pflegezeit-familienpflegezeit',
  'hilfen-zur-erziehung',
  'hilfe-bei-gewalt',
  'bildungsgutschein',
  'kulturrucksack',
])

const expectations: Expectation[] = JSON.parse(readFileSync(path.join(fixtures, 'expectations.json'), 'utf8'))
const fixtureFiles = readdirSync(fixtures)
  .filter((name) => name.endsWith('.json') && name !== 'expectations.json')
  .sort()

/** The seed catalogue as the matcher sees it; an offer whose rules do not parse is reported, not dropped silently. */
const ruleErrors: string[] = []
const offers: MatchableOffer[] = matchableOffers(angebote, { invalid: (slug, problems) => ruleErrors.push(`${slug}: ${problems.join('; ')}`) })
const catalogue = new Set(offers.map((offer) => offer.slug))

const describeMatch = (match: Match | undefined) =>
  match
    ? `${match.fit} (reasons: ${match.reasons.join(' | ')}${match.missing?.length ? `; missing: ${match.missing.join(', ')}` : ''})`
    : 'not listed'

const notInCatalogue = (slug: string) => `${slug}: not in the catalogue (yet)`

describe('example households (expectations from German law)', () => {
  it('has at least 25 households, each citing at least one source', () => {
    expect(expectations.length).toBeGreaterThanOrEqual(25)
    const unsourced = expectations.filter((e) => !Array.isArray(e.sources) || e.sources.filter((s) => s.trim()).length === 0)
    expect(
      unsourced.map((e) => e.file),
      'households without sources',
    ).toEqual([])
  })

  it('has one expectation for every fixture file and a fixture for every expectation', () => {
    expect(expectations.map((e) => e.file).sort()).toEqual(fixtureFiles)
  })

  it('names only known offer slugs, each at most once per household', () => {
    const problems: string[] = []
    for (const e of expectations) {
      const all = [...e.yes, ...e.maybe, ...e.yesOrMaybe, ...e.absent]
      for (const slug of all) if (!knownSlugs.has(slug)) problems.push(`${e.file}: unknown slug ${slug}`)
      const twice = all.filter((slug, i) => all.indexOf(slug) !== i)
      for (const slug of new Set(twice)) problems.push(`${e.file}: ${slug} is listed more than once`)
    }
    expect(problems).toEqual([])
  })

  it('can read the rules of every offer in the seed catalogue', () => {
    expect(ruleErrors).toEqual([])
  })

  for (const expectation of expectations) {
    it(expectation.description, () => {
      const raw = JSON.parse(readFileSync(path.join(fixtures, expectation.file), 'utf8'))
      const parsed = householdSchema.safeParse(raw)
      expect(parsed.success ? [] : householdProblems(parsed.error), `${expectation.file} is not a valid household`).toEqual([])
      if (!parsed.success) return

      const result = evaluateHousehold({ household: parsed.data, offers, referenceDate })
      const bySlug = new Map(result.matches.map((match) => [match.slug, match]))
      const problems: string[] = []

      for (const slug of expectation.yes) {
        if (!catalogue.has(slug)) problems.push(notInCatalogue(slug))
        else if (bySlug.get(slug)?.fit !== 'yes') problems.push(`${slug}: expected yes, got ${describeMatch(bySlug.get(slug))}`)
      }
      for (const slug of expectation.maybe) {
        if (!catalogue.has(slug)) problems.push(notInCatalogue(slug))
        else if (bySlug.get(slug)?.fit !== 'maybe') problems.push(`${slug}: expected maybe, got ${describeMatch(bySlug.get(slug))}`)
      }
      for (const slug of expectation.yesOrMaybe) {
        if (!catalogue.has(slug)) problems.push(notInCatalogue(slug))
        else if (!bySlug.has(slug)) problems.push(`${slug}: expected to be listed (yes or maybe), got not listed`)
      }
      for (const slug of expectation.absent) {
        if (bySlug.has(slug)) problems.push(`${slug}: expected absent, got ${describeMatch(bySlug.get(slug))}`)
      }

      expect(problems, `${expectation.file} – ${expectation.description}`).toEqual([])
    })
  }
})
