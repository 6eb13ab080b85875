import type { GlobalConfig } from 'payload'

import { navigationSlug } from '@familienrathaus/content-schemas'

import { administration } from '../access/administration.ts'
import { anyone } from '../access/anyone.ts'
import { triggerGlobalRebuild } from '../hooks/triggerSiteRebuild.ts'
import { linkFields } from './linkFields.ts'

export const Navigation: GlobalConfig = {
  slug: navigationSlug,
  label: 'Hauptnavigation',
  admin: { group: 'Website', description: 'Die Links im Kopf jeder Seite. Wenige, klare Einträge helfen allen.' },
  access: { read: anyone, update: administration, readVersions: administration },
  versions: { max: 30 },
  hooks: { afterChange: [triggerGlobalRebuild] },
  fields: [
    {
      name: 'items',
      type: 'array',
      label: 'Einträge',
      labels: { singular: 'Eintrag', plural: 'Einträge' },
      minRows: 1,
      maxRows: 8,
      fields: linkFields(),
    },
  ],
}
