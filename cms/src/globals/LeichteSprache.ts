import { leichteSpracheSlug } from '@familienrathaus/content-schemas'

import { pageGlobal } from './pageGlobal.ts'

export const LeichteSprache = pageGlobal({
  slug: leichteSpracheSlug,
  label: 'Leichte Sprache',
  description: 'Erklärt in Leichter Sprache, was auf der Website steht und wie man sie bedient (BITV 2.0 § 4).',
})
