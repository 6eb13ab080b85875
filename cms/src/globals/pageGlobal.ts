import type { Field, GlobalConfig } from 'payload'

import { anyone } from '../access/anyone.ts'
import { publishers } from '../access/publishers.ts'
import { triggerGlobalRebuild } from '../hooks/triggerSiteRebuild.ts'

/**
 * A legally required or accessibility page of the site (Impressum, Datenschutz, …): one page each,
 * edited by Freigabe or Administration, public once saved.
 */
export function pageGlobal({
  slug,
  label,
  description,
  fields = [],
}: {
  slug: string
  label: string
  description: string
  fields?: Field[]
}): GlobalConfig {
  return {
    slug,
    label,
    admin: { group: 'Pflichtseiten', description },
    access: { read: anyone, update: publishers, readVersions: publishers },
    versions: { max: 30 },
    hooks: { afterChange: [triggerGlobalRebuild] },
    fields: [
      { name: 'title', type: 'text', label: 'Überschrift', required: true, localized: true, maxLength: 160 },
      {
        name: 'intro',
        type: 'textarea',
        label: 'Einleitung',
        localized: true,
        maxLength: 600,
        admin: { description: 'Ein bis zwei Sätze; erscheint auch als Beschreibung für Suchmaschinen.' },
      },
      { name: 'body', type: 'richText', label: 'Text', localized: true },
      ...fields,
    ],
  }
}
