import { impressumSlug } from '@familienrathaus/content-schemas'

import { pageGlobal } from './pageGlobal.ts'

export const Impressum = pageGlobal({
  slug: impressumSlug,
  label: 'Impressum',
  description: 'Anbieterkennzeichnung nach § 5 DDG: wer die Website verantwortet und wie man sie erreicht.',
})
