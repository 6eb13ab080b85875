import type { CollectionConfig } from 'payload'

import {
  angeboteSlug,
  handlungsfelderSlug,
  mediaSlug,
  meilensteineSlug,
  meilensteinStatusOptions,
  textLimits,
} from '@familienrathaus/content-schemas'

import { slugField } from '../fields/slug.ts'
import { validateUrl } from '../fields/validators.ts'
import { workflowFields } from '../fields/workflow.ts'
import { sitePreview } from '../lib/preview.ts'
import { editorialAccess, editorialHooks, editorialVersions } from './editorial.ts'

const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'dd.MM.yyyy' } }

export const Meilensteine: CollectionConfig = {
  slug: meilensteineSlug,
  labels: { singular: 'Meilenstein', plural: 'Meilensteine' },
  graphQL: { singularName: 'Meilenstein', pluralName: 'Meilensteine' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'status', 'reviewState', '_status'],
    description: 'Wichtige Schritte auf dem Weg zur Familienfreundlichsten Stadt, erreicht oder geplant.',
    preview: sitePreview(meilensteineSlug),
  },
  defaultSort: '-date',
  access: editorialAccess,
  versions: editorialVersions,
  hooks: editorialHooks,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    ...workflowFields(),
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
      type: 'row',
      fields: [
        { name: 'date', type: 'date', label: 'Datum (oder Beginn)', required: true, admin: dayOnly },
        {
          name: 'endDate',
          type: 'date',
          label: 'Ende (bei Zeiträumen)',
          admin: dayOnly,
          validate: (value: unknown, { siblingData }: { siblingData: { date?: string | null } }) => {
            if (!value || !siblingData.date) return true
            return new Date(String(value)) >= new Date(siblingData.date) ? true : 'Das Ende darf nicht vor dem Beginn liegen.'
          },
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: 'Kurzbeschreibung',
      required: true,
      localized: true,
      maxLength: textLimits.summary,
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
      name: 'angebote',
      type: 'relationship',
      label: 'Zugehörige Angebote',
      relationTo: angeboteSlug,
      hasMany: true,
    },
    {
      name: 'images',
      type: 'upload',
      label: 'Bilder',
      relationTo: mediaSlug,
      hasMany: true,
      maxRows: 6,
      filterOptions: { mimeType: { contains: 'image/' } },
    },
    {
      name: 'sources',
      type: 'array',
      label: 'Quellen',
      labels: { singular: 'Quelle', plural: 'Quellen' },
      maxRows: 10,
      admin: { description: 'z. B. Ratsbeschluss mit Drucksachennummer, Pressemitteilung, Bericht.' },
      fields: [
        { name: 'label', type: 'text', label: 'Bezeichnung', required: true, localized: true, maxLength: 300 },
        { name: 'url', type: 'text', label: 'Link (optional)', validate: validateUrl },
      ],
    },
  ],
}
