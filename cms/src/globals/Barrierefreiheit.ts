import { barrierefreiheitSlug } from '@familienrathaus/content-schemas'

import { validateEmail, validatePhone, validateUrl } from '../fields/validators.ts'
import { pageGlobal } from './pageGlobal.ts'

export const Barrierefreiheit = pageGlobal({
  slug: barrierefreiheitSlug,
  label: 'Erklärung zur Barrierefreiheit',
  description:
    'Pflichtangaben nach § 12b BGG / BITV 2.0: Stand der Vereinbarkeit, nicht barrierefreie Inhalte, Feedback-Weg und Schlichtungsverfahren.',
  fields: [
    {
      name: 'conformance',
      type: 'select',
      label: 'Stand der Vereinbarkeit mit BITV 2.0',
      required: true,
      defaultValue: 'teilweise',
      options: [
        { value: 'vollstaendig', label: 'vollständig vereinbar' },
        { value: 'teilweise', label: 'teilweise vereinbar' },
        { value: 'nicht', label: 'nicht vereinbar' },
      ],
    },
    {
      name: 'knownIssues',
      type: 'array',
      label: 'Nicht barrierefreie Inhalte',
      labels: { singular: 'Einschränkung', plural: 'Einschränkungen' },
      localized: true,
      fields: [{ name: 'text', type: 'textarea', label: 'Was ist nicht barrierefrei, und warum?', required: true, maxLength: 600 }],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'assessedOn',
          type: 'date',
          label: 'Erstellt / zuletzt geprüft am',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
        {
          name: 'method',
          type: 'text',
          label: 'Grundlage der Bewertung',
          localized: true,
          maxLength: 300,
          admin: { description: 'z. B. „Selbstbewertung mit automatischen Tests (axe) und manueller Prüfung“.' },
        },
      ],
    },
    {
      name: 'feedback',
      type: 'group',
      label: 'Feedback-Weg: Barrieren melden',
      admin: { description: 'Mindestens ein Weg ist Pflicht: E-Mail, Telefon oder Postanschrift.' },
      validate: (value: unknown) => {
        const feedback = (value ?? {}) as { email?: string; phone?: string; postalAddress?: string }
        return feedback.email || feedback.phone || feedback.postalAddress
          ? true
          : 'Bitte mindestens einen Weg angeben, auf dem Menschen Barrieren melden können.'
      },
      fields: [
        { name: 'email', type: 'text', label: 'E-Mail', validate: validateEmail },
        { name: 'phone', type: 'text', label: 'Telefon', validate: validatePhone },
        { name: 'postalAddress', type: 'textarea', label: 'Postanschrift', maxLength: 300 },
      ],
    },
    {
      name: 'enforcement',
      type: 'group',
      label: 'Schlichtungsverfahren',
      fields: [
        { name: 'body', type: 'textarea', label: 'Schlichtungsstelle und Weg', localized: true, maxLength: 1500 },
        { name: 'url', type: 'text', label: 'Link zur Schlichtungsstelle', validate: validateUrl },
      ],
    },
  ],
})
