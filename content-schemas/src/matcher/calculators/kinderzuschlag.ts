/**
 * Kinderzuschlag (§ 6a BKGG): per child the maximum, less 45 % of the child's own income
 * (maintenance, Unterhaltsvorschuss), less 45 % of the parents' income above their own need
 * (Regelbedarfe, Mehrbedarfe and their share of the housing costs, § 6a Abs. 5 and 6 BKGG).
 * The law's figures are data, one set per date they apply from.
 */

export type KinderzuschlagLaw = {
  validFrom: string
  source: string
  /** § 6a Abs. 2: maximum per child and month, the 25 € Sofortzuschlag included. */
  maximum: number
  /** § 6a Abs. 1 Nr. 2: minimum gross income of the parents (couple, single parent), per month. */
  minimumIncome: { couple: number; single: number }
  /** § 6a Abs. 3 and 6: share of the child's and of the parents' surplus income that reduces it. */
  withdrawal: number
  /**
   * § 6a Abs. 5 S. 3: the parents' share of the housing costs follows the housing costs of the
   * Existenzminimumbericht (euros per year, rent and heating): single adult, couple, child.
   */
  housing: { single: number; couple: number; child: number }
}

export const kinderzuschlagLaw2026: KinderzuschlagLaw = {
  validFrom: '2026-01-01',
  source:
    '§ 6a BKGG (https://www.gesetze-im-internet.de/bkgg_1996/__6a.html): Höchstbetrag 297 € (272 € + 25 € Sofortzuschlag); Wohnkosten nach dem 15. Existenzminimumbericht, BT-Drs. 20/13550, Übersicht 4, Werte für 2026',
  maximum: 297,
  minimumIncome: { couple: 900, single: 600 },
  withdrawal: 0.45,
  housing: { single: 4212 + 1128, couple: 6324 + 1524, child: 1272 + 312 },
}

/** § 6a Abs. 5 S. 3 BKGG: the parents' share of the housing costs, by parents and number of children. */
export function parentsHousingShare(adults: 1 | 2, children: number, law: KinderzuschlagLaw = kinderzuschlagLaw2026): number {
  const parents = adults === 2 ? law.housing.couple : law.housing.single
  return parents / (parents + children * law.housing.child)
}

export type KinderzuschlagInput = {
  adults: 1 | 2
  /** The parents' Regelbedarfe and Mehrbedarfe per month (grundsicherung().parentsNeed). */
  parentsNeed: number
  /** Warm rent per month (the actual costs, not only what the Jobcenter would accept). */
  housingCosts: number
  /** The parents' gross income per month (for the minimum income). */
  parentsGross: number
  /** The parents' income after § 11b SGB II allowances, per month. */
  parentsIncome: number
  /** Each child's own income per month (maintenance, Unterhaltsvorschuss; not Kindergeld). */
  childIncomes: number[]
}

export type KinderzuschlagResult = { amount: number; perChild: number[]; belowMinimumIncome: boolean }

export function kinderzuschlag(input: KinderzuschlagInput, law: KinderzuschlagLaw = kinderzuschlagLaw2026): KinderzuschlagResult {
  for (const key of ['parentsNeed', 'housingCosts', 'parentsGross', 'parentsIncome'] as const)
    if (!Number.isFinite(input[key]) || input[key] < 0) throw new RangeError(`${key} must be a number of euros, not ${input[key]}`)
  const minimum = input.adults === 2 ? law.minimumIncome.couple : law.minimumIncome.single
  const perChild = input.childIncomes.map((income) => Math.max(0, law.maximum - law.withdrawal * income))
  if (input.parentsGross < minimum || perChild.length === 0) return { amount: 0, perChild: perChild.map(() => 0), belowMinimumIncome: true }
  const need = input.parentsNeed + parentsHousingShare(input.adults, perChild.length, law) * input.housingCosts
  const reduction = law.withdrawal * Math.max(0, Math.floor(input.parentsIncome) - need)
  const total = Math.max(0, perChild.reduce((sum, value) => sum + value, 0) - reduction)
  // § 11 Abs. 2 BKGG: whole euros, from 50 cents up.
  return { amount: Math.floor(total + 0.5), perChild, belowMinimumIncome: false }
}
