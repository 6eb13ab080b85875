import type { CollectionConfig } from 'payload'

import {
  angeboteSlug,
  angebotKindOptions,
  benefits,
  erklaervideosSlug,
  germanPhrases,
  handlungsfelderSlug,
  kontakteSlug,
  lebenslageOptions,
  meilensteineSlug,
  offerImportanceOptions,
  reminderKindOptions,
  reminderOffsetLimits,
  reminderUnitOptions,
  textLimits,
  usersSlug,
} from '@familienrathaus/content-schemas'

import { editorsField } from '../access/editorsField.ts'
import { amountField } from '../fields/amount.ts'
import { eligibilityBlocks } from '../fields/eligibilityBlocks.ts'
import { checkEligibility } from '../hooks/checkEligibility.ts'
import { slugField } from '../fields/slug.ts'
import { validateLeikaKey, validateReminderOffset, validateUrl } from '../fields/validators.ts'
import { workflowFields } from '../fields/workflow.ts'
import { sitePreview } from '../lib/preview.ts'
import { editorialAccess, editorialHooks, editorialVersions } from './editorial.ts'
import { fitLabels } from '../lib/tryRule.ts'

export const Angebote: CollectionConfig = {
  slug: angeboteSlug,
  labels: { singular: 'Angebot', plural: 'Angebote' },
  graphQL: { singularName: 'Angebot', pluralName: 'Angebote' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'reviewState', '_status', 'lastReviewedAt'],
    listSearchableFields: ['title', 'summary', 'synonyms'],
    description: 'Angebote und Leistungen für Familien: was es gibt, für wen, und wie man es bekommt.',
    preview: sitePreview(angeboteSlug),
  },
  defaultSort: 'title',
  access: editorialAccess,
  versions: editorialVersions,
  hooks: { ...editorialHooks, beforeChange: [...(editorialHooks?.beforeChange ?? []), checkEligibility] },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    {
      name: 'liveStatus',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/LiveStatus.tsx#LiveStatus' } },
    },
    ...workflowFields(),
    {
      name: 'kind',
      type: 'select',
      label: 'Art des Angebots',
      required: true,
      options: [...angebotKindOptions],
      admin: { position: 'sidebar' },
    },
    {
      name: 'handlungsfelder',
      type: 'relationship',
      label: 'Handlungsfelder',
      relationTo: handlungsfelderSlug,
      hasMany: true,
      required: true,
      admin: { position: 'sidebar' },
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Inhalt',
          fields: [
            {
              name: 'summary',
              type: 'textarea',
              label: 'Kurzbeschreibung',
              required: true,
              localized: true,
              maxLength: textLimits.angebotSummary,
              admin: {
                description: `Höchstens ${textLimits.angebotSummary} Zeichen in einfacher Sprache: Was ist das, und wem hilft es? Erscheint in Listen, Suche und Finder.`,
              },
            },
            {
              name: 'summaryLeichteSprache',
              type: 'textarea',
              label: 'Kurzbeschreibung in Leichter Sprache',
              localized: true,
              maxLength: 600,
              admin: { description: 'Kurze Sätze, ein Gedanke pro Satz, keine Fremdwörter. Wird auf der Seite aufklappbar gezeigt.' },
            },
            { name: 'body', type: 'richText', label: 'Ausführliche Beschreibung', localized: true },
            {
              name: 'costs',
              type: 'textarea',
              label: 'Kosten oder Höhe der Leistung',
              localized: true,
              maxLength: 600,
              admin: { description: 'z. B. „kostenlos“ oder „259 Euro im Monat je Kind (Stand 2026)“.' },
            },
            amountField,
            {
              name: 'erklaervideos',
              type: 'relationship',
              label: 'Erklärvideos',
              relationTo: erklaervideosSlug,
              hasMany: true,
            },
            {
              name: 'synonyms',
              type: 'text',
              label: 'Suchbegriffe',
              localized: true,
              maxLength: 500,
              admin: {
                description: 'Andere Wörter, mit denen Familien suchen, durch Kommas getrennt, z. B. „Kita, Kindergarten, Kindertagesstätte“.',
              },
            },
          ],
        },
        {
          label: 'Für wen',
          fields: [
            {
              name: 'lebenslagen',
              type: 'select',
              label: 'Lebenslagen',
              hasMany: true,
              options: [...lebenslageOptions],
              admin: { description: 'In welchen Lebenslagen ist das Angebot wichtig? Steuert die Lebenslagen-Seiten und Filter.' },
            },
            {
              name: 'eligibility',
              type: 'group',
              label: 'Voraussetzungen',
              admin: {
                description: 'Wer das Angebot bekommen kann. Die Regeln für den Situations-Finder folgen hier.',
              },
              fields: [
                {
                  name: 'summary',
                  type: 'textarea',
                  label: 'Wer kann es bekommen? (Text)',
                  localized: true,
                  maxLength: 1500,
                },
                {
                  name: 'benefit',
                  type: 'select',
                  label: 'Dieses Angebot ist die Leistung …',
                  options: benefits.map((value) => ({ value, label: germanPhrases.benefits[value] })),
                  admin: {
                    description:
                      'Nur für Leistungen, nach denen andere Regeln fragen („Bezieht schon …“): Sagt eine Familie nicht, ob sie die Leistung bekommt, prüft der Situations-Finder dieses Angebot. Sonst leer lassen.',
                  },
                },
                {
                  name: 'rules',
                  type: 'blocks',
                  label: 'Regeln für den Situations-Finder',
                  labels: { singular: 'Bedingung', plural: 'Bedingungen' },
                  blocks: eligibilityBlocks,
                  admin: {
                    description:
                      'Alle Bedingungen hier müssen zutreffen. Für „oder“ die Gruppe „Eine davon (oder)“ verwenden. Die Regel in Worten und das Ergebnis Ihrer Testfamilien stehen unter den Bedingungen. Fehlt einer Familie eine Angabe, zeigt der Finder das Angebot als „passt vielleicht“.',
                  },
                },
                {
                  name: 'ruleInWords',
                  type: 'ui',
                  admin: { components: { Field: '/components/RuleSentence.tsx#RuleSentence' } },
                },
                {
                  name: 'testFamilies',
                  type: 'array',
                  label: 'Testfamilien',
                  labels: { singular: 'Testfamilie', plural: 'Testfamilien' },
                  admin: {
                    description:
                      'Erfundene Beispielhaushalte mit dem erwarteten Ergebnis. Veröffentlichen geht nur, wenn alle stimmen. Nie den Link oder die Angaben einer echten Familie eintragen: Sie blieben hier gespeichert und für die ganze Redaktion lesbar. Tipp: einen ausgedachten Haushalt im Situations-Finder zusammenstellen, „Link teilen“ und den Link hier einfügen.',
                  },
                  fields: [
                    { name: 'name', type: 'text', label: 'Beschreibung', required: true, maxLength: 160 },
                    {
                      name: 'household',
                      type: 'textarea',
                      label: 'Haushalt (Link aus dem Finder oder JSON)',
                      required: true,
                      maxLength: 20000,
                    },
                    {
                      name: 'expected',
                      type: 'select',
                      label: 'Erwartetes Ergebnis',
                      required: true,
                      options: Object.entries(fitLabels).map(([value, label]) => ({ value, label })),
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: 'Antrag',
          fields: [
            {
              name: 'applyUrl',
              type: 'text',
              label: 'Online-Antrag (Link)',
              validate: validateUrl,
              admin: { description: 'Vollständige Adresse mit https://' },
            },
            {
              name: 'steps',
              type: 'array',
              label: 'Schritte',
              labels: { singular: 'Schritt', plural: 'Schritte' },
              localized: true,
              maxRows: 12,
              fields: [{ name: 'text', type: 'textarea', label: 'Was ist zu tun?', required: true, maxLength: 500 }],
            },
            {
              name: 'documents',
              type: 'array',
              label: 'Unterlagen',
              labels: { singular: 'Unterlage', plural: 'Unterlagen' },
              localized: true,
              maxRows: 20,
              admin: { description: 'Was Familien mitbringen oder hochladen müssen.' },
              fields: [{ name: 'text', type: 'text', label: 'Unterlage', required: true, maxLength: 200 }],
            },
            {
              name: 'deadline',
              type: 'text',
              label: 'Frist (optional)',
              localized: true,
              maxLength: 200,
              admin: {
                description:
                  'Die Frist, die eine Familie kennen muss, in einem kurzen Satz: z. B. „Antrag innerhalb von 3 Monaten nach der Geburt“ oder „bis zu 6 Monate rückwirkend“. Der Situations-Finder zeigt sie bei „Das sollten Sie zuerst tun“.',
              },
            },
            {
              name: 'reminders',
              type: 'array',
              label: 'Fristen ab der Geburt (Kalender-Erinnerungen)',
              labels: { singular: 'Frist', plural: 'Fristen' },
              maxRows: 5,
              admin: {
                description:
                  'Für Familien, die ein Baby erwarten oder bekommen haben: Der Situations-Finder rechnet daraus Termine für „In meinen Kalender“, z. B. „Elterngeld beantragen“, bis 3 Monate nach der Geburt.',
              },
              fields: [
                { name: 'label', type: 'text', label: 'Was zu tun ist', required: true, localized: true, maxLength: 120 },
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'kind',
                      type: 'select',
                      label: 'Art',
                      required: true,
                      defaultValue: 'until',
                      options: reminderKindOptions.map(({ value, label }) => ({ value, label })),
                    },
                    {
                      name: 'offset',
                      type: 'number',
                      label: 'Abstand zur Geburt',
                      required: true,
                      min: reminderOffsetLimits.min,
                      max: reminderOffsetLimits.max,
                      validate: validateReminderOffset,
                      admin: { description: 'Vor der Geburt: negative Zahl (-7 Wochen).', step: 1 },
                    },
                    {
                      name: 'unit',
                      type: 'select',
                      label: 'in',
                      required: true,
                      defaultValue: 'months',
                      options: reminderUnitOptions.map(({ value, label }) => ({ value, label })),
                    },
                  ],
                },
              ],
            },
            {
              name: 'importance',
              type: 'select',
              label: 'Wichtigkeit im Situations-Finder',
              options: [...offerImportanceOptions],
              admin: {
                description: 'Passt das Angebot, steht es bei „Zuerst tun“ oben, die anderen folgen nach Thema. Ohne Angabe: normal.',
              },
            },
          ],
        },
        {
          label: 'Kontakt und Recht',
          fields: [
            {
              name: 'provider',
              type: 'text',
              label: 'Träger / Anbieter',
              localized: true,
              maxLength: 200,
              admin: { description: 'Wer das Angebot macht, z. B. „Stadt Hamm, Jugendamt“ oder „Familienkasse“.' },
            },
            { name: 'kontakte', type: 'relationship', label: 'Ansprechstellen', relationTo: kontakteSlug, hasMany: true },
            {
              type: 'row',
              fields: [
                {
                  name: 'legalBasis',
                  type: 'text',
                  label: 'Rechtsgrundlage',
                  maxLength: 200,
                  admin: { description: 'z. B. „§ 62 EStG“' },
                },
                { name: 'legalBasisUrl', type: 'text', label: 'Link zur Rechtsgrundlage', validate: validateUrl },
              ],
            },
            {
              name: 'meilensteine',
              type: 'join',
              label: 'Meilensteine, die auf dieses Angebot verweisen',
              collection: meilensteineSlug,
              on: 'angebote',
              admin: { description: 'Vor dem Löschen prüfen: Diese Verweise verschwinden mit dem Angebot von der Website.' },
            },
            {
              name: 'leikaKey',
              type: 'text',
              label: 'LeiKa-/FIM-Schlüssel (optional)',
              validate: validateLeikaKey,
              admin: {
                description:
                  '14 Ziffern aus dem Leistungskatalog, falls bekannt. Steht in den offenen Daten (/opendata/), damit andere Portale das Angebot zuordnen können.',
              },
            },
          ],
        },
        {
          label: 'Gültigkeit und Pflege',
          fields: [
            {
              name: 'prominentQuickExit',
              type: 'checkbox',
              label: '„Seite schnell verlassen“ groß zeigen',
              admin: {
                description:
                  'Für Angebote, die jemand heimlich lesen könnte, z. B. Hilfe bei Gewalt oder Schwangerschaftsberatung: Der Knopf steht dann groß oben auf der Seite.',
              },
            },
            {
              name: 'translatedOn',
              type: 'date',
              label: 'Übersetzt am (nur in den anderen Sprachen)',
              localized: true,
              admin: {
                date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
                description:
                  'Der Tag der Übersetzung in die gewählte Sprache. Die Seite nennt ihn und sagt, dass die deutsche Fassung maßgeblich ist. Was nicht übersetzt ist, erscheint auf Deutsch.',
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'validFrom',
                  type: 'date',
                  label: 'Gültig ab',
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
                },
                {
                  name: 'validUntil',
                  type: 'date',
                  label: 'Gültig bis',
                  admin: {
                    date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
                    description: 'Nach diesem Tag verschwindet das Angebot von selbst von der Website.',
                  },
                  validate: (value: unknown, { siblingData }: { siblingData: { validFrom?: string | null } }) => {
                    if (!value || !siblingData.validFrom) return true
                    return new Date(String(value)) >= new Date(siblingData.validFrom) ? true : '„Gültig bis“ darf nicht vor „Gültig ab“ liegen.'
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'lastReviewedAt',
                  type: 'date',
                  label: 'Zuletzt inhaltlich geprüft am',
                  admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
                },
                {
                  name: 'owner',
                  type: 'relationship',
                  label: 'Verantwortlich für die Pflege',
                  relationTo: usersSlug,
                  access: { read: editorsField },
                  admin: { description: 'Bekommt die Erinnerung, wenn die Prüfung länger als ein Jahr her ist.' },
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
