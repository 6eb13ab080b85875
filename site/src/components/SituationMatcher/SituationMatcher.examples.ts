import type { Household } from '@familienrathaus/content-schemas'

import { rulesSchema } from '@familienrathaus/content-schemas'

import { compactRules, matcherTopics, type MatcherOffer } from '#lib/matcherCatalogue.ts'

import type { SituationMatcherProps } from './SituationMatcher.tsx'

/**
 * One source of example states for the situation matcher, reused by the render test (and any
 * html-validate or axe run over rendered examples). The offers are a small stand-in catalogue with
 * rules in the CMS's shape; the real rules live in the CMS and are tested in content-schemas.
 */
export const exampleReferenceDate = '2026-06-01'

/** Rules are written as the CMS stores them and go through the same schema as on the site. */
const offer = (
  slug: string,
  title: string,
  kind: MatcherOffer['kind'],
  topic: MatcherOffer['topic'],
  rules: unknown[],
  extra: Partial<MatcherOffer> = {},
): MatcherOffer => ({
  slug,
  title,
  kind,
  topic,
  summary: `${title} für Familien in Hamm.`,
  rules: compactRules(rulesSchema.parse(rules)),
  href: `/angebote/${slug}/`,
  documents: [],
  ...extra,
})

const familienrathaus = { title: 'Familienrathaus Hamm', href: '/kontakte/familienrathaus/', phone: '02381 17-0', tel: 'tel:+49238117-0' }

export const exampleOffers: MatcherOffer[] = [
  offer('kindergeld', 'Kindergeld', 'geldleistung', 'geld', [{ blockType: 'child', maxAge: 18 }], {
    nextStep: 'Antrag bei der Familienkasse stellen.',
    applyUrl: 'https://www.arbeitsagentur.de/familie-und-kinder',
    documents: ['Steuer-Identifikationsnummer von Ihnen und Ihrem Kind', 'Geburtsurkunde'],
    contact: familienrathaus,
    benefit: 'kindergeld',
    amount: {
      kind: 'perChild',
      period: 'month',
      byAge: [{ belowAge: 18, value: 259 }],
      maybeBelowAge: 25,
      upTo: false,
      lessMaintenance: false,
      source: '§ 66 EStG',
      asOf: '2026-01-01',
    },
  }),
  offer(
    'elterngeld',
    'Elterngeld und ElterngeldPlus',
    'geldleistung',
    'geld',
    [
      {
        blockType: 'any',
        conditions: [
          { blockType: 'child', maxAge: 14 / 12 },
          { blockType: 'adult', pregnant: true },
        ],
      },
      { blockType: 'income', match: ['none', 'low', 'middle', 'high'] },
    ],
    {
      nextStep: 'Antrag nach der Geburt bei der Elterngeldstelle stellen.',
      documents: ['Geburtsurkunde', 'Nachweise über das Einkommen vor der Geburt'],
      contact: familienrathaus,
      amount: {
        kind: 'range',
        period: 'month',
        min: 300,
        max: 1800,
        byAge: [],
        upTo: false,
        lessMaintenance: false,
        source: '§ 2 BEEG',
        asOf: '2026-01-01',
      },
      video: { title: 'Das Familienrathaus in zwei Minuten', href: '/erklaervideos/das-familienrathaus-in-zwei-minuten/' },
    },
  ),
  offer(
    'kinderzuschlag',
    'Kinderzuschlag',
    'geldleistung',
    'geld',
    [
      { blockType: 'child', maxAge: 25 },
      { blockType: 'income', match: ['low'], borderline: ['middle'] },
    ],
    { documents: ['Einkommensnachweise der letzten sechs Monate'], benefit: 'kinderzuschlag' },
  ),
  offer('bildung-und-teilhabe', 'Bildung und Teilhabe (YouCardHamm)', 'geldleistung', 'geld', [
    { blockType: 'child', maxAge: 25 },
    { blockType: 'receives', benefits: ['buergergeld', 'wohngeld', 'kinderzuschlag', 'asylbewerberleistungen'] },
  ]),
  offer('unterhaltsvorschuss', 'Unterhaltsvorschuss', 'geldleistung', 'geld', [
    { blockType: 'household', singleParent: true },
    { blockType: 'child', maxAge: 18, maintenance: ['none', 'partial'] },
  ]),
  offer(
    'kita-platz',
    'Kita-Platz',
    'betreuung',
    'betreuung-schule',
    [
      { blockType: 'child', minAge: 1, maxAge: 6 },
      { blockType: 'household', livesInHamm: true },
    ],
    { nextStep: 'Im Kita-Navigator anmelden.', contact: familienrathaus },
  ),
  offer('mutterschutz', 'Mutterschutz', 'service', 'gesundheit', [{ blockType: 'adult', pregnant: true, employment: ['employed', 'trainee'] }]),
  offer('mutterschaftsgeld', 'Mutterschaftsgeld', 'geldleistung', 'geld', [
    { blockType: 'child', maxAge: 12 / 52 },
    { blockType: 'adult', gaveBirth: 'ja', employment: ['employed', 'trainee'] },
  ]),
  offer('waisenrente', 'Waisenrente', 'geldleistung', 'geld', [
    { blockType: 'child', maxAge: 18 },
    { blockType: 'proviso', text: 'ein Elternteil Ihres Kindes gestorben ist' },
  ]),
  offer('familienrathaus-hamm', 'Familienrathaus Hamm', 'service', 'beratung-hilfe', [], { contact: familienrathaus }),
]

export type SituationMatcherExample = {
  name: string
  description: string
  household?: Household
  /** Slugs that must be listed as "passt" and as "passt vielleicht", and slugs that must not be listed. */
  expected: { yes: string[]; maybe: string[]; absent: string[] }
}

export const situationMatcherExamples: SituationMatcherExample[] = [
  {
    name: 'empty',
    description: 'Nobody in the picture yet: no results, only the invitation to add people.',
    expected: { yes: [], maybe: [], absent: exampleOffers.map((o) => o.slug) },
  },
  {
    name: 'family-with-baby',
    description: 'Two working parents in Hamm with Lina, four months old.',
    household: {
      version: 1,
      livesInHamm: true,
      singleParent: false,
      income: 'middle',
      receives: [],
      members: [
        { role: 'adult', age: 32, relation: 'parent', employment: 'parental-leave' },
        { role: 'adult', age: 34, relation: 'parent', employment: 'employed' },
        { name: 'Lina', role: 'child', age: 4 / 12, relation: 'own', activity: 'none' },
      ],
    },
    expected: {
      yes: ['kindergeld', 'elterngeld', 'familienrathaus-hamm'],
      // Nobody said whether a parent is pregnant again: Mutterschutz stays "maybe", never hidden.
      maybe: ['kinderzuschlag', 'bildung-und-teilhabe', 'mutterschutz'],
      absent: ['unterhaltsvorschuss', 'kita-platz'],
    },
  },
  {
    name: 'single-parent-with-unknowns',
    description: 'A single mother with Mia (7); income, maintenance and benefits left at "Weiß ich nicht".',
    household: {
      version: 1,
      singleParent: true,
      members: [
        { role: 'adult', age: 29 },
        { name: 'Mia', role: 'child', age: 7, activity: 'grundschule' },
      ],
    },
    expected: {
      yes: ['kindergeld', 'familienrathaus-hamm'],
      // Pregnancy was not asked about, so the offers around a birth stay "maybe" as well.
      maybe: ['unterhaltsvorschuss', 'kinderzuschlag', 'bildung-und-teilhabe', 'elterngeld', 'mutterschutz'],
      absent: ['kita-platz'],
    },
  },
  {
    name: 'newborn',
    description: 'Parents with Ben, five weeks old: the mother, employed, gave birth; the father did not.',
    household: {
      version: 1,
      livesInHamm: true,
      income: 'middle',
      receives: [],
      members: [
        { role: 'adult', age: 31, employment: 'employed', pregnant: false, gaveBirth: true },
        { role: 'adult', age: 33, employment: 'employed', pregnant: false, gaveBirth: false },
        { name: 'Ben', role: 'child', age: 5 / 52, relation: 'own', activity: 'none' },
      ],
    },
    expected: {
      yes: ['kindergeld', 'elterngeld', 'mutterschaftsgeld', 'familienrathaus-hamm'],
      // Only a circumstance the finder does not ask about decides (shown apart).
      maybe: ['waisenrente', 'kinderzuschlag'],
      absent: ['mutterschutz', 'kita-platz'],
    },
  },
  {
    name: 'pregnancy',
    description: 'An employed pregnant woman, the baby due in ten weeks, and her partner; no child yet.',
    household: {
      version: 1,
      livesInHamm: true,
      income: 'middle',
      members: [
        { role: 'adult', age: 27, employment: 'employed', pregnant: true, dueInWeeks: 10, healthInsurance: 'statutory' },
        { role: 'adult', age: 30, employment: 'self-employed' },
      ],
    },
    expected: { yes: ['elterngeld', 'mutterschutz', 'familienrathaus-hamm'], maybe: [], absent: ['kindergeld', 'unterhaltsvorschuss'] },
  },
]

/** The island's props for one example. */
export function exampleProps(example: SituationMatcherExample): SituationMatcherProps {
  return {
    offers: exampleOffers,
    topics: matcherTopics(),
    referenceDate: exampleReferenceDate,
    ...(example.household ? { initialHousehold: example.household } : {}),
  }
}
