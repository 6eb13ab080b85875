import type { CollectionConfig } from 'payload'

import { angeboteSlug, erklaervideosSlug } from '@familienrathaus/content-schemas'

import { authenticated } from '../access/authenticated.ts'
import { authenticatedOrPublished } from '../access/authenticatedOrPublished.ts'
import { slugField } from '../fields/slug.ts'
import { triggerSiteRebuild, triggerSiteRebuildOnDelete } from '../hooks/triggerSiteRebuild.ts'

export const Erklaervideos: CollectionConfig = {
  slug: erklaervideosSlug,
  labels: { singular: 'Erklärvideo', plural: 'Erklärvideos' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'durationSeconds', '_status'],
    description: 'Kurze Videos, die ein Angebot erklären. Jedes Video braucht eine vollständige Abschrift.',
  },
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
      name: 'description',
      type: 'textarea',
      label: 'Beschreibung',
      required: true,
      localized: true,
      maxLength: 600,
    },
    {
      name: 'transcript',
      type: 'textarea',
      label: 'Abschrift (Transkript)',
      required: true,
      localized: true,
      admin: {
        description: 'Der vollständige gesprochene Text und wichtige Bildinhalte. Pflicht für die Barrierefreiheit.',
      },
    },
    {
      name: 'durationSeconds',
      type: 'number',
      label: 'Dauer in Sekunden',
      min: 1,
      admin: { position: 'sidebar' },
    },
    {
      name: 'angebote',
      type: 'join',
      label: 'Angebote mit diesem Video',
      collection: angeboteSlug,
      on: 'erklaervideos',
      admin: { description: 'Wird aus den Angeboten übernommen: dort das Video auswählen.' },
    },
  ],
}
