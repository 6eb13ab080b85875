import { describe, expect, it } from 'vitest'

import { inLocale } from '../src/localized.ts'

const languages = ['de', 'en']

describe('inLocale', () => {
  it('gives each language its value and leaves out what that language lacks', () => {
    const doc = { id: 1, slug: 'kindergeld', title: { de: 'Kindergeld', en: 'Child benefit' }, costs: { de: 'kostenlos' }, kind: 'geldleistung' }
    expect(inLocale(doc, 'de', languages)).toEqual({ id: 1, slug: 'kindergeld', title: 'Kindergeld', costs: 'kostenlos', kind: 'geldleistung' })
    expect(inLocale(doc, 'en', languages)).toEqual({ id: 1, slug: 'kindergeld', title: 'Child benefit', kind: 'geldleistung' })
  })

  it('still splits when the CMS knows a language the site does not show yet', () => {
    expect(inLocale({ title: { de: 'Kindergeld', en: 'Child benefit', fr: 'Allocations familiales' } }, 'en', languages)).toEqual({
      title: 'Child benefit',
    })
  })

  it('takes a translated value as it is: rich text keeps its empty objects', () => {
    const body = { root: { type: 'root', children: [{ type: 'upload', fields: {}, value: 3 }] } }
    expect(inLocale({ body: { de: body } }, 'de', languages)).toEqual({ body })
  })

  it('reads a translated field without a value in any language as null, and a row with only an id as a row', () => {
    expect(inLocale({ steps: {}, reminders: [{ id: 'ab' }] }, 'de', languages)).toEqual({ steps: null, reminders: [{ id: 'ab' }] })
  })
})
