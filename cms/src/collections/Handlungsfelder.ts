import type { CollectionConfig } from 'payload'

import { angeboteSlug, handlungsfelderSlug, mediaSlug, meilensteineSlug, textLimits } from '@familienrathaus/content-schemas'

import { slugField } from '../fields/slug.ts'
import { workflowFields } from '../fields/workflow.ts'
import { sitePreview } from '../lib/preview.ts'
import { editorialAccess, editorialHooks, editorialVersions } from './editorial.ts'

export const Handlungsfelder: CollectionConfig = {
  slug: handlungsfelderSlug,
  labels: { singular: 'Handlungsfeld', plural: 'Handlungsfelder' },
  graphQL: { singularName: 'Handlungsfeld', pluralName: 'Handlungsfelder' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', 'reviewState', '_status'],
    description: 'Die sieben Handlungsfelder der Familienfreundlichsten Stadt. Angebote und Meilensteine ordnen sich ihnen zu.',
    preview: sitePreview(handlungsfelderSlug),
  },
  defaultSort: 'order',
  access: editorialAccess,
  versions: editorialVersions,
  hooks: editorialHooks,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    ...workflowFields(),
    {
      name: 'order',
      type: 'number',
      label: 'Reihenfolge',
      defaultValue: 0,
      min: 0,
      max: 999,
      admin: { position: 'sidebar', description: 'Kleinere Zahlen stehen weiter vorne.' },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: 'Kurzbeschreibung',
      required: true,
      localized: true,
      maxLength: textLimits.summary,
      admin: { description: 'Zwei bis drei Sätze in einfacher Sprache. Erscheint in Übersichten und Suchergebnissen.' },
    },
    { name: 'body', type: 'richText', label: 'Ausführliche Beschreibung', localized: true },
    {
      name: 'image',
      type: 'upload',
      label: 'Bild oder Symbol',
      relationTo: mediaSlug,
      filterOptions: { mimeType: { contains: 'image/' } },
    },
    {
      name: 'angebote',
      type: 'join',
      label: 'Angebote in diesem Handlungsfeld',
      collection: angeboteSlug,
      // A localized sort field (the title) breaks Payload's draft join query on SQLite.
      defaultSort: 'slug',
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
