import { describe, expect, it } from 'vitest'

import { earnedIncomeAllowance, grundsicherung } from '../src/matcher/calculators/grundsicherung.ts'
import { kinderzuschlag, parentsHousingShare } from '../src/matcher/calculators/kinderzuschlag.ts'

/**
 * No worked example with its result for 2025 or 2026 was found from the Familienkasse or another
 * reputable source (content-schemas/src/matcher/amounts/research-2026-12-examples.md § 1); these are
 * the project's own examples, worked by hand from § 6a BKGG (research-2026-12-gaps.md § 1.6), as
 * regression tests – to be replaced by published ones when they are at hand.
 */
describe('Kinderzuschlag (§ 6a BKGG)', () => {
  it('the parents’ share of the housing costs follows the 15th Existenzminimumbericht (2026)', () => {
    expect(parentsHousingShare(1, 1)).toBeCloseTo(0.7712, 4)
    expect(parentsHousingShare(1, 2)).toBeCloseTo(0.6276, 4)
    expect(parentsHousingShare(2, 2)).toBeCloseTo(0.7124, 4)
    expect(parentsHousingShare(2, 3)).toBeCloseTo(0.6229, 4)
  })

  it('own example A: couple, children 4 and 8, gross 3,000 € / net 2,150 €, warm rent 750 € → 492 €', () => {
    const parents = grundsicherung({
      adults: 2,
      singleParent: false,
      children: [
        { age: 4, kindergeld: 259, maintenance: 0 },
        { age: 8, kindergeld: 259, maintenance: 0 },
      ],
      pregnant: false,
      housingCosts: 750,
      earners: [{ gross: 3000, net: 2150 }],
      otherIncome: 0,
    })
    expect(earnedIncomeAllowance({ gross: 3000 }, true)).toBe(378)
    const result = kinderzuschlag({
      adults: 2,
      parentsNeed: parents.parentsNeed,
      housingCosts: 750,
      parentsGross: 3000,
      parentsIncome: parents.adultIncome,
      childIncomes: [0, 0],
    })
    expect(result.amount).toBe(492)
  })

  it('own example B: single parent, children 4 and 8 with Unterhaltsvorschuss 227 / 299 €, gross 1,600 € / net 1,250 €, warm rent 650 € → 357 €', () => {
    const parents = grundsicherung({
      adults: 1,
      singleParent: true,
      children: [
        { age: 4, kindergeld: 259, maintenance: 227 },
        { age: 8, kindergeld: 259, maintenance: 299 },
      ],
      pregnant: false,
      housingCosts: 650,
      earners: [{ gross: 1600, net: 1250 }],
      otherIncome: 0,
    })
    expect(parents.parentsNeed).toBeCloseTo(765.68, 2)
    const result = kinderzuschlag({
      adults: 1,
      parentsNeed: parents.parentsNeed,
      housingCosts: 650,
      parentsGross: 1600,
      parentsIncome: parents.adultIncome,
      childIncomes: [227, 299],
    })
    expect(result.perChild[0]).toBeCloseTo(194.85, 2)
    expect(result.amount).toBe(357)
  })

  it('pays nothing below the minimum income (600 € gross for a single parent, 900 € for a couple)', () => {
    const result = kinderzuschlag({ adults: 2, parentsNeed: 1012, housingCosts: 600, parentsGross: 850, parentsIncome: 600, childIncomes: [0] })
    expect(result).toMatchObject({ amount: 0, belowMinimumIncome: true })
  })

  it('refuses what it cannot compute', () => {
    expect(() =>
      kinderzuschlag({ adults: 1, parentsNeed: Number.NaN, housingCosts: 600, parentsGross: 850, parentsIncome: 600, childIncomes: [0] }),
    ).toThrow(RangeError)
  })
})
