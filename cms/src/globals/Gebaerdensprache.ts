import { gebaerdenspracheSlug, mediaSlug } from '@familienrathaus/content-schemas'

import { pageGlobal } from './pageGlobal.ts'

export const Gebaerdensprache = pageGlobal({
  slug: gebaerdenspracheSlug,
  label: 'Gebärdensprache',
  description: 'Informationen in Deutscher Gebärdensprache (BITV 2.0 § 4): Videos mit Abschrift.',
  fields: [
    {
      name: 'videos',
      type: 'array',
      label: 'Videos in Deutscher Gebärdensprache',
      labels: { singular: 'Video', plural: 'Videos' },
      maxRows: 12,
      fields: [
        { name: 'title', type: 'text', label: 'Thema', required: true, localized: true, maxLength: 160 },
        {
          name: 'video',
          type: 'upload',
          label: 'Videodatei',
          relationTo: mediaSlug,
          required: true,
          filterOptions: { mimeType: { in: ['video/mp4', 'video/webm'] } },
        },
        { name: 'transcript', type: 'textarea', label: 'Abschrift', required: true, localized: true, maxLength: 20000 },
      ],
    },
  ],
})
