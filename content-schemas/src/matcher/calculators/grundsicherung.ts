/**
 * Grundsicherungsgeld (SGB II, bisher Bürgergeld) for a family: its need (§§ 19–22 SGB II) against
 * the income that counts (§§ 11–11b). The law's figures are data, one set per date they apply from.
 *
 * A family estimate, not a Bescheid: each child's own income (Kindergeld, maintenance) meets its own
 * need first (its Regelbedarf and its head's share of the housing costs); only surplus Kindergeld
 * goes to the parents, surplus maintenance does not. Housing counts as the caller says the Jobcenter
 * recognises it (§ 22 Abs. 1 SGB II: in the first year up to 1.5 times the local limit); further
 * Mehrbedarfe come in as `extraNeed`.
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
  /** The children in the household (under 25): age and their own income per month. */
  children: { age: number; kindergeld: number; maintenance: number }[]
  /** An adult in the 13th week of pregnancy or later. */
  pregnant: boolean
  /** Warm rent (or an owner's housing costs) per month, as far as the Jobcenter recognises it. */
  housingCosts: number
  /** Further Mehrbedarfe per month (e.g. § 21 Abs. 4 SGB II for a disabled adult). */
  extraNeed?: number
  /** Each earning adult's gross and net pay per month, and work costs above the flat allowance (with the insurance allowance). */
  earners: { gross: number; net: number; costs?: number }[]
  /** The adults' net income not from work (pensions, Arbeitslosengeld, Elterngeld above its free part), per month. */
  otherIncome: number
}

export type GrundsicherungResult = {
  /** The household's need per month (Regelbedarfe, Mehrbedarfe, housing). */
  need: number
  /** The adults' own income that counts after § 11b, per month (Kinderzuschlag reads it). */
  adultIncome: number
  /** What the Jobcenter would pay per month (0 when the income covers the need), the children's Sofortzuschlag included. */
  amount: number
  /** The need the income leaves uncovered, without the Sofortzuschlag (what Wohngeld and Kinderzuschlag would have to cover). */
  shortfall: number
  /** The parents' Regelbedarfe and Mehrbedarfe (Kinderzuschlag needs them). */
  parentsNeed: number
}

export function grundsicherung(input: GrundsicherungInput, law: GrundsicherungLaw = grundsicherungLaw2026): GrundsicherungResult {
  if (input.adults !== 1 && input.adults !== 2) throw new RangeError(`adults must be 1 or 2, not ${input.adults}`)
  const amounts = [
    input.housingCosts,
    input.otherIncome,
    input.extraNeed ?? 0,
    ...input.earners.flatMap((e) => [e.gross, e.net, e.costs ?? 0]),
    ...input.children.flatMap((c) => [c.age, c.kindergeld, c.maintenance]),
  ]
  if (amounts.some((value) => !Number.isFinite(value) || value < 0))
    throw new RangeError(`every amount must be a number of euros, not ${amounts}`)
  const { regelbedarf } = law
  const childAges = input.children.map((child) => child.age)
  const adultsBase = input.adults === 2 ? 2 * regelbedarf.partner : regelbedarf.single
  const singleParent = input.adults === 1 && input.singleParent ? singleParentShare(childAges, law) * regelbedarf.single : 0
  const pregnancy = input.pregnant ? law.pregnancyShare * (input.adults === 2 ? regelbedarf.partner : regelbedarf.single) : 0
  const parentsNeed = round2(adultsBase + singleParent + pregnancy + (input.extraNeed ?? 0))
  // Housing by heads (Kopfteilprinzip).
  const perHead = input.housingCosts / (input.adults + input.children.length)
  const withChild = childAges.some((age) => age < 18)
  const earned = input.earners.reduce((sum, earner) => sum + Math.max(0, earner.net - earnedIncomeAllowance(earner, withChild, law)), 0)
  const other = Math.max(0, input.otherIncome - (input.otherIncome > 0 && input.earners.length === 0 ? law.insuranceAllowance : 0))
  const adultIncome = round2(earned + other)
  // Kindergeld a child does not need counts for the parents (§ 11 Abs. 1 S. 5 SGB II); surplus maintenance does not.
  let kindergeldSurplus = 0
  let childrenShortfall = 0
  let childrenInNeed = 0
  for (const child of input.children) {
    const need = childRegelbedarf(child.age, law) + perHead
    const income = child.kindergeld + child.maintenance
    if (income < need) {
      childrenShortfall += need - income
      childrenInNeed += 1
    } else kindergeldSurplus += Math.min(child.kindergeld, income - need)
  }
  // The parents' income beyond their own need meets the children's.
  const shortfall = round2(Math.max(0, parentsNeed + perHead * input.adults + childrenShortfall - adultIncome - kindergeldSurplus))
  const need = round2(parentsNeed + childAges.reduce((sum, age) => sum + childRegelbedarf(age, law), 0) + input.housingCosts)
  // § 72 SGB II: the Sofortzuschlag for each child in need.
  const amount = shortfall > 0 ? round2(shortfall + law.childSupplement * childrenInNeed) : 0
  return { need, adultIncome, amount, shortfall, parentsNeed }
}
