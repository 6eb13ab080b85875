import { describe, expect, it } from 'vitest'

import { editDistance, normalizeWord, suggestQuery } from '../src/lib/searchSuggest.ts'

const vocabulary = [
  'Kindergeld',
  'Elterngeld und ElterngeldPlus',
  'Kita-Platz',
  'Kindergeld, Geld für Kinder, Kindergeld beantragen',
  'Wohngeld',
]

describe('„Meinten Sie …?“', () => {
  it('counts edits, a swap of neighbours as one', () => {
    expect(editDistance('kindergelt', 'kindergeld')).toBe(1)
    expect(editDistance('kindregeld', 'kindergeld')).toBe(1)
    expect(editDistance('wohngeld', 'kindergeld', 2)).toBe(3)
  })

  it('replaces a near-miss by the word the site uses, as the site writes it', () => {
    expect(suggestQuery('Kindergelt', vocabulary, 'de')).toBe('Kindergeld')
    expect(suggestQuery('elterngelt beantragen', vocabulary, 'de')).toBe('elterngeld beantragen')
    expect(suggestQuery('Wohngeldd', vocabulary, 'de')).toBe('Wohngeld')
  })

  it('says nothing when every word is known, short, or far from any', () => {
    expect(suggestQuery('Kindergeld', vocabulary, 'de')).toBeUndefined()
    expect(suggestQuery('Geld für Kinder', vocabulary, 'de')).toBeUndefined()
    expect(suggestQuery('Kita', vocabulary, 'de')).toBeUndefined()
    expect(suggestQuery('Fahrrad', vocabulary, 'de')).toBeUndefined()
  })

  it('adds missing accents in other languages', () => {
    expect(normalizeWord('Çocuk', 'tr')).toBe('cocuk')
    expect(suggestQuery('cocuk parasi', ['Çocuk parası (Kindergeld)'], 'tr')).toBe('çocuk parası')
  })
})

describe('the German name beside a translated title', () => {
  it('is found when its words are the German document’s, and only then', async () => {
    const { germanNameIn } = await import('../src/lib/content.ts')
    const german = { title: 'Erstausstattung bei Schwangerschaft und Geburt', synonyms: 'Babyausstattung, Erstausstattung' }
    expect(germanNameIn('Initial equipment for pregnancy and birth (Erstausstattung bei Schwangerschaft und Geburt)', german)).toBe(
      'Erstausstattung bei Schwangerschaft und Geburt',
    )
    expect(germanNameIn('Initial equipment (Erstausstattung)', german)).toBe('Erstausstattung')
    expect(germanNameIn('Initial equipment (for babies)', german)).toBeUndefined()
    expect(germanNameIn('Initial equipment', german)).toBeUndefined()
    expect(germanNameIn('Erstausstattung bei Schwangerschaft und Geburt', german)).toBeUndefined()
    expect(germanNameIn('Child benefit (Kindergeld)', undefined)).toBeUndefined()
  })
})
