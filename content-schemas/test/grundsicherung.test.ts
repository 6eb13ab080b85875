import { describe, expect, it } from 'vitest'

import {
  earnedIncomeAllowance,
  grundsicherung,
  grundsicherungLaw2026,
  singleParentShare,
  type GrundsicherungLaw,
} from '../src/matcher/calculators/grundsicherung.ts'

/** The same rules with the Regelbedarf of 2023 (502 €), for examples published then. */
const law2023: GrundsicherungLaw = { ...grundsicherungLaw2026, regelbedarf: { ...grundsicherungLaw2026.regelbedarf, single: 502 } }

describe('Grundsicherungsgeld (SGB II) against published worked examples', () => {
  it('Bundesagentur für Arbeit, „Herr Hartwig“ (2023): single, rent 410 €, 650 € gross / 553.50 € net → 223 € allowance, 581.50 € paid', () => {
    // https://www.arbeitsagentur.de/arbeitslos-arbeit-finden/buergergeld/finanziell-absichern/einkommen-ergaenzen
    expect(earnedIncomeAllowance({ gross: 650 }, false, law2023)).toBe(223)
    const hartwig = {
      adults: 1 as const,
      singleParent: false,
      children: [],
      pregnant: false,
      housingCosts: 410,
      earners: [{ gross: 650, net: 553.5 }],
      otherIncome: 0,
    }
    expect(grundsicherung(hartwig, law2023).amount).toBe(581.5)
    // The same man in 2026 (Regelbedarf 563 €): 61 € more; no deviation beyond the Regelbedarf.
    const now = grundsicherung(hartwig)
    expect(now.amount).toBe(642.5)
  })

  it('Jobcenter Oberberg, Beispiel 3 (2024): couple, children 7 and 14, warm rent 850 €, two earners → need 2,723 €, income 1,422 €', () => {
    // https://www.jobcenter-oberberg.de/geld/wie-hoch-ist-der-anspruch/beispiel-3/ – the Regelbedarfe of 2024 are those of 2026;
    // Kindergeld was 250 €. His work costs: 160 € travel + 50 € car insurance + 30 € insurance allowance.
    const result = grundsicherung({
      adults: 2,
      singleParent: false,
      children: [
        { age: 7, kindergeld: 250, maintenance: 0 },
        { age: 14, kindergeld: 250, maintenance: 0 },
      ],
      pregnant: false,
      housingCosts: 850,
      earners: [
        { gross: 1600, net: 1200, costs: 240 },
        { gross: 400, net: 400 },
      ],
      otherIncome: 0,
    })
    expect(result.need).toBe(2723)
    expect(result.adultIncome + 500).toBe(1422)
    // The page's table ends before the payment; need − income = 1,301 €. The Jobcenter's need has no
    // Sofortzuschlag (§ 72 SGB II, 25 € per child), which it pays on top: 1,351 € – our figure.
    expect(result.amount).toBe(1301 + 50)
  })

  it('buergergeld.org (2025): single mother, child 6 with Unterhaltsvorschuss 299 €, no income, warm rent 579 € → 1,205.68 €', () => {
    // https://www.buergergeld.org/buergergeld-alleinerziehende – Kindergeld was 255 € in 2025; with 259 € (2026): 1,201.68 €.
    const mother = {
      adults: 1 as const,
      singleParent: true,
      pregnant: false,
      housingCosts: 579,
      earners: [],
      otherIncome: 0,
    }
    expect(grundsicherung({ ...mother, children: [{ age: 6, kindergeld: 255, maintenance: 299 }] }).amount).toBe(1205.68)
    expect(grundsicherung({ ...mother, children: [{ age: 6, kindergeld: 259, maintenance: 299 }] }).amount).toBe(1201.68)
  })

  it('Jobcenter Berlin Treptow-Köpenick: 1,100 € gross without children leaves 338 € free', () => {
    // https://www.berlin.de/jobcenter-treptow-koepenick/leistungsbereich/anrechnung-von-einkommen/
    expect(earnedIncomeAllowance({ gross: 1100 }, false)).toBe(338)
    expect(earnedIncomeAllowance({ gross: 3000 }, true)).toBe(378)
    expect(earnedIncomeAllowance({ gross: 80 }, true)).toBe(80)
  })

  it('adds the single-parent Mehrbedarf as § 21 Abs. 3 SGB II sets it', () => {
    expect(singleParentShare([4])).toBe(0.36)
    expect(singleParentShare([8, 12])).toBe(0.36)
    expect(singleParentShare([10])).toBe(0.12)
    expect(singleParentShare([8, 10, 12, 14])).toBeCloseTo(0.48)
    expect(singleParentShare([1, 3, 5, 7, 9, 11])).toBe(0.6)
    expect(singleParentShare([19])).toBe(0)
  })

  it('refuses what it cannot compute instead of guessing', () => {
    const base = {
      adults: 1,
      singleParent: false,
      children: [],
      pregnant: false,
      housingCosts: 400,
      earners: [],
      otherIncome: 0,
    }
    expect(() => grundsicherung({ ...base, adults: 3 })).toThrow(RangeError)
    expect(() => grundsicherung({ ...base, housingCosts: Number.NaN })).toThrow(RangeError)
    expect(() => grundsicherung({ ...base, earners: [{ gross: -1, net: 0 }] })).toThrow(RangeError)
  })
})
