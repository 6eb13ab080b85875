import type { GlobalConfig } from 'payload'

import { defaultOpenDataLicence, defaultQuickExitUrl, einstellungenSlug, openDataLicences } from '@familienrathaus/content-schemas'

import { administration } from '../access/administration.ts'
import { anyone } from '../access/anyone.ts'
import { validateEmail, validateUrl } from '../fields/validators.ts'
import { triggerGlobalRebuild } from '../hooks/triggerSiteRebuild.ts'

export const Einstellungen: GlobalConfig = {
  slug: einstellungenSlug,
  label: 'Website-Einstellungen',
  admin: { group: 'Website', description: 'Name, Beschreibung und Kontaktadresse der Website. Nur für die Administration.' },
  access: { read: anyone, update: administration, readVersions: administration },
  versions: { max: 30 },
  hooks: { afterChange: [triggerGlobalRebuild] },
  fields: [
    { name: 'siteName', type: 'text', label: 'Name der Website', required: true, localized: true, maxLength: 80 },
    { name: 'tagline', type: 'text', label: 'Untertitel', localized: true, maxLength: 160 },
    {
      name: 'description',
      type: 'textarea',
      label: 'Beschreibung für Suchmaschinen (Startseite)',
      localized: true,
      maxLength: 300,
    },
    { name: 'publisher', type: 'text', label: 'Herausgeberin', required: true, maxLength: 160 },
    { name: 'contactEmail', type: 'text', label: 'Kontakt-E-Mail', validate: validateEmail },
    {
      name: 'quickExitUrl',
      type: 'text',
      label: 'Ziel von „Seite schnell verlassen“',
      validate: validateUrl,
      admin: {
        placeholder: defaultQuickExitUrl,
        description:
          'Eine neutrale Seite, die sofort erscheint, wenn jemand die Seite schnell verlassen muss (Knopf oder zweimal Esc). Leer: die Google-Startseite.',
      },
    },
    {
      name: 'openDataLicence',
      type: 'select',
      label: 'Lizenz der offenen Daten',
      options: openDataLicences.map(({ value, label }) => ({ value, label })),
      defaultValue: defaultOpenDataLicence,
      admin: {
        description:
          'Unter dieser Lizenz dürfen andere die Angebote und Kontakte aus /opendata/ weiterverwenden. Üblich für Städte: Datenlizenz Deutschland – Namensnennung.',
      },
    },
  ],
}
