import type { CollectionConfig } from 'payload'

import { angeboteSlug, handlungsfelderSlug, meilensteineSlug } from '@familienrathaus/content-schemas'

import { authenticated } from '../access/authenticated.ts'
import { authenticatedOrPublished } from '../access/authenticatedOrPublished.ts'
import { slugField } from '../fields/slug.ts'
import { triggerSiteRebuild, triggerSiteRebuildOnDelete } from '../hooks/triggerSiteRebuild.ts'

export const Handlungsfelder: CollectionConfig = {
  slug: handlungsfelderSlug,
  labels: { singular: 'Handlungsfeld', plural: 'Handlungsfelder' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', '_status', 'updatedAt'],
    description: 'Die sieben Handlungsfelder der Familienfreundlichsten Stadt. Angebote und Meilensteine ordnen sich ihnen zu.',
  },
  defaultSort: 'order',
  access: {
    read: authenticatedOrPublished,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [triggerSiteRebuild], afterDelete: [triggerSiteRebuildOnDelete] },
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true, maxLength: 160 },
    slugField(),
    {
      name: 'summary',
      type: 'textarea',
      label: 'Kurzbeschreibung',
      required: true,
      localized: true,
      maxLength: 400,
      admin: { description: 'Zwei bis drei Sätze in einfacher Sprache. Erscheint in Übersichten und Suchergebnissen.' },
    },
    { name: 'body', type: 'richText', label: 'Ausführliche Beschreibung', localized: true },
    {
      name: 'order',
      type: 'number',
      label: 'Reihenfolge',
      defaultValue: 0,
      admin: { position: 'sidebar', description: 'Kleinere Zahlen stehen weiter vorne.' },
    },
    {
      name: 'angebote',
      type: 'join',
      label: 'Angebote in diesem Handlungsfeld',
      collection: angeboteSlug,
      on: 'handlungsfelder',
      admin: { description: 'Wird aus den Angeboten übernommen: dort das Handlungsfeld auswählen.' },
    },
    {
      name: 'meilensteine',
      type: 'join',
      label: 'Meilensteine in diesem Handlungsfeld',
      collection: meilensteineSlug,
      on: 'handlungsfelder',
    },
  ],
}
