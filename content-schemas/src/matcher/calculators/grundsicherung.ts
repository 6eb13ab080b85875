/**
 * Grundsicherungsgeld (SGB II, bisher Bürgergeld) for a family: its need (§§ 19–22 SGB II) against
 * the income that counts (§§ 11–11b). The law's figures are data, one set per date they apply from.
 *
 * A family estimate, not a Bescheid: the need is worked out for the household as a whole (the
 * Jobcenter works per person, which differs only when a child's own income exceeds its need),
 * housing costs count as the family pays them (in the first year of receipt the Jobcenter pays them
 * as they are, § 22 Abs. 1 S. 2 SGB II), and Mehrbedarfe the finder does not ask about are left out.
 */

export type GrundsicherungLaw = {
  validFrom: string
  source: string
  /** Regelbedarfsstufen 1–6 (Anlage zu § 28 SGB XII, § 20 SGB II), euros per month. */
  regelbedarf: { single: number; partner: number; adultChild: number; teen: number; child: number; small: number }
  /** § 21 Abs. 3: per cent of the single Regelbedarf for single parents (36 % or 12 % per child, at most 60 %). */
  singleParentShares: { high: number; perChild: number; cap: number }
  /** § 21 Abs. 2: per cent of the mother's Regelbedarf from the 13th week of pregnancy. */
  pregnancyShare: number
  /** § 72 SGB II: Sofortzuschlag per child under 25, euros per month. */
  childSupplement: number
  /** § 11b Abs. 2 and 3: Grundfreibetrag and the earned-income allowance's steps (gross pay up to `upTo`: `share`). */
  earnedAllowance: { basic: number; steps: { upTo: number; share: number }[]; lastStepWithChild: number }
  /** § 6 Abs. 1 Nr. 1 Bürgergeld-V: flat insurance allowance for an adult with income not from work. */
  insuranceAllowance: number
}

export const grundsicherungLaw2026: GrundsicherungLaw = {
  validFrom: '2025-01-01',
  source:
    'Regelbedarfe 2025 und 2026 unverändert (Regelbedarfsstufen-Fortschreibungsverordnung 2025, BGBl. 2024 I Nr. 294; Nullrunde 2026); §§ 11b, 20, 21, 22, 72 SGB II, https://www.gesetze-im-internet.de/sgb_2/',
  regelbedarf: { single: 563, partner: 506, adultChild: 451, teen: 471, child: 390, small: 357 },
  singleParentShares: { high: 0.36, perChild: 0.12, cap: 0.6 },
  pregnancyShare: 0.17,
  childSupplement: 25,
  earnedAllowance: {
    basic: 100,
    steps: [
      { upTo: 520, share: 0.2 },
      { upTo: 1000, share: 0.3 },
      { upTo: 1200, share: 0.1 },
    ],
    lastStepWithChild: 1500,
  },
  insuranceAllowance: 30,
}

/** The Regelbedarf of a child by age (Regelbedarfsstufen 3–6). */
export function childRegelbedarf(age: number, law: GrundsicherungLaw = grundsicherungLaw2026): number {
  const { regelbedarf } = law
  return age < 6 ? regelbedarf.small : age < 14 ? regelbedarf.child : age < 18 ? regelbedarf.teen : regelbedarf.adultChild
}

/**
 * § 21 Abs. 3 SGB II: 36 % with one child under 7 or two or three under 16, else 12 % per minor
 * child, whichever is higher, at most 60 % (of the single Regelbedarf).
 */
export function singleParentShare(childAges: number[], law: GrundsicherungLaw = grundsicherungLaw2026): number {
  const minors = childAges.filter((age) => age < 18)
  if (minors.length === 0) return 0
  const under7 = minors.filter((age) => age < 7).length
  const under16 = minors.filter((age) => age < 16).length
  const { high, perChild, cap } = law.singleParentShares
  const byAges = under7 >= 1 || under16 === 2 || under16 === 3 ? high : 0
  return Math.min(cap, Math.max(byAges, perChild * minors.length))
}

/**
 * § 11b Abs. 2 and 3 SGB II: what an earner keeps of the pay. The Grundfreibetrag of 100 € stands
 * for insurance, Riester and work costs; above 400 € gross, higher actual costs (`costs`, with the
 * 30 € insurance allowance) count instead. Then 20 % of the gross pay from 100 to 520 €, 30 % up to
 * 1,000 € and 10 % up to 1,200 € (1,500 € with a minor child).
 */
export function earnedIncomeAllowance(
  { gross, costs = 0 }: { gross: number; costs?: number },
  withChild: boolean,
  law: GrundsicherungLaw = grundsicherungLaw2026,
): number {
  if (!(gross > 0)) return 0
  const { basic, steps, lastStepWithChild } = law.earnedAllowance
  let allowance = gross > 400 && costs > basic ? costs : Math.min(gross, basic)
  let from = basic
  steps.forEach((step, index) => {
    const upTo = index === steps.length - 1 && withChild ? lastStepWithChild : step.upTo
    if (gross > from) allowance += (Math.min(gross, upTo) - from) * step.share
    from = upTo
  })
  return round2(allowance)
}

/** § 41 Abs. 2 SGB II: two decimals. */
export const round2 = (value: number) => Math.round(value * 100) / 100

export type GrundsicherungInput = {
  /** Adults of the Bedarfsgemeinschaft (1 or 2 parents): their Regelbedarf follows from how many. */
  adults: number
  singleParent: boolean
  /** Ages of the children in the household (under 25). */
  childAges: number[]
  /** An adult in the 13th week of pregnancy or later. */
  pregnant: boolean
  /** Warm rent (or an owner's housing costs) per month. */
  housingCosts: number
  /** Each earning adult's gross and net pay per month, and work costs above the flat allowance (with the insurance allowance). */
  earners: { gross: number; net: number; costs?: number }[]
  /** The adults' net income not from work (pensions, Arbeitslosengeld, Elterngeld above its free part), per month. */
  otherIncome: number
  /** Kindergeld and maintenance received for the children, per month (children's income). */
  childIncome: number
}

export type GrundsicherungResult = {
  /** The household's need per month (Regelbedarfe, Mehrbedarfe, housing). */
  need: number
  /** The adults' income that counts after § 11b, per month. */
  adultIncome: number
  /** What the Jobcenter would pay per month (0 when the income covers the need), the children's Sofortzuschlag included. */
  amount: number
  /** The parents' Regelbedarfe and Mehrbedarfe (Kinderzuschlag needs them). */
  parentsNeed: number
}

export function grundsicherung(input: GrundsicherungInput, law: GrundsicherungLaw = grundsicherungLaw2026): GrundsicherungResult {
  if (input.adults !== 1 && input.adults !== 2) throw new RangeError(`adults must be 1 or 2, not ${input.adults}`)
  const amounts = [input.housingCosts, input.otherIncome, input.childIncome, ...input.earners.flatMap((e) => [e.gross, e.net, e.costs ?? 0])]
  if (amounts.some((value) => !Number.isFinite(value) || value < 0))
    throw new RangeError(`every amount must be a number of euros, not ${amounts}`)
  const { regelbedarf } = law
  const adultsBase = input.adults === 2 ? 2 * regelbedarf.partner : regelbedarf.single
  const singleParent = input.adults === 1 && input.singleParent ? singleParentShare(input.childAges, law) * regelbedarf.single : 0
  const pregnancy = input.pregnant ? law.pregnancyShare * (input.adults === 2 ? regelbedarf.partner : regelbedarf.single) : 0
  const parentsNeed = round2(adultsBase + singleParent + pregnancy)
  const children = input.childAges.reduce((sum, age) => sum + childRegelbedarf(age, law), 0)
  const need = round2(parentsNeed + children + input.housingCosts)
  const withChild = input.childAges.some((age) => age < 18)
  const earned = input.earners.reduce((sum, earner) => sum + Math.max(0, earner.net - earnedIncomeAllowance(earner, withChild, law)), 0)
  const other = Math.max(0, input.otherIncome - (input.otherIncome > 0 && input.earners.length === 0 ? law.insuranceAllowance : 0))
  const adultIncome = round2(earned + other)
  const shortfall = round2(Math.max(0, need - adultIncome - input.childIncome))
  // § 72 SGB II: the children's Sofortzuschlag comes on top where the Jobcenter pays at all.
  const amount = shortfall > 0 ? round2(shortfall + law.childSupplement * input.childAges.filter((age) => age < 25).length) : 0
  return { need, adultIncome, amount, parentsNeed }
}
