/**
 * Issue 14: the seed's translations of the Angebote fit their German originals – same steps and
 * documents in the same number, every reason and proviso of the rules translated (and no text
 * that the rules do not have), the German name beside the translated title, amounts unchanged.
 */
import { localeOptions, defaultLocale } from '@familienrathaus/content-schemas'
import { describe, expect, it } from 'vitest'

import { angebote, angebotTranslations } from '../src/seed/data/index.ts'
import { ruleTextsOf } from '../src/seed/rules.ts'

const otherLanguages = localeOptions.map(({ value }) => value).filter((locale) => locale !== defaultLocale)
const bySlug = new Map(angebote.map((angebot) => [angebot.slug!, angebot]))
/**
 * The numbers in a text as digits: "259", "1.000", "1,000" and "1 000" → "1000", "2,5" → "25"; a
 * separator joins only groups of three, so "17, 390" are two numbers.
 */
const amountsIn = (text = '') =>
  [...text.matchAll(/\d{1,3}(?:[.,\s\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)?/g)]
    .map(([digits]) => digits.replace(/[.,\s\u00a0\u202f]/g, ''))
    .sort()

describe('seed translations of the Angebote', () => {
  it('exist only for the four other languages and for seeded Angebote', () => {
    for (const [language, translations] of Object.entries(angebotTranslations)) {
      expect(otherLanguages).toContain(language)
      for (const slug of Object.keys(translations)) expect(bySlug.has(slug), `${language}/${slug}`).toBe(true)
    }
  })

  for (const [language, translations] of Object.entries(angebotTranslations).filter(([, all]) => Object.keys(all).length > 0)) {
    describe(language, () => {
      for (const [slug, translation] of Object.entries(translations)) {
        it(slug, () => {
          const german = bySlug.get(slug)!
          expect(translation.translatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/)
          expect(translation.title.trim()).not.toBe('')
          expect(translation.summary.trim()).not.toBe('')
          expect(translation.steps?.length ?? 0, 'steps').toBe(german.steps?.length ?? 0)
          expect(translation.documents?.length ?? 0, 'documents').toBe(german.documents?.length ?? 0)
          const germanTexts = ruleTextsOf(german.rules ?? [])
          expect(Object.keys(translation.ruleTexts ?? {}).sort(), 'ruleTexts: keyed by every German reason and proviso').toEqual(
            [...germanTexts].sort(),
          )
          for (const [key, text] of Object.entries(translation.ruleTexts ?? {})) expect(text.trim(), key).not.toBe('')
          // Amounts are facts: a translation says the same numbers as the German text.
          expect(amountsIn(translation.summary), 'numbers in the summary').toEqual(amountsIn(german.summary))
          if (german.costs) expect(amountsIn(translation.costs), 'numbers in the costs').toEqual(amountsIn(german.costs))
          for (const field of ['costs', 'provider', 'eligibilitySummary'] as const)
            if (german[field === 'eligibilitySummary' ? 'eligibilitySummary' : field]) expect(translation[field], field).toBeTruthy()
        })
      }
    })
  }
})
