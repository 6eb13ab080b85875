import type { CollectionConfig } from 'payload'

import { handlungsfelderSlug, meilensteinStatusOptions, meilensteineSlug } from '@familienrathaus/content-schemas'

import { authenticated } from '../access/authenticated.ts'
import { authenticatedOrPublished } from '../access/authenticatedOrPublished.ts'
import { slugField } from '../fields/slug.ts'
import { triggerSiteRebuild, triggerSiteRebuildOnDelete } from '../hooks/triggerSiteRebuild.ts'

export const Meilensteine: CollectionConfig = {
  slug: meilensteineSlug,
  labels: { singular: 'Meilenstein', plural: 'Meilensteine' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'status', '_status'],
    description: 'Wichtige Schritte auf dem Weg zur Familienfreundlichsten Stadt, erreicht oder geplant.',
  },
  defaultSort: '-date',
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
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          label: 'Datum (oder Beginn)',
          required: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
        {
          name: 'endDate',
          type: 'date',
          label: 'Ende (bei Zeiträumen)',
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' } },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: 'Stand',
      required: true,
      defaultValue: 'erreicht',
      options: [...meilensteinStatusOptions],
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: 'Kurzbeschreibung',
      required: true,
      localized: true,
      maxLength: 400,
    },
    { name: 'body', type: 'richText', label: 'Ausführliche Beschreibung', localized: true },
    {
      name: 'handlungsfelder',
      type: 'relationship',
      label: 'Handlungsfelder',
      relationTo: handlungsfelderSlug,
      hasMany: true,
    },
    {
      name: 'sources',
      type: 'array',
      label: 'Quellen',
      labels: { singular: 'Quelle', plural: 'Quellen' },
      admin: { description: 'z. B. Ratsbeschluss mit Drucksachennummer, Pressemitteilung, Bericht.' },
      fields: [
        { name: 'label', type: 'text', label: 'Bezeichnung', required: true, localized: true },
        { name: 'url', type: 'text', label: 'Link (optional)' },
      ],
    },
  ],
}
