import { amountCalculatorOptions, amountKindOptions, amountPeriodOptions, valuesOf } from '../options.ts'
import type { Household } from './household.ts'
import type { MatcherPhrases } from './phrases.ts'

/**
 * What a money offer pays, as editors keep it in the CMS (with its source and „Stand“), and what
 * that means for one household. The offer page and the finder word it from the same data.
 *
 * - `fixed`: one amount (`value`), e.g. Studienstarthilfe 1,000 € once.
 * - `perChild`: per child of the household by the child's age (`byAge`: the first step whose
 *   `belowAge` the child has not reached), e.g. Kindergeld 259 € a month below 18, or
 *   Unterhaltsvorschuss 227 / 299 / 394 €; children up to `maybeBelowAge` count only in the upper
 *   estimate (Kindergeld for a child in training up to 25).
 * - `range`: from `min` to `max`, e.g. Elterngeld 300 to 1,800 € a month.
 * - `computed`: worked out from the family's figures (`calculator`); until they are given, `min`/`max` if set.
 *
 * `calculator` with any kind: once the family gives its figures (net income, warm rent), the
 * estimate comes from that calculation (Kinderzuschlag: „bis zu 297 € pro Kind“ until then).
 *
 * `upTo`: the amount is a maximum („bis zu 297 € pro Kind“): the estimate starts at 0.
 */
export const amountKinds = valuesOf(amountKindOptions)
export const amountPeriods = valuesOf(amountPeriodOptions)
export const amountCalculators = valuesOf(amountCalculatorOptions)

export type AmountKind = (typeof amountKinds)[number]
export type AmountPeriod = (typeof amountPeriods)[number]
export type AmountCalculator = (typeof amountCalculators)[number]

/** An amount as the CMS keeps it (amountSchema.ts reads and checks it; this module stays free of zod for the island). */
export type Amount = {
  kind: AmountKind
  period: AmountPeriod
  value?: number | undefined
  min?: number | undefined
  max?: number | undefined
  byAge: { belowAge: number; value: number }[]
  maybeBelowAge?: number | undefined
  upTo: boolean
  /**
   * Per child: maintenance the child gets is deducted (Unterhaltsvorschuss, § 2 Abs. 3 UVG), so a
   * child with some maintenance counts only in the upper figure.
   */
  lessMaintenance: boolean
  calculator?: AmountCalculator | undefined
  /** Where the figures come from (law, authority page). */
  source: string
  /** The day they were checked (YYYY-MM-DD). */
  asOf: string
}

/** What a household can expect from one offer, in euros per period; `min` = `max` when exact. */
export type AmountEstimate = { period: AmountPeriod; min: number; max: number }

/** The step of a child of this age, or undefined when the child is too old for every step. */
const stepFor = (amount: Amount, age: number) => amount.byAge.find((step) => age < step.belowAge)

/** Whether the offer fits the household for one child alone: `yes` counts in the estimate, `maybe` only in its upper figure. */
export type ChildFit = (childIndex: number) => 'yes' | 'maybe' | 'no'

/**
 * The estimate for one household, or undefined when it cannot be given from the data alone (a
 * computed amount without its figures, an amount per child in a household without such a child).
 * Per child, only the children the offer's rules accept count (`fitsFor`: Unterhaltsvorschuss for
 * the child without maintenance, not for its sister whose father pays); without it, every child
 * of the household at an age the amount names.
 */
export function estimateAmount(amount: Amount, household: Pick<Household, 'members'>, fitsFor?: ChildFit): AmountEstimate | undefined {
  const { period } = amount
  switch (amount.kind) {
    case 'fixed':
      return { period, min: amount.upTo ? 0 : amount.value!, max: amount.value! }
    case 'range':
      return { period, min: amount.min!, max: amount.max! }
    case 'computed':
      return amount.min !== undefined && amount.max !== undefined ? { period, min: amount.min, max: amount.max } : undefined
    case 'perChild': {
      const last = amount.byAge.at(-1)!
      let sure = 0
      let maybe = 0
      let counted = 0
      household.members.forEach((member, index) => {
        if (member.role !== 'child' || member.livesInHousehold === false) return
        const fit = fitsFor?.(index) ?? 'yes'
        if (fit === 'no') return
        const step = stepFor(amount, member.age)
        const value = step?.value ?? (amount.maybeBelowAge !== undefined && member.age < amount.maybeBelowAge ? last.value : undefined)
        if (value === undefined) return
        counted += 1
        const reduced = amount.lessMaintenance && member.maintenance === 'partial'
        if (step && fit === 'yes' && !reduced) sure += value
        else maybe += value
      })
      return counted > 0 ? { period, min: amount.upTo ? 0 : sure, max: sure + maybe } : undefined
    }
  }
}

/** Adds estimates of the same period (a total per month). */
export function totalOf(estimates: AmountEstimate[], period: AmountPeriod): AmountEstimate | undefined {
  const same = estimates.filter((estimate) => estimate.period === period)
  if (same.length === 0) return undefined
  return same.reduce((sum, estimate) => ({ period, min: sum.min + estimate.min, max: sum.max + estimate.max }), { period, min: 0, max: 0 })
}

/** Making a number format costs far more than using one: the matcher words an amount per fitting offer. */
const euroFormats = new Map<string, Intl.NumberFormat>()

/** „259 €“ in the phrases' language (cents only where there are any). */
export const euro = (value: number, lang: string) => {
  const cents = !Number.isInteger(value)
  const key = `${lang}:${cents}`
  let format = euroFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(lang, {
      style: 'currency',
      currency: 'EUR',
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: cents ? 2 : 0,
    })
    euroFormats.set(key, format)
  }
  return format.format(value)
}

type AmountWords = Pick<MatcherPhrases, 'lang' | 'amount'>

/** „bis zu 297 €“ from 0, „300 € bis 1.800 €“, or the one sum (as `exact` words it). */
function spanText(min: number, max: number, phrases: AmountWords, exact = (sum: string) => sum): string {
  const sum = (value: number) => euro(value, phrases.lang)
  if (min === max) return exact(sum(max))
  return min === 0 ? phrases.amount.upTo(sum(max)) : phrases.amount.range(sum(min), sum(max))
}

/** What the offer pays, in words: „259 € pro Kind im Monat“, „bis zu 297 € pro Kind im Monat“, „einmalig 1.000 €“. */
export function amountText(amount: Amount, phrases: AmountWords): string | undefined {
  const words = phrases.amount
  const span = (min: number, max: number) => words.per[amount.period](spanText(amount.upTo ? 0 : min, max, phrases))
  switch (amount.kind) {
    case 'fixed':
      return span(amount.value!, amount.value!)
    case 'range':
      return span(amount.min!, amount.max!)
    case 'computed':
      return amount.max !== undefined ? span(amount.min ?? 0, amount.max) : undefined
    case 'perChild': {
      const values = amount.byAge.map((step) => step.value)
      const text = words.per[amount.period](words.perChild(spanText(amount.upTo ? 0 : Math.min(...values), Math.max(...values), phrases)))
      return new Set(values).size > 1 ? words.byAge(text) : text
    }
  }
}

/** An estimate for the family in words: „etwa 518 € im Monat“, „bis zu 594 € im Monat“, „einmalig 1.000 €“. */
export function estimateText(estimate: AmountEstimate, phrases: AmountWords): string {
  return phrases.amount.per[estimate.period](spanText(estimate.min, estimate.max, phrases, phrases.amount.about))
}
