/**
 * Issue 14: the seed's translations of the Angebote fit their German originals – same steps and
 * documents in the same number, every reason and proviso of the rules translated (and no text
 * that the rules do not have), the German name beside the translated title, amounts unchanged.
 */
import { defaultLocale, localeOptions, ruleTextMaxLength } from '@familienrathaus/content-schemas'
import { describe, expect, it } from 'vitest'

import type { Field } from 'payload'

import { Angebote } from '../src/collections/Angebote.ts'
import { angebote, angebotTranslations } from '../src/seed/data/index.ts'
import { ruleTextsOf } from '../src/seed/rules.ts'

/** The CMS's length limit of each text an Angebot translation fills, read from the collection (one truth). */
function limitsOf(fields: Field[], path = ''): Record<string, number> {
  const limits: Record<string, number> = {}
  for (const field of fields) {
    const name = 'name' in field ? `${path}${field.name}` : path.replace(/\.$/, '')
    if ('maxLength' in field && typeof field.maxLength === 'number') limits[name] = field.maxLength
    if (field.type === 'array') {
      const text = field.fields.find((inner) => 'name' in inner && inner.name === 'text')
      if (text && 'maxLength' in text && typeof text.maxLength === 'number') limits[name] = text.maxLength
    } else if ('fields' in field) Object.assign(limits, limitsOf(field.fields, field.type === 'group' ? `${name}.` : path))
    if (field.type === 'tabs') for (const tab of field.tabs) Object.assign(limits, limitsOf(tab.fields, path))
  }
  return limits
}
const limits = limitsOf(Angebote.fields)

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
          expect(translation.reminders?.length ?? 0, 'reminders').toBe(german.reminders?.length ?? 0)
          const germanTexts = ruleTextsOf(german.rules ?? [])
          expect(Object.keys(translation.ruleTexts ?? {}).sort(), 'ruleTexts: keyed by every German reason and proviso').toEqual(
            [...germanTexts].sort(),
          )
          for (const [key, text] of Object.entries(translation.ruleTexts ?? {})) expect(text.trim(), key).not.toBe('')
          // Amounts are facts: a translation says the same numbers as the German text.
          expect(amountsIn(translation.summary), 'numbers in the summary').toEqual(amountsIn(german.summary))
          if (german.costs) expect(amountsIn(translation.costs), 'numbers in the costs').toEqual(amountsIn(german.costs))
          // The CMS refuses a text above its limit in every language.
          const tooLong = [
            ...(['title', 'summary', 'costs', 'provider', 'synonyms', 'deadline'] as const).map(
              (field) => [field, translation[field], limits[field]] as const,
            ),
            ['eligibility.summary', translation.eligibilitySummary, limits['eligibility.summary']] as const,
            ...(translation.steps ?? []).map((step) => ['steps', step, limits.steps] as const),
            ...(translation.documents ?? []).map((document) => ['documents', document, limits.documents] as const),
            ...Object.values(translation.ruleTexts ?? {}).map((text) => ['rule text', text, ruleTextMaxLength] as const),
          ].flatMap(([field, text, limit]) => (text && limit && text.length > limit ? [`${field}: ${text.length} > ${limit}: ${text}`] : []))
          expect(tooLong).toEqual([])
          if (german.deadline) expect(amountsIn(translation.deadline), 'numbers in the deadline').toEqual(amountsIn(german.deadline))
          for (const field of ['costs', 'provider', 'eligibilitySummary', 'deadline'] as const)
            if (german[field]) expect(translation[field], field).toBeTruthy()
        })
      }
    })
  }
})
