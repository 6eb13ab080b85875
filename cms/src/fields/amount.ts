import type { Field } from 'payload'

import { amountCalculatorOptions, amountKindOptions, amountPeriodOptions, amountSchema } from '@familienrathaus/content-schemas'

/** What to fix, in German, for each part of an amount the content schema refuses (the schema says it in English). */
const messages: Record<string, string> = {
  value: 'Bitte den Betrag in Euro angeben.',
  byAge: 'Bitte mindestens eine Altersstufe angeben; die Altersgrenzen müssen von oben nach unten steigen.',
  min: '„Von“ darf nicht größer sein als „bis“.',
  max: 'Bitte „von“ und „bis“ in Euro angeben.',
  calculator: 'Bitte angeben, wie der Betrag berechnet wird.',
  source: 'Bitte die Quelle der Beträge angeben (Gesetz oder Seite der Behörde).',
  asOf: 'Bitte angeben, wann die Beträge zuletzt geprüft wurden (Stand).',
  period: 'Bitte angeben, ob der Betrag monatlich, jährlich oder einmalig gezahlt wird.',
}

type AmountData = Record<string, unknown> & { kind?: unknown }

/** The whole group is checked where its kind is chosen: an amount either reads completely or is refused with what is missing. */
function validateAmount(kind: unknown, { siblingData }: { siblingData: AmountData }): string | true {
  if (!kind) return true
  const data: AmountData = { ...siblingData, kind }
  const issuesOf = (value: AmountData) => amountSchema.safeParse(value).error?.issues ?? []
  // The schema checks how the parts fit together only once each part reads: a second pass with
  // source and Stand filled in names those problems too, so the editor sees everything at once.
  const issues = [...issuesOf(data), ...issuesOf({ ...data, source: data.source || '-', asOf: data.asOf || '2000-01-01' })]
  if (issues.length === 0) return true
  const fields = [...new Set(issues.map((issue) => String(issue.path[0] ?? '')))]
  return fields.map((field) => messages[field] ?? `Bitte „${field}“ prüfen.`).join(' ')
}

const when =
  (...kinds: string[]) =>
  (_: unknown, sibling: AmountData) =>
    kinds.includes(String(sibling?.kind ?? ''))

const kindChosen = (_: unknown, sibling: AmountData) => Boolean(sibling?.kind)

/**
 * What a money offer pays, as data: the offer page and the finder word it from here (no amount in
 * four texts that drift apart), and the dashboard can list amounts whose „Stand“ is old.
 */
export const amountField: Field = {
  name: 'amount',
  type: 'group',
  label: 'Betrag als Daten (für Geldleistungen)',
  admin: {
    description:
      'Der Situations-Finder rechnet damit für die Familie, die Angebotsseite zeigt denselben Text. Ändern sich die Beträge (z. B. zum 1. Januar), ändern Sie nur diese Zahlen und den Stand.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: 'Art des Betrags',
          options: [...amountKindOptions],
          validate: validateAmount as never,
          admin: { description: 'Leer lassen, wenn das Angebot kein Geld zahlt.' },
        },
        {
          name: 'period',
          type: 'select',
          label: 'Gezahlt',
          options: [...amountPeriodOptions],
          admin: { condition: kindChosen },
        },
      ],
    },
    { name: 'value', type: 'number', label: 'Betrag in Euro', min: 0, max: 100_000, admin: { condition: when('fixed') } },
    {
      name: 'byAge',
      type: 'array',
      label: 'Betrag pro Kind nach Alter',
      labels: { singular: 'Altersstufe', plural: 'Altersstufen' },
      admin: {
        condition: when('perChild'),
        description: 'Von jung nach alt. Beispiel Unterhaltsvorschuss: unter 6 Jahren 227 €, unter 12 Jahren 299 €, unter 18 Jahren 394 €.',
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'belowAge', type: 'number', label: 'Für Kinder jünger als (Jahre)', required: true, min: 0, max: 120 },
            { name: 'value', type: 'number', label: 'Betrag in Euro', required: true, min: 0, max: 100_000 },
          ],
        },
      ],
    },
    {
      name: 'maybeBelowAge',
      type: 'number',
      label: 'Ältere Kinder vielleicht bis zu diesem Alter (Jahre, ausschließlich)',
      min: 0,
      max: 120,
      admin: {
        condition: when('perChild'),
        description:
          'Zum Beispiel Kindergeld: sicher unter 18, in Ausbildung oder Studium bis 25 – dann 25 eintragen. Sie zählen in der oberen Schätzung.',
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'min', type: 'number', label: 'Von (Euro)', min: 0, max: 100_000, admin: { condition: when('range', 'computed') } },
        { name: 'max', type: 'number', label: 'Bis (Euro)', min: 0, max: 100_000, admin: { condition: when('range', 'computed') } },
      ],
    },
    {
      name: 'upTo',
      type: 'checkbox',
      label: 'Der Betrag ist ein Höchstbetrag („bis zu …“)',
      admin: { condition: when('fixed', 'perChild') },
    },
    {
      name: 'lessMaintenance',
      type: 'checkbox',
      label: 'Unterhalt, den das Kind bekommt, wird abgezogen',
      admin: {
        condition: when('perChild'),
        description:
          'Zum Beispiel Unterhaltsvorschuss: Zahlt der andere Elternteil einen Teil, zählt das Kind in der Schätzung nur im oberen Betrag.',
      },
    },
    {
      name: 'calculator',
      type: 'select',
      label: 'Genauer berechnen aus den Zahlen der Familie',
      options: [...amountCalculatorOptions],
      admin: {
        condition: kindChosen,
        description:
          'Gibt die Familie im Situations-Finder Einkommen und Miete an, rechnet der Finder damit (bei „Wird aus den Angaben der Familie berechnet“ nötig). Sonst gilt der Betrag oben.',
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'text',
          label: 'Quelle der Beträge',
          maxLength: 300,
          admin: { condition: kindChosen, description: 'Gesetz oder Seite der Behörde, z. B. „§ 66 EStG“.' },
        },
        {
          name: 'asOf',
          type: 'date',
          label: 'Stand',
          admin: {
            condition: kindChosen,
            date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
            description: 'Wann die Beträge zuletzt geprüft wurden. Älter als ein Jahr: die Übersicht erinnert daran.',
          },
        },
      ],
    },
  ],
}
