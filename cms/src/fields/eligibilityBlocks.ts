import type { Block, Field } from 'payload'

import {
  activities,
  adultRelations,
  childRelations,
  employments,
  activityLabels,
  employmentLabels,
  germanPhrases,
  incomeLabels,
  insuranceLabels,
  maintenanceLabels,
  relationLabels,
  residenceLabels,
  ruleFieldLabels,
  incomeBands,
  insurances,
  maintenances,
  residenceStatuses,
  ruleGroupLevelSuffixes,
  ruleTextMaxLength,
} from '@familienrathaus/content-schemas'

/**
 * The eligibility rules as blocks, so editors build them without code: people-related conditions
 * (a child, an adult, anyone), household facts, income, benefits received, and groups
 * (all / any / not) nested two levels deep.
 */
const options = (values: readonly string[], labels: Record<string, string>) => values.map((value) => ({ value, label: labels[value] ?? value }))
const multi = (name: string, label: string, values: readonly string[], labels: Record<string, string>): Field => ({
  name,
  type: 'select',
  label,
  hasMany: true,
  options: options(values, labels),
  admin: { description: 'Leer lassen: egal.' },
})
const triState = (name: string, label: string): Field => ({
  name,
  type: 'select',
  label,
  options: [
    { value: 'ja', label: 'ja' },
    { value: 'nein', label: 'nein' },
  ],
  admin: { description: 'Leer lassen: egal.' },
})
const age = (name: string, label: string, description: string): Field => ({
  name,
  type: 'number',
  label,
  min: 0,
  max: 120,
  admin: { step: 0.25, description },
})
const reason: Field = {
  name: 'reason',
  type: 'text',
  label: 'Begründung (optional)',
  localized: true,
  maxLength: ruleTextMaxLength,
  admin: { description: 'Eigener Satz für Familien, wenn die Bedingung erfüllt ist. Sonst wird einer erzeugt, z. B. „Mia ist 2 Jahre alt.“' },
}

const leafBlocks: Block[] = [
  {
    slug: 'child',
    // One type for every level the block appears on.
    interfaceName: 'ChildRuleBlock',
    labels: { singular: 'Ein Kind …', plural: 'Kinder' },
    fields: [
      {
        type: 'row',
        fields: [
          age('minAge', 'Alter ab (Jahre)', 'z. B. 1 oder 0,25 für drei Monate'),
          age('maxAge', 'jünger als (Jahre)', 'z. B. 18 heißt: noch nicht 18'),
          {
            name: 'minAgeByCutoff',
            type: 'number',
            label: 'bis 30. September des Kita-/Schuljahres mindestens (Jahre)',
            min: 0,
            max: 27,
            admin: { description: 'Kita- und Schuljahr beginnen am 1. August. z. B. 4: beitragsfreie Kita-Jahre (§ 50 KiBiz)' },
          },
          {
            name: 'count',
            type: 'number',
            label: 'Mindestens so viele Kinder',
            min: 1,
            max: 10,
            defaultValue: 1,
            admin: { description: '1: ein Kind genügt. 3: mindestens drei Kinder (kinderreich).' },
          },
        ],
      },
      {
        // Presentational only: the fields most rules leave empty wait behind one click.
        type: 'collapsible',
        label: 'Weitere Merkmale des Kindes (Kita/Schule, Unterhalt, Behinderung …)',
        admin: { initCollapsed: true },
        fields: [
          multi('activities', ruleFieldLabels.activities, activities, activityLabels),
          multi('relations', ruleFieldLabels.relations, childRelations, relationLabels),
          multi('maintenance', ruleFieldLabels.maintenance, maintenances, maintenanceLabels),
          {
            type: 'row',
            fields: [
              triState('disability', 'hat eine Behinderung'),
              { name: 'minPflegegrad', type: 'number', label: 'Pflegegrad mindestens', min: 1, max: 5 },
              triState('startingStudies', 'beginnt bald ein Studium'),
            ],
          },
          { name: 'includeMovedOut', type: 'checkbox', label: 'Auch Kinder, die ausgezogen sind (z. B. zum Studium)' },
        ],
      },
      reason,
    ],
  },
  {
    slug: 'adult',
    interfaceName: 'AdultRuleBlock',
    labels: { singular: 'Erwachsene …', plural: 'Erwachsene' },
    fields: [
      {
        type: 'row',
        fields: [
          age('minAge', 'Alter ab (Jahre)', ''),
          age('maxAge', 'jünger als (Jahre)', ''),
          triState('pregnant', 'ist schwanger'),
          {
            name: 'maxDueInWeeks',
            type: 'number',
            label: 'Geburt in höchstens … Wochen',
            min: 0,
            max: 42,
            admin: { condition: (_, sibling: { pregnant?: unknown }) => sibling?.pregnant === 'ja' },
          },
          triState('gaveBirth', 'hat das Baby geboren'),
        ],
      },
      multi('employment', ruleFieldLabels.employment, employments, employmentLabels),
      multi('residence', ruleFieldLabels.residence, residenceStatuses, residenceLabels),
      multi('insurance', ruleFieldLabels.insurance, insurances, insuranceLabels),
      multi('relations', ruleFieldLabels.relations, adultRelations, relationLabels),
      {
        type: 'row',
        fields: [
          triState('disability', 'hat eine Behinderung'),
          { name: 'minGdb', type: 'number', label: 'GdB mindestens', min: 0, max: 100 },
          { name: 'minPflegegrad', type: 'number', label: 'Pflegegrad mindestens', min: 1, max: 5 },
        ],
      },
      reason,
    ],
  },
  {
    slug: 'member',
    interfaceName: 'MemberRuleBlock',
    labels: { singular: 'Jemand im Haushalt …', plural: 'Personen' },
    fields: [
      {
        type: 'row',
        fields: [
          age('minAge', 'Alter ab (Jahre)', ''),
          age('maxAge', 'jünger als (Jahre)', ''),
          triState('disability', 'hat eine Behinderung'),
          { name: 'minGdb', type: 'number', label: 'GdB mindestens', min: 0, max: 100 },
          { name: 'minPflegegrad', type: 'number', label: 'Pflegegrad mindestens', min: 1, max: 5 },
        ],
      },
      reason,
    ],
  },
  {
    slug: 'household',
    interfaceName: 'HouseholdRuleBlock',
    labels: { singular: 'Der Haushalt …', plural: 'Haushalt' },
    fields: [
      {
        type: 'row',
        fields: [
          triState('singleParent', 'ist alleinerziehend'),
          triState('livesInHamm', 'wohnt in Hamm'),
          triState('movedToHammRecently', 'ist neu in Hamm (12 Monate)'),
        ],
      },
      reason,
    ],
  },
  {
    slug: 'income',
    interfaceName: 'IncomeRuleBlock',
    labels: { singular: 'Einkommen', plural: 'Einkommen' },
    fields: [
      { ...multi('match', 'passt bei', incomeBands, incomeLabels), required: true, admin: {} } as Field,
      {
        ...multi('borderline', 'passt vielleicht bei (genaue Höhe entscheidet)', incomeBands, incomeLabels),
        admin: {},
      } as Field,
      reason,
    ],
  },
  {
    slug: 'receives',
    interfaceName: 'ReceivesRuleBlock',
    labels: { singular: 'Bezieht schon …', plural: 'Leistungen' },
    fields: [
      {
        name: 'benefits',
        type: 'select',
        label: 'eine dieser Leistungen',
        hasMany: true,
        required: true,
        options: Object.entries(germanPhrases.benefits).map(([value, label]) => ({ value, label })),
      },
      reason,
    ],
  },
  {
    slug: 'proviso',
    interfaceName: 'ProvisoRuleBlock',
    labels: { singular: 'Nur wenn …', plural: 'Vorbehalte' },
    fields: [
      {
        name: 'text',
        type: 'text',
        label: 'Passt nur, wenn …',
        localized: true,
        maxLength: ruleTextMaxLength,
        admin: {
          description:
            'Ein Umstand, nach dem der Situations-Finder nicht fragt, z. B. „ein Elternteil gestorben ist“. Das Angebot erscheint dann höchstens als „kann auch passen, wenn …“.',
        },
      },
    ],
  },
]

function groupBlocks(suffix: string, inner: Block[]): Block[] {
  const conditions = (label: string, maxRows?: number): Field => ({
    name: 'conditions',
    type: 'blocks',
    label,
    minRows: 1,
    ...(maxRows ? { maxRows } : {}),
    blocks: inner,
  })
  return [
    {
      slug: `all${suffix}`,
      labels: { singular: 'Alle (und)', plural: 'Gruppen (und)' },
      fields: [conditions('Bedingungen'), reason],
    },
    {
      slug: `any${suffix}`,
      labels: { singular: 'Eine davon (oder)', plural: 'Gruppen (oder)' },
      fields: [conditions('Bedingungen'), reason],
    },
    { slug: `not${suffix}`, labels: { singular: 'Nicht: …', plural: 'Verneinungen' }, fields: [conditions('Bedingung', 1), reason] },
  ]
}

/**
 * Each level offers the leaves and the groups of the next level (block names per level from
 * ruleGroupLevelSuffixes); the innermost groups hold leaves only.
 */

/**
 * A small picture per kind of condition for the block chooser (the default is a grey placeholder),
 * as data URIs: nothing is loaded from elsewhere.
 */
const icon = (body: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 80"><rect width="120" height="80" rx="8" fill="#e8f1f8"/><g fill="#00507d" stroke="#00507d" stroke-width="0" font-family="sans-serif" font-weight="700" text-anchor="middle">${body}</g></svg>`,
  )}`
const person = (x: number, scale: number) =>
  `<circle cx="${x}" cy="${40 - 14 * scale}" r="${8 * scale}"/><rect x="${x - 10 * scale}" y="${40 - 4 * scale}" width="${20 * scale}" height="${30 * scale}" rx="${6 * scale}"/>`
const word = (text: string) => `<text x="60" y="50" font-size="24">${text}</text>`
const blockIcons: Record<string, { image: string; alt: string }> = {
  child: { image: icon(person(60, 0.8)), alt: 'Kind' },
  adult: { image: icon(person(60, 1.1)), alt: 'Erwachsene Person' },
  member: { image: icon(person(45, 1) + person(78, 0.75)), alt: 'Jemand im Haushalt' },
  household: { image: icon('<path d="M60 14 L96 42 H86 V70 H34 V42 H24 Z"/>'), alt: 'Haushalt' },
  income: { image: icon('<text x="60" y="58" font-size="44">€</text>'), alt: 'Einkommen' },
  receives: {
    image: icon('<rect x="30" y="24" width="60" height="36" rx="4"/><text x="60" y="50" font-size="20" fill="#e8f1f8">€ ✓</text>'),
    alt: 'Bezieht schon eine Leistung',
  },
  proviso: { image: icon('<text x="60" y="58" font-size="44">?</text>'), alt: 'Umstand, nach dem der Finder nicht fragt' },
  all: { image: icon(word('UND')), alt: 'Alle Bedingungen' },
  any: { image: icon(word('ODER')), alt: 'Mindestens eine Bedingung' },
  not: { image: icon(word('NICHT')), alt: 'Verneinung' },
}
const withIcons = (blocks: Block[]): Block[] =>
  blocks.map((block) => {
    const pictured = blockIcons[block.slug.replace(/Inner\d?$/, '')]
    return pictured ? { ...block, imageURL: pictured.image, imageAltText: pictured.alt } : block
  })

const titledByContent = (blocks: Block[]): Block[] =>
  blocks.map((block) => ({
    ...block,
    admin: { ...block.admin, components: { ...block.admin?.components, Label: '/components/RuleBlockLabel.tsx#RuleBlockLabel' } },
  }))

export const eligibilityBlocks: Block[] = ruleGroupLevelSuffixes.reduceRight<Block[]>(
  (inner, suffix) => withIcons(titledByContent([...leafBlocks, ...groupBlocks(suffix, inner)])),
  withIcons(titledByContent(leafBlocks)),
)
