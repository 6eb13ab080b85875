import type { CollectionConfig } from 'payload'

import { angeboteSlug, kontaktKindOptions, kontakteSlug } from '@familienrathaus/content-schemas'

import { authenticated } from '../access/authenticated.ts'
import { authenticatedOrPublished } from '../access/authenticatedOrPublished.ts'
import { slugField } from '../fields/slug.ts'
import { validateEmail, validatePostalCode, validateUrl } from '../fields/validators.ts'
import { triggerSiteRebuild, triggerSiteRebuildOnDelete } from '../hooks/triggerSiteRebuild.ts'

export const Kontakte: CollectionConfig = {
  slug: kontakteSlug,
  labels: { singular: 'Kontakt', plural: 'Kontakte' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'phone', '_status'],
    description: 'Dienststellen, Beratungsstellen und Träger mit Adresse und Öffnungszeiten. Keine Namen von Einzelpersonen.',
  },
  defaultSort: 'title',
  access: {
    read: authenticatedOrPublished,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [triggerSiteRebuild], afterDelete: [triggerSiteRebuildOnDelete] },
  fields: [
    { name: 'title', type: 'text', label: 'Name der Stelle', required: true, localized: true, maxLength: 160 },
    slugField(),
    {
      name: 'kind',
      type: 'select',
      label: 'Art der Stelle',
      required: true,
      options: [...kontaktKindOptions],
      admin: { position: 'sidebar' },
    },
    { name: 'summary', type: 'textarea', label: 'Wofür diese Stelle da ist', localized: true, maxLength: 400 },
    {
      type: 'row',
      fields: [
        { name: 'street', type: 'text', label: 'Straße und Hausnummer', required: true },
        { name: 'postalCode', type: 'text', label: 'PLZ', required: true, validate: validatePostalCode },
        { name: 'city', type: 'text', label: 'Ort', required: true, defaultValue: 'Hamm' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: 'Telefon', admin: { description: 'z. B. 02381 17-0' } },
        { name: 'email', type: 'text', label: 'E-Mail', validate: validateEmail },
        { name: 'website', type: 'text', label: 'Website', validate: validateUrl },
      ],
    },
    {
      name: 'openingHours',
      type: 'textarea',
      label: 'Öffnungszeiten',
      localized: true,
      admin: { description: 'Eine Zeile je Tag oder Zeitraum, z. B. „Mo–Fr 8:00–12:00 Uhr“.' },
    },
    {
      name: 'angebote',
      type: 'join',
      label: 'Angebote dieser Stelle',
      collection: angeboteSlug,
      on: 'kontakte',
      admin: { description: 'Wird aus den Angeboten übernommen: dort die Ansprechstelle auswählen.' },
    },
  ],
}
