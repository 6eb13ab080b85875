import type { CollectionConfig } from 'payload'

import { mediaSlug } from '@familienrathaus/content-schemas'

import { anyone } from '../access/anyone.ts'
import { authenticated } from '../access/authenticated.ts'
import { mediaDir } from '../lib/paths.ts'

export const Media: CollectionConfig = {
  slug: mediaSlug,
  labels: { singular: 'Bild', plural: 'Bilder und Dateien' },
  access: {
    read: anyone,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  admin: { description: 'Bilder für Angebote, Handlungsfelder und Meilensteine. Jedes Bild braucht einen Alternativtext.' },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: 'Alternativtext',
      required: true,
      localized: true,
      admin: { description: 'Beschreibt, was auf dem Bild zu sehen ist, für Menschen, die es nicht sehen können.' },
    },
  ],
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    imageSizes: [
      { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'large', width: 1600, formatOptions: { format: 'webp', options: { quality: 78 } } },
    ],
  },
}
