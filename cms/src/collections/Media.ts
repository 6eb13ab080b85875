import type { CollectionConfig } from 'payload'

import { mediaSlug } from '@familienrathaus/content-schemas'

import { anyone } from '../access/anyone.ts'
import { editors } from '../access/editors.ts'
import { publishers } from '../access/publishers.ts'
import { checkUploadedFile, explainRefusedUpload } from '../hooks/checkUploadedFile.ts'
import { guardMediaInUse } from '../hooks/guardMediaInUse.ts'
import { triggerSiteRebuild, triggerSiteRebuildOnDelete } from '../hooks/triggerSiteRebuild.ts'
import { mediaDir } from '../lib/paths.ts'
import { allowedMimeTypes, uploadDescription } from '../lib/uploadRules.ts'

type MediaSiblings = { mimeType?: string | null }

const webp = { format: 'webp' as const, options: { quality: 78 } }
const avif = { format: 'avif' as const, options: { quality: 55, effort: 3 } }

export const Media: CollectionConfig = {
  slug: mediaSlug,
  labels: { singular: 'Datei', plural: 'Bilder und Dateien' },
  graphQL: { singularName: 'MediaFile', pluralName: 'MediaFiles' },
  access: {
    read: anyone,
    create: editors,
    update: editors,
    delete: publishers,
  },
  admin: {
    // From the upload rules, which the checks use too: the limits stated are the limits that hold.
    description: uploadDescription,
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
  },
  hooks: {
    beforeOperation: [guardMediaInUse, checkUploadedFile],
    afterError: [explainRefusedUpload],
    afterChange: [triggerSiteRebuild],
    afterDelete: [triggerSiteRebuildOnDelete],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativtext',
      localized: true,
      maxLength: 300,
      validate: (value: unknown, { siblingData }: { siblingData: MediaSiblings }) =>
        value || !siblingData.mimeType?.startsWith('image/')
          ? true
          : 'Bitte einen Alternativtext eingeben: Was ist auf dem Bild zu sehen? Bei reinem Schmuck: „Dekoration“.',
      admin: { description: 'Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können.' },
    },
    {
      name: 'seeded',
      type: 'checkbox',
      label: 'Aus den Beispieldaten',
      defaultValue: false,
      admin: { hidden: true },
    },
    {
      name: 'caption',
      type: 'text',
      label: 'Bildunterschrift oder Quelle (optional)',
      localized: true,
      maxLength: 300,
    },
  ],
  upload: {
    staticDir: mediaDir(),
    mimeTypes: allowedMimeTypes,
    focalPoint: true,
    imageSizes: [
      { name: 'small', width: 480, formatOptions: webp },
      { name: 'smallAvif', width: 480, formatOptions: avif },
      { name: 'medium', width: 960, formatOptions: webp },
      { name: 'mediumAvif', width: 960, formatOptions: avif },
      { name: 'large', width: 1600, formatOptions: webp },
      { name: 'largeAvif', width: 1600, formatOptions: avif },
    ],
    adminThumbnail: 'small',
    // Files are answered with nosniff by the API's route wrapper (restHandlers), like every API answer.
  },
}
