import type { GlobalConfig } from 'payload'

import { fusszeileSlug } from '@familienrathaus/content-schemas'

import { administration } from '../access/administration.ts'
import { anyone } from '../access/anyone.ts'
import { triggerGlobalRebuild } from '../hooks/triggerSiteRebuild.ts'
import { linkFields } from './linkFields.ts'

export const Fusszeile: GlobalConfig = {
  slug: fusszeileSlug,
  label: 'Fußzeile',
  admin: {
    group: 'Website',
    description: 'Text und Links am Ende jeder Seite. Impressum, Datenschutz und Barrierefreiheit verlinkt die Website immer selbst.',
  },
  access: { read: anyone, update: administration, readVersions: administration },
  versions: { max: 30 },
  hooks: { afterChange: [triggerGlobalRebuild] },
  fields: [
    { name: 'text', type: 'textarea', label: 'Text', localized: true, maxLength: 600 },
    {
      name: 'links',
      type: 'array',
      label: 'Weitere Links',
      labels: { singular: 'Link', plural: 'Links' },
      maxRows: 12,
      fields: linkFields(),
    },
  ],
}
