import type { CollectionConfig } from 'payload'

import { angeboteSlug, erklaervideosSlug, mediaSlug, textLimits } from '@familienrathaus/content-schemas'

import { slugField } from '../fields/slug.ts'
import { validateUrl } from '../fields/validators.ts'
import { workflowFields } from '../fields/workflow.ts'
import { sitePreview } from '../lib/preview.ts'
import { editorialAccess, editorialHooks, editorialVersions } from './editorial.ts'

type VideoSiblings = { video?: unknown; externalUrl?: string | null }

const videoFile = { mimeType: { in: ['video/mp4', 'video/webm'] } }

export const Erklaervideos: CollectionConfig = {
  slug: erklaervideosSlug,
  labels: { singular: 'Erklärvideo', plural: 'Erklärvideos' },
  graphQL: { singularName: 'Erklaervideo', pluralName: 'Erklaervideos' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'durationSeconds', 'reviewState', '_status'],
    description: 'Kurze Videos, die ein Angebot erklären. Jedes Video braucht Untertitel (WebVTT) und eine vollständige Abschrift.',
    preview: sitePreview(erklaervideosSlug),
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: editorialHooks,
  fields: [
    { name: 'title', type: 'text', label: 'Titel', required: true, localized: true, maxLength: textLimits.title },
    slugField(),
    ...workflowFields(),
    {
      name: 'durationSeconds',
      type: 'number',
      label: 'Dauer in Sekunden',
      min: 1,
      max: 3600,
      admin: { position: 'sidebar' },
    },
    {
      name: 'description',
      type: 'textarea',
      label: 'Beschreibung',
      required: true,
      localized: true,
      maxLength: textLimits.erklaervideoDescription,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'video',
          type: 'upload',
          label: 'Videodatei (MP4 oder WebM)',
          relationTo: mediaSlug,
          filterOptions: videoFile,
          validate: (value: unknown, { siblingData }: { siblingData: VideoSiblings }) =>
            value || siblingData.externalUrl
              ? true
              : 'Bitte eine Videodatei hochladen. Ein externes Video allein reicht nicht, es wird erst nach Einwilligung geladen.',
        },
        {
          name: 'captions',
          type: 'upload',
          label: 'Untertitel (WebVTT)',
          relationTo: mediaSlug,
          filterOptions: { mimeType: { equals: 'text/vtt' } },
          validate: (value: unknown, { siblingData }: { siblingData: VideoSiblings }) =>
            value || !siblingData.video ? true : 'Bitte die Untertitel als WebVTT-Datei (.vtt) hochladen. Sie sind Pflicht.',
        },
        {
          name: 'poster',
          type: 'upload',
          label: 'Vorschaubild',
          relationTo: mediaSlug,
          filterOptions: { mimeType: { contains: 'image/' } },
        },
      ],
    },
    {
      name: 'transcript',
      type: 'textarea',
      label: 'Abschrift (Transkript)',
      required: true,
      localized: true,
      maxLength: 20000,
      admin: {
        description: 'Der vollständige gesprochene Text und wichtige Bildinhalte. Pflicht für die Barrierefreiheit.',
      },
    },
    {
      type: 'collapsible',
      label: 'Weitere Fassungen',
      fields: [
        {
          name: 'dgsVideo',
          type: 'upload',
          label: 'Fassung in Deutscher Gebärdensprache (optional)',
          relationTo: mediaSlug,
          filterOptions: videoFile,
        },
        {
          name: 'leichteSpracheVideo',
          type: 'upload',
          label: 'Fassung in Leichter Sprache (optional)',
          relationTo: mediaSlug,
          filterOptions: videoFile,
        },
        {
          name: 'externalUrl',
          type: 'text',
          label: 'Externes Video (optional)',
          validate: validateUrl,
          admin: {
            description:
              'z. B. ein Video auf einer Plattform. Die Website lädt es erst, wenn die Besucherin oder der Besucher ausdrücklich zustimmt.',
          },
        },
      ],
    },
    {
      name: 'angebote',
      type: 'join',
      label: 'Angebote mit diesem Video',
      collection: angeboteSlug,
      // A localized sort field (the title) breaks Payload's draft join query on SQLite.
      defaultSort: 'slug',
      on: 'erklaervideos',
      admin: { description: 'Wird aus den Angeboten übernommen: dort das Video auswählen.' },
    },
  ],
}
