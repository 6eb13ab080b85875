import { describe, expect, it } from 'vitest'

import { amountSchema } from '../src/matcher/amountSchema.ts'
import { evaluateHousehold } from '../src/matcher/evaluate.ts'
import { matchableOffers } from '../src/matcher/offers.ts'
import { amountText, estimateAmount, estimateText, euro, totalOf, type Amount } from '../src/matcher/amounts.ts'
import { arabicPhrases } from '../src/matcher/phrases/ar.ts'
import { englishPhrases } from '../src/matcher/phrases/en.ts'
import { germanPhrases } from '../src/matcher/phrases/de.ts'
import { turkishPhrases } from '../src/matcher/phrases/tr.ts'
import { ukrainianPhrases } from '../src/matcher/phrases/uk.ts'

const source = { source: 'test', asOf: '2026-01-01' }
const amount = (value: Record<string, unknown>): Amount => amountSchema.parse({ ...source, ...value })
const kindergeld = amount({ kind: 'perChild', period: 'month', byAge: [{ belowAge: 18, value: 259 }], maybeBelowAge: 25 })
const unterhaltsvorschuss = amount({
  kind: 'perChild',
  period: 'month',
  byAge: [
    { belowAge: 6, value: 227 },
    { belowAge: 12, value: 299 },
    { belowAge: 18, value: 394 },
  ],
})
const kinderzuschlag = amount({ kind: 'perChild', period: 'month', byAge: [{ belowAge: 25, value: 297 }], upTo: true })
const elterngeld = amount({ kind: 'range', period: 'month', min: 300, max: 1800 })
const studienstarthilfe = amount({ kind: 'fixed', period: 'once', value: 1000 })
/** Intl keeps number and sign together with a no-break space („259 €“ never breaks). */
const nb = (text: string) => text.replaceAll(' €', '\u00a0€')
const family = (...childAges: number[]) => ({
  members: [{ role: 'adult' as const, age: 35 }, ...childAges.map((age) => ({ role: 'child' as const, age }))],
})

describe('amounts', () => {
  it('refuses an amount that cannot be read: a fixed one without value, age steps out of order, min above max', () => {
    expect(amountSchema.safeParse({ ...source, kind: 'fixed', period: 'once' }).success).toBe(false)
    expect(
      amountSchema.safeParse({
        ...source,
        kind: 'perChild',
        period: 'month',
        byAge: [
          { belowAge: 12, value: 1 },
          { belowAge: 6, value: 2 },
        ],
      }).success,
    ).toBe(false)
    expect(amountSchema.safeParse({ ...source, kind: 'range', period: 'month', min: 5, max: 1 }).success).toBe(false)
    expect(amountSchema.safeParse({ ...source, kind: 'computed', period: 'month' }).success).toBe(false)
  })

  it('estimates per child by age, counting a child who may still get it only in the upper figure', () => {
    expect(estimateAmount(kindergeld, family(4, 1))).toEqual({ period: 'month', min: 518, max: 518 })
    // A 20-year-old gets Kindergeld only in training or studies: in the upper figure.
    expect(estimateAmount(kindergeld, family(4, 20))).toEqual({ period: 'month', min: 259, max: 518 })
    expect(estimateAmount(kindergeld, family(30))).toBeUndefined()
    expect(estimateAmount(unterhaltsvorschuss, family(3, 7, 12))).toEqual({ period: 'month', min: 227 + 299 + 394, max: 920 })
    expect(estimateAmount(kinderzuschlag, family(3, 7))).toEqual({ period: 'month', min: 0, max: 594 })
    // A child who lives elsewhere does not count.
    expect(estimateAmount(kindergeld, { members: [{ role: 'child', age: 4, livesInHousehold: false }] })).toBeUndefined()
    expect(estimateAmount(studienstarthilfe, family())).toEqual({ period: 'once', min: 1000, max: 1000 })
    expect(estimateAmount(elterngeld, family(0))).toEqual({ period: 'month', min: 300, max: 1800 })
    expect(
      totalOf(
        [estimateAmount(kindergeld, family(4))!, estimateAmount(elterngeld, family(0))!, estimateAmount(studienstarthilfe, family())!],
        'month',
      ),
    ).toEqual({
      period: 'month',
      min: 559,
      max: 2059,
    })
  })

  it('ignores what the admin keeps in fields hidden for the chosen kind (a „bis zu“ ticked before choosing a range)', () => {
    const range = amount({ kind: 'range', period: 'month', min: 300, max: 1800, upTo: true, value: 5, byAge: [{ belowAge: 3, value: 9 }] })
    expect(range).not.toHaveProperty('value')
    expect(estimateAmount(range, family(0))).toEqual({ period: 'month', min: 300, max: 1800 })
    expect(amountText(range, germanPhrases)).toBe(nb('300 € bis 1.800 € im Monat'))
    // A stale, wrong pair from an earlier kind does not refuse a valid fixed amount.
    expect(amountSchema.safeParse({ ...source, kind: 'fixed', period: 'once', value: 1000, min: 9, max: 1 }).success).toBe(true)
  })

  it('counts per child only the children the offer’s rules accept (Unterhaltsvorschuss not for the child whose father pays)', () => {
    const offers = matchableOffers([
      {
        slug: 'unterhaltsvorschuss',
        title: 'Unterhaltsvorschuss',
        rules: [{ blockType: 'child', maxAge: 18, maintenance: ['none', 'partial'] }],
        amount: unterhaltsvorschuss,
      },
    ])
    const household = {
      version: 1 as const,
      singleParent: true,
      members: [
        { role: 'adult' as const, age: 35 },
        { role: 'child' as const, age: 4, maintenance: 'none' as const },
        { role: 'child' as const, age: 15, maintenance: 'full' as const },
        { role: 'child' as const, age: 8 },
      ],
    }
    const match = evaluateHousehold({ household, offers, referenceDate: '2026-12-05' }).matches[0]!
    // 227 € for the four-year-old; the eight-year-old's maintenance is not known: only in the upper figure; none for the fifteen-year-old.
    expect(match.amount).toEqual({ period: 'month', min: 227, max: 227 + 299 })
  })

  it('counts a child with some maintenance only in the upper figure where the maintenance is deducted (§ 2 Abs. 3 UVG)', () => {
    const offers = matchableOffers([
      {
        slug: 'unterhaltsvorschuss',
        title: 'Unterhaltsvorschuss',
        rules: [{ blockType: 'child', maxAge: 18, maintenance: ['none', 'partial'] }],
        amount: { ...unterhaltsvorschuss, lessMaintenance: true },
      },
    ])
    const household = {
      version: 1 as const,
      singleParent: true,
      members: [
        { role: 'adult' as const, age: 35 },
        { role: 'child' as const, age: 4, maintenance: 'none' as const },
        { role: 'child' as const, age: 9, maintenance: 'partial' as const },
      ],
    }
    const match = evaluateHousehold({ household, offers, referenceDate: '2026-12-05' }).matches[0]!
    // The father pays part of it: the office deducts that from the 299 €, which the finder does not know.
    expect(match.amount).toEqual({ period: 'month', min: 227, max: 227 + 299 })
    // Without the flag every accepted child counts in full.
    expect(amountSchema.parse({ ...source, kind: 'perChild', period: 'month', byAge: [{ belowAge: 18, value: 394 }] }).lessMaintenance).toBe(
      false,
    )
  })

  it('words amounts and estimates in five languages, with the language’s number format and no abbreviations', () => {
    expect(amountText(kindergeld, germanPhrases)).toBe(nb('259 € pro Kind im Monat'))
    expect(amountText(unterhaltsvorschuss, germanPhrases)).toBe(nb('227 € bis 394 € pro Kind im Monat, je nach Alter'))
    expect(amountText(kinderzuschlag, germanPhrases)).toBe(nb('bis zu 297 € pro Kind im Monat'))
    expect(amountText(elterngeld, germanPhrases)).toBe(nb('300 € bis 1.800 € im Monat'))
    expect(amountText(studienstarthilfe, germanPhrases)).toBe(nb('einmalig 1.000 €'))
    expect(estimateText({ period: 'month', min: 518, max: 518 }, germanPhrases)).toBe(nb('etwa 518 € im Monat'))
    expect(estimateText({ period: 'month', min: 0, max: 594 }, germanPhrases)).toBe(nb('bis zu 594 € im Monat'))
    expect(amountText(kindergeld, englishPhrases)).toBe('€259 per child a month')
    expect(amountText(elterngeld, englishPhrases)).toBe('€300 to €1,800 a month')
    for (const phrases of [turkishPhrases, arabicPhrases, ukrainianPhrases]) {
      const text = amountText(unterhaltsvorschuss, phrases)!
      expect(text).not.toMatch(/pro Kind|Monat|€\/M/)
      const words = phrases.amount
      const sum = (value: number) => euro(value, phrases.lang)
      expect(text).toBe(words.byAge(words.per.month(words.perChild(words.range(sum(227), sum(394))))))
    }
    expect(amountText(kindergeld, ukrainianPhrases)).toMatch(/^259\s€ на дитину на місяць$/)
  })
})
