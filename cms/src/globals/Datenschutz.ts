import { datenschutzSlug } from '@familienrathaus/content-schemas'

import { pageGlobal } from './pageGlobal.ts'

export const Datenschutz = pageGlobal({
  slug: datenschutzSlug,
  label: 'Datenschutzerklärung',
  description: 'Welche Daten die Website verarbeitet (Art. 13 DSGVO). Der Situations-Finder speichert nichts auf einem Server.',
})
