import { describe, expect, it } from 'vitest'

import { wohngeld, wohngeldIncome, wohngeldLaw2025 } from '../src/matcher/calculators/wohngeld.ts'

/**
 * The Federal ministry's worked examples („Beispiele für die Berechnung des Wohngelds“, BMWSB,
 * Stand 1.1.2025, https://www.bmwsb.bund.de/SharedDocs/downloads/DE/veroeffentlichungen/wohnen/wohngeld-2025/rechenbeispiele-2025.pdf),
 * as collected in content-schemas/src/matcher/amounts/research-2026-12.md: place (Mietenstufe),
 * members, Bruttokaltmiete, Gesamteinkommen Y, the published M and Wohngeld.
 * Example 10 (two members of whom one counts, § 11 Abs. 3 WoGG) is not modelled: the finder does not ask for it.
 */
const ministryExamples = [
  { place: 'Jüterbog', stufe: 1, members: 1, rent: 335, income: 1162.35, countedRent: 445.4, amount: 110 },
  { place: 'Ludwigshafen', stufe: 4, members: 1, rent: 470, income: 1350, countedRent: 580.4, amount: 88 },
  { place: 'Leipzig', stufe: 2, members: 2, rent: 480, income: 1589.7, countedRent: 622.6, amount: 166 },
  { place: 'Kreis Schleswig-Flensburg', stufe: 1, members: 3, rent: 750, income: 1638, countedRent: 720.8, amount: 320 },
  { place: 'Wiesbaden', stufe: 6, members: 3, rent: 700, income: 1728, countedRent: 870.2, amount: 372 },
  { place: 'München', stufe: 7, members: 4, rent: 1225, income: 2227.25, countedRent: 1371.2, amount: 691 },
  { place: 'Weimar', stufe: 3, members: 4, rent: 580, income: 1710, countedRent: 777.8, amount: 485 },
  { place: 'Friedrichshafen', stufe: 5, members: 5, rent: 870, income: 1853.25, countedRent: 1095.4, amount: 747 },
  { place: 'Attendorn', stufe: 2, members: 6, rent: 780, income: 3301.1, countedRent: 1033, amount: 343 },
  { place: 'Neubrandenburg', stufe: 2, members: 1, rent: 345, income: 561.35, countedRent: 455.4, amount: 342 },
]

describe('Wohngeld (§ 19 WoGG, figures from 1 January 2025)', () => {
  it.each(ministryExamples)('gives the ministry’s result for $place ($members members): $amount €', (example) => {
    const result = wohngeld({ members: example.members, rent: example.rent, income: example.income, mietenstufe: example.stufe })
    expect(result.countedRent).toBeCloseTo(example.countedRent, 2)
    // Deviation from the published figure: none (whole euros).
    expect(result.amount).toBe(example.amount)
  })

  it('derives the Gesamteinkommen as the ministry does for a pensioner (example 1: 1,300 € pension, health insurance paid)', () => {
    expect(wohngeldIncome({ yearlyIncome: 1300 * 12 - 102, deductions: 1 })).toBeCloseTo(1162.35, 2)
  })

  it('adds 65 € per member above twelve (§ 19 Abs. 3; the Länder example: 14 members, Mietenstufe III)', () => {
    expect(wohngeld({ members: 14, rent: 1600, income: 4688.25, mietenstufe: 3 }).amount).toBe(1205 + 2 * 65)
  })

  it('refuses what it cannot compute instead of guessing (no members, a Mietenstufe outside I–VII, no number)', () => {
    expect(() => wohngeld({ members: 0, rent: 500, income: 1000, mietenstufe: 2 })).toThrow(RangeError)
    expect(() => wohngeld({ members: 2, rent: 500, income: 1000, mietenstufe: 9 })).toThrow(RangeError)
    expect(() => wohngeld({ members: 2, rent: Number.NaN, income: 1000, mietenstufe: 2 })).toThrow(RangeError)
  })

  it('pays nothing below 10 € and never a negative amount', () => {
    expect(wohngeld({ members: 1, rent: 300, income: 2000, mietenstufe: 2 }).amount).toBe(0)
    expect(wohngeldLaw2025.minimumPayment).toBe(10)
  })

  it('a single parent with two children in Hamm, 1,800 € gross pay and 600 € rent: 550 € (own example, the rent is under the cap of Mietenstufe II and III)', () => {
    const income = wohngeldIncome({ yearlyIncome: 1800 * 12 - 1230, deductions: 3, singleParent: true })
    expect(income).toBeCloseTo(1078.25, 2)
    for (const mietenstufe of [2, 3]) expect(wohngeld({ members: 3, rent: 600, income, mietenstufe }).amount).toBe(550)
  })
})
