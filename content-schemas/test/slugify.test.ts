import { describe, expect, it } from 'vitest'

import { maxSlugLength, slugify, slugPattern } from '../src/index.ts'

describe('slugify', () => {
  it.each([
    ['Kindergeld', 'kindergeld'],
    ['Förderung für Alleinerziehende', 'foerderung-fuer-alleinerziehende'],
    ['Straße & Mobilität', 'strasse-mobilitaet'],
    ['ÄÖÜ äöü ß', 'aeoeue-aeoeue-ss'],
    ['  Kita-Platz  ', 'kita-platz'],
    ['Familienrathaus.Start 2023', 'familienrathaus-start-2023'],
    ['Café für Familien', 'cafe-fuer-familien'],
    ['Sport-, Freizeit- und Kulturangebot', 'sport-freizeit-und-kulturangebot'],
  ])('%s → %s', (title, expected) => {
    expect(slugify(title)).toBe(expected)
    expect(slugPattern.test(expected)).toBe(true)
  })

  it('gives an empty slug for a title without letters or digits', () => {
    expect(slugify('–– !!')).toBe('')
  })

  it('cuts long titles at a word boundary without a trailing hyphen', () => {
    const slug = slugify('Wort '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(maxSlugLength)
    expect(slug.endsWith('-')).toBe(false)
  })
})
