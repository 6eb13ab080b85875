/**
 * „Wie viel?“ for one household: Grundsicherungsgeld, Wohngeld and Kinderzuschlag from the money
 * facts the family gave (net income, warm rent, maintenance received), and which of them applies
 * (§ 12a SGB II: Wohngeld and Kinderzuschlag come first where together they cover the family's need;
 * § 7 Abs. 1 WoGG and § 6a Abs. 1 Nr. 3 BKGG: where they do not, Grundsicherungsgeld).
 *
 * The family gives net figures; the laws count gross pay and cold rent. What the finder does not
 * know is not assumed but spanned: every calculation runs for each end of what it could be (gross
 * pay from net and how it is split between earners, heating in the warm rent, Hamm's Mietenstufe and
 * rent limit, maintenance not given and how it is split, a single parent not yet said, Elterngeld's
 * free part, a disability's Mehrbedarf), and a figure decides only where every end agrees.
 */
import type { Household, Member } from '../household.ts'
import { earnedIncomeAllowance, grundsicherung, grundsicherungLaw2026, type GrundsicherungLaw } from './grundsicherung.ts'
import { kinderzuschlag, kinderzuschlagLaw2026, type KinderzuschlagLaw } from './kinderzuschlag.ts'
import { wohngeld, wohngeldCeiling, wohngeldIncome, wohngeldLaw2025, type WohngeldLaw } from './wohngeld.ts'

/** What the estimate takes as given beyond the laws, each with its source (amounts/research-2026-12-examples.md). */
export type FamilyAssumptions = {
  source: string
  /** Kindergeld per child and month (§ 66 EStG), counted as the child's income by SGB II and KiZ. */
  kindergeld: number
  /** Net pay as a share of gross pay: the ends of what is usual (minijob 100 %, taxed employees down to about 64 %). */
  netShareOfGross: { low: number; high: number; minijobUpTo: number }
  /** Heating and hot water as a share of the warm rent (Betriebskostenspiegel: about 14 % in Hamm, up to 22 %). */
  heatingShare: { low: number; high: number }
  /** The Mietenstufen Hamm may have (II by the city's pages, which date from before 2023; III not ruled out). */
  mietenstufen: number[]
  /**
   * Hamm's limit for housing costs is not published in a readable form: the Wohngeld ceiling of this
   * Mietenstufe with its heating relief stands in for it at the lower end, of which the Jobcenter
   * recognises 1.5 times in the first year (§ 22 Abs. 1 SGB II as of 1 July 2026); the upper end is the rent itself.
   */
  rentLimitMietenstufe: number
  rentLimitFactor: number
  /** An upper end for maintenance per child not given (so that an unknown maintenance never makes a „passt“). */
  maintenanceUpTo: number
  /** § 10 BEEG: Elterngeld left free (Wohngeld; SGB II and KiZ when the parent earned before the birth). */
  elterngeldFree: number
  /** § 21 Abs. 4 SGB II: Mehrbedarf of a disabled adult in work or training measures, share of the Regelbedarf. */
  disabilityShare: number
  /** § 17 Nr. 1 WoGG: yearly allowance for a severely disabled member (GdB 100, or in need of care at home). */
  wohngeldDisabilityAllowance: number
  /** § 6a Abs. 1a BKGG: Kinderzuschlag (and Wohngeld) also where at most this much stays uncovered, with earnings allowances of at least as much. */
  kinderzuschlagGap: number
}

export const familyAssumptions2026: FamilyAssumptions = {
  source:
    'Kindergeld 259 € (§ 66 EStG, 2026); Betriebskostenspiegel des Deutschen Mieterbunds 2024 (Heizung und Warmwasser 1,32 €/m²); Mietenstufe II nach hamm.de/wohngeld; § 22 Abs. 1 SGB II, § 10 BEEG, § 21 Abs. 4 SGB II, § 17 WoGG, § 6a Abs. 1a BKGG',
  kindergeld: 259,
  netShareOfGross: { low: 0.64, high: 0.8, minijobUpTo: 603 },
  heatingShare: { low: 0.1, high: 0.22 },
  mietenstufen: [2, 3],
  rentLimitMietenstufe: 2,
  rentLimitFactor: 1.5,
  maintenanceUpTo: 1000,
  elterngeldFree: 300,
  disabilityShare: 0.35,
  wohngeldDisabilityAllowance: 1800,
  kinderzuschlagGap: 100,
}

export type FamilyLaws = {
  grundsicherung: GrundsicherungLaw
  kinderzuschlag: KinderzuschlagLaw
  wohngeld: WohngeldLaw
  assumptions: FamilyAssumptions
}
export const familyLaws2026: FamilyLaws = {
  grundsicherung: grundsicherungLaw2026,
  kinderzuschlag: kinderzuschlagLaw2026,
  wohngeld: wohngeldLaw2025,
  assumptions: familyAssumptions2026,
}

/** Euros per month, from the least to the most any end of the unknowns gives. */
export type Span = { min: number; max: number }
export type FamilyCalculator = 'grundsicherung' | 'wohngeld' | 'kinderzuschlag'
/**
 * `priority`: at every end the family is in need and Wohngeld and Kinderzuschlag cover it (they come
 * first); `grundsicherung`: at every end they do not; `none`: at no end is the family in need; `open`: it depends.
 */
export type FamilyVerdict = 'priority' | 'grundsicherung' | 'none' | 'open'
export type FamilyFigures = Record<FamilyCalculator, Span> & { verdict: FamilyVerdict }

const earning = new Set(['employed', 'self-employed', 'trainee'])
const notEarning = new Set(['unemployed', 'parental-leave', 'homemaker'])
/** Not in SGB II: students in training BAföG could pay for (§ 7 Abs. 5), people with a full pension (SGB XII), asylum law. */
const outsideSgb2 = new Set(['student', 'retired'])
const outsideBenefits = new Set(['buergergeld', 'sozialhilfe', 'asylbewerberleistungen'])
const both = <T>(values: T[]) => [...new Set(values)]
const lives = (member: Member) => member.livesInHousehold !== false
type End = 'self' | 'covered' | 'either' | 'short'

/**
 * The figures for a household, or undefined when they cannot be worked out: the net income or the
 * housing costs not given, a household the calculators do not model (more than two adults, a
 * grandparent or other adult, a child of 18 or older – whose own income and Kindergeld the finder
 * does not ask –, an adult of pension age, studying or on a full pension), or a family that already
 * receives Grundsicherungsgeld, Sozialhilfe or asylum benefits (the finder then decides nothing).
 */
export function familyFigures(household: Household, laws: FamilyLaws = familyLaws2026): FamilyFigures | undefined {
  if (household.netIncome === undefined || household.housingCosts === undefined) return undefined
  // The time hints ask again for the household months later: only the facts the figures read, with
  // ages by the limits the laws draw, make the key.
  const key = JSON.stringify([
    household.netIncome,
    household.housingCosts,
    household.maintenanceReceived,
    household.singleParent,
    household.receives,
    household.members.map((m) => [
      m.role,
      m.role === 'child' ? ageLimits.findIndex((limit) => m.age < limit) : m.age >= 67,
      m.livesInHousehold,
      m.relation,
      m.employment,
      m.residenceStatus,
      m.maintenance,
      m.disability,
      m.gdb,
      m.pflegegrad,
      m.pregnant,
      m.dueInWeeks === undefined ? undefined : m.dueInWeeks <= 27,
    ]),
  ])
  const cache = cacheOf(laws)
  if (!cache.has(key)) {
    if (cache.size >= 256) cache.clear()
    cache.set(key, computeFamilyFigures(household, laws))
  }
  return cache.get(key)
}

/** Ages at which a child's figures change: Regelbedarfe (6, 14, 18) and the single-parent Mehrbedarf (7, 16). */
const ageLimits = [6, 7, 14, 16, 18, Infinity]
const caches = new WeakMap<FamilyLaws, Map<string, FamilyFigures | undefined>>()
const cacheOf = (laws: FamilyLaws) => {
  if (!caches.has(laws)) caches.set(laws, new Map())
  return caches.get(laws)!
}

function computeFamilyFigures(household: Household, laws: FamilyLaws): FamilyFigures | undefined {
  const { netIncome, housingCosts } = household
  if (netIncome === undefined || housingCosts === undefined) return undefined
  const adults = household.members.filter((member) => member.role === 'adult' && lives(member))
  const children = household.members.filter((member) => member.role === 'child' && lives(member))
  if (adults.length < 1 || adults.length > 2 || children.some((child) => child.age >= 18)) return undefined
  if (adults.some((adult) => adult.age >= 67 || adult.relation === 'grandparent' || adult.relation === 'other-adult')) return undefined
  if (
    adults.some(
      (adult) => outsideSgb2.has(adult.employment ?? '') || adult.residenceStatus === 'asylum-seeker' || adult.residenceStatus === 'tolerated',
    )
  )
    return undefined
  if (household.receives?.some((benefit) => outsideBenefits.has(benefit))) return undefined
  const { assumptions: given } = laws
  const members = adults.length + children.length

  // Who earns: an adult who said so surely, one who did not say perhaps; 0: the income is not from work.
  const sureEarners = adults.filter((adult) => earning.has(adult.employment ?? '')).length
  const possibleEarners = adults.filter((adult) => !notEarning.has(adult.employment ?? 'unknown')).length
  const selfEmployed = adults.some(
    (adult) => adult.employment === 'self-employed' || adult.employment === undefined || adult.employment === 'unknown',
  )
  type Pay = { earners: { gross: number; net: number }[]; gross: number; wohngeldYearly: number; deductions: 0 | 1 | 2 | 3 }
  const payEnds: Pay[] = []
  for (const count of netIncome === 0 ? [0] : both([sureEarners, possibleEarners])) {
    if (count === 0) {
      // Pensions, Arbeitslosengeld, Elterngeld: with or without contributions deducted (§ 16 WoGG).
      for (const deductions of [0, 1] as const) payEnds.push({ earners: [], gross: netIncome, wohngeldYearly: netIncome * 12, deductions })
      continue
    }
    const splits =
      count === 1
        ? [[netIncome]]
        : [
            [netIncome / 2, netIncome / 2],
            [Math.max(0, netIncome - given.netShareOfGross.minijobUpTo), Math.min(netIncome, given.netShareOfGross.minijobUpTo)],
          ]
    for (const split of splits) {
      const shares = both([given.netShareOfGross.low, given.netShareOfGross.high])
      for (const share of shares) {
        // A part up to the minijob limit may be a minijob (gross = net).
        const earners = split
          .filter((net) => net > 0)
          .map((net) => ({ net, gross: net <= given.netShareOfGross.minijobUpTo && split.length > 1 ? net : net / share }))
        const gross = earners.reduce((sum, earner) => sum + earner.gross, 0)
        // § 14 WoGG: pay less the Arbeitnehmer-Pauschbetrag (1,230 € a year per employee); § 16: tax, health, pension.
        payEnds.push({ earners, gross, wohngeldYearly: Math.max(0, gross * 12 - earners.length * 1230), deductions: 3 })
        // Self-employed: no Pauschbetrag, often no pension insurance.
        if (selfEmployed) payEnds.push({ earners, gross, wohngeldYearly: gross * 12, deductions: 2 })
      }
    }
    if (count === 1 && netIncome <= given.netShareOfGross.minijobUpTo)
      payEnds.push({
        earners: [{ net: netIncome, gross: netIncome }],
        gross: netIncome,
        wohngeldYearly: Math.max(0, netIncome * 12 - 1230),
        deductions: 1,
      })
  }

  const singleParents =
    adults.length === 2 || children.length === 0 ? [false] : household.singleParent === undefined ? [false, true] : [household.singleParent]
  const pregnantAdults = adults.filter((adult) => adult.pregnant)
  // § 21 Abs. 2 SGB II: from the 13th week, i.e. at most 27 weeks before the birth.
  const pregnancies =
    pregnantAdults.length === 0
      ? [false]
      : pregnantAdults.some((adult) => adult.dueInWeeks === undefined)
        ? [false, true]
        : [pregnantAdults.some((adult) => adult.dueInWeeks! <= 27)]
  // Maintenance: what the family gave, split evenly or all for one child; not given, from none to a
  // high amount for every child who may get it (a single parent's child, a stepchild, a child said to get it).
  const mayGetMaintenance = children.filter(
    (child) =>
      child.maintenance === 'full' ||
      child.maintenance === 'partial' ||
      ((child.maintenance === undefined || child.maintenance === 'unknown') &&
        (adults.length === 1 || !['own', 'adopted', undefined].includes(child.relation))),
  )
  const maintenanceEnds: number[][] =
    household.maintenanceReceived !== undefined
      ? household.maintenanceReceived === 0 || mayGetMaintenance.length <= 1
        ? [children.map((child) => (child === (mayGetMaintenance[0] ?? children[0]) ? household.maintenanceReceived! : 0))]
        : [
            children.map((child) => (mayGetMaintenance.includes(child) ? household.maintenanceReceived! / mayGetMaintenance.length : 0)),
            children.map((child) => (child === mayGetMaintenance[0] ? household.maintenanceReceived! : 0)),
          ]
      : [children.map(() => 0), children.map((child) => (mayGetMaintenance.includes(child) ? given.maintenanceUpTo : 0))]
  const onLeave = adults.filter(
    (adult) => adult.employment === 'parental-leave' || adult.employment === undefined || adult.employment === 'unknown',
  ).length
  const elterngeldFree = both([0, Math.min(netIncome, onLeave * given.elterngeldFree)])
  const disabled = household.members.filter((member) => lives(member) && (member.disability || (member.gdb ?? 0) > 0)).length
  const extraNeeds = both([0, disabled * given.disabilityShare * laws.grundsicherung.regelbedarf.single])
  const severelyDisabled = household.members.filter(
    (member) => lives(member) && ((member.gdb ?? 0) >= 100 || (member.disability && (member.pflegegrad ?? 0) >= 1)),
  ).length
  const rentLimit = given.rentLimitFactor * wohngeldCeiling(members, given.rentLimitMietenstufe, laws.wohngeld)
  const recognisedHousing = both([housingCosts, Math.min(housingCosts, rentLimit)])

  const results: { grundsicherung: number; wohngeld: number; kinderzuschlag: number; end: End }[] = []
  // Wohngeld falls with the heating share and rises with the Mietenstufe: its two ends are enough.
  const wohngeldEnds = [
    { heating: given.heatingShare.high, mietenstufe: Math.min(...given.mietenstufen) },
    { heating: given.heatingShare.low, mietenstufe: Math.max(...given.mietenstufen) },
  ]
  // Every combination of the ends, each calculation in the loop of the unknowns it depends on.
  for (const pay of payEnds) {
    const allowances = pay.earners.reduce(
      (sum, earner) => sum + earnedIncomeAllowance(earner, children.length > 0, laws.grundsicherung) - Math.min(earner.gross, 100),
      0,
    )
    for (const singleParent of singleParents)
      for (const childIncomes of maintenanceEnds)
        for (const elterngeld of elterngeldFree) {
          const income =
            wohngeldIncome({
              yearlyIncome: Math.max(0, pay.wohngeldYearly - elterngeld * 12),
              deductions: pay.deductions,
              singleParent: singleParent && children.length > 0,
            }) +
            childIncomes.reduce((sum, value) => sum + value, 0) -
            (severelyDisabled * given.wohngeldDisabilityAllowance) / 12
          const housingBenefits = wohngeldEnds.map(
            (end) =>
              wohngeld(
                { members, rent: housingCosts * (1 - end.heating), income: Math.max(0, income), mietenstufe: end.mietenstufe },
                laws.wohngeld,
              ).amount,
          )
          const childrenWithIncome = children.map((child, index) => ({
            age: child.age,
            kindergeld: given.kindergeld,
            maintenance: childIncomes[index]!,
          }))
          for (const pregnant of pregnancies)
            for (const extraNeed of extraNeeds) {
              let kiz: number | undefined
              for (const recognised of recognisedHousing) {
                const sgb2 = grundsicherung(
                  {
                    adults: adults.length,
                    singleParent,
                    pregnant,
                    housingCosts: recognised,
                    extraNeed,
                    earners: pay.earners,
                    otherIncome: Math.max(0, (pay.earners.length === 0 ? netIncome : 0) - elterngeld),
                    children: childrenWithIncome,
                  },
                  laws.grundsicherung,
                )
                // Kinderzuschlag reads the actual housing costs (BSG B 14 KG 1/11 R); Elterngeld's free part also beside pay.
                kiz ??=
                  children.length === 0
                    ? 0
                    : kinderzuschlag(
                        {
                          adults: adults.length as 1 | 2,
                          parentsNeed: sgb2.parentsNeed,
                          housingCosts,
                          parentsGross: pay.gross,
                          parentsIncome: Math.max(0, sgb2.adultIncome - (pay.earners.length > 0 ? elterngeld : 0)),
                          childIncomes,
                        },
                        laws.kinderzuschlag,
                      ).amount
                for (const housing of housingBenefits) {
                  const gap = sgb2.shortfall - housing - kiz
                  const state: End =
                    sgb2.amount === 0
                      ? 'self'
                      : gap <= 0
                        ? 'covered'
                        : gap <= given.kinderzuschlagGap && allowances >= given.kinderzuschlagGap && kiz > 0
                          ? 'either'
                          : 'short'
                  results.push({
                    grundsicherung: state === 'self' || state === 'covered' ? 0 : sgb2.amount,
                    wohngeld: state === 'short' ? 0 : housing,
                    kinderzuschlag: state === 'short' ? 0 : kiz,
                    end: state,
                  })
                }
              }
            }
        }
  }
  // Whole euros: an estimate, not a Bescheid.
  const span = (key: FamilyCalculator): Span => ({
    min: Math.round(Math.min(...results.map((r) => r[key]))),
    max: Math.round(Math.max(...results.map((r) => r[key]))),
  })
  const all = (state: End) => results.every((r) => r.end === state)
  const verdict: FamilyVerdict = all('covered')
    ? 'priority'
    : all('short')
      ? 'grundsicherung'
      : results.every((r) => r.end === 'self')
        ? 'none'
        : 'open'
  return { grundsicherung: span('grundsicherung'), wohngeld: span('wohngeld'), kinderzuschlag: span('kinderzuschlag'), verdict }
}
