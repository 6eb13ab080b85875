import { describe, expect, it } from 'vitest'

import { arabicPhrases } from '../src/matcher/phrases/ar.ts'
import { ukrainianPlural } from '../src/matcher/phrases/uk.ts'

describe('plural forms (Intl.PluralRules)', () => {
  it('Ukrainian: 1, 21 → one; 2–4, 22 → few; 5–20, 111 → many', () => {
    expect([1, 2, 5, 11, 21, 22, 111].map((n) => ukrainianPlural(n, 'рік', 'роки', 'років'))).toEqual([
      'рік',
      'роки',
      'років',
      'років',
      'рік',
      'роки',
      'років',
    ])
  })
  it('Arabic: one, dual, 3–10 and 103 plural, 11–99, 100 and 111 singular after the number', () => {
    expect([1, 2, 3, 10, 11, 100, 103, 111].map((n) => arabicPhrases.ageText(n))).toEqual([
      'سنة واحدة',
      'سنتان',
      '3 سنوات',
      '10 سنوات',
      '11 سنة',
      '100 سنة',
      '103 سنوات',
      '111 سنة',
    ])
  })
})
