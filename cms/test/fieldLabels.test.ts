/** The German field names a refused preview uses are the admin's own labels (one truth, checked here). */
import { describe, expect, it } from 'vitest'

import { fieldLabels } from '@familienrathaus/content-schemas'

import { Angebote } from '../src/collections/Angebote.ts'
import { Erklaervideos } from '../src/collections/Erklaervideos.ts'
import { Handlungsfelder } from '../src/collections/Handlungsfelder.ts'
import { Kontakte } from '../src/collections/Kontakte.ts'
import { Meilensteine } from '../src/collections/Meilensteine.ts'
import { fieldLabel } from '../src/lib/refusals.ts'

const collections = {
  angebote: Angebote,
  handlungsfelder: Handlungsfelder,
  meilensteine: Meilensteine,
  erklaervideos: Erklaervideos,
  kontakte: Kontakte,
}

describe('field labels for German refusals', () => {
  it.each(Object.entries(collections))('%s: each equals the label the admin shows', (slug, collection) => {
    const labels = fieldLabels[slug as keyof typeof fieldLabels]
    expect(Object.entries(labels).map(([name]) => [name, fieldLabel(collection.fields, name)])).toEqual(Object.entries(labels))
  })
})
