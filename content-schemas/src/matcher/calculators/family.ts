/**
 * „Wie viel?“ for one household: Grundsicherungsgeld, Wohngeld and Kinderzuschlag from the money
 * facts the family gave (net income, warm rent, maintenance received), and which of them applies
 * (§ 12a SGB II: Wohngeld and Kinderzuschlag come first where together they cover the family's need;
 * § 7 Abs. 1 WoGG and § 6a Abs. 1 Nr. 3 BKGG: where they do not, Grundsicherungsgeld).
 *
 * The family gives net figures; the laws count gross pay and cold rent. What the finder does not
 * know is not assumed but spanned: every calculation runs for each end of what it could be (gross
 * pay from net, heating in the warm rent, Hamm's Mietenstufe, a single parent not yet said, …), and
 * a figure decides only where every end agrees.
 */
import type { Activity, Household, Member } from '../household.ts'
import { grundsicherung, grundsicherungLaw2026, type GrundsicherungLaw } from './grundsicherung.ts'
import { kinderzuschlag, kinderzuschlagLaw2026, type KinderzuschlagLaw } from './kinderzuschlag.ts'
import { wohngeld, wohngeldIncome, wohngeldLaw2025, type WohngeldLaw } from './wohngeld.ts'

/** What the estimate takes as given beyond the laws, each with its source (amounts/research-2026-12-examples.md). */
export type FamilyAssumptions = {
  source: string
  /** Kindergeld per child and month (§ 66 EStG), counted as the child's income by SGB II and KiZ. */
  kindergeld: number
  /** Unterhaltsvorschuss by age (§ 2 UhVorschG), for a single parent who did not say what maintenance comes in. */
  unterhaltsvorschuss: { belowAge: number; value: number }[]
  /** Net pay as a share of gross pay: the ends of what is usual (minijob 100 %, taxed employees down to about 64 %). */
  netShareOfGross: { low: number; high: number; highUpToNet: number }
  /** Heating and hot water as a share of the warm rent (Betriebskostenspiegel: about 14 % in Hamm, up to 22 %). */
  heatingShare: { low: number; high: number }
  /** The Mietenstufen Hamm may have (II by the city's pages, which date from before 2023; III not ruled out). */
  mietenstufen: number[]
  /** § 17 Nr. 1 WoGG: yearly allowance for a severely disabled member (GdB 100, or in need of care at home). */
  wohngeldDisabilityAllowance: number
}

export const familyAssumptions2026: FamilyAssumptions = {
  source:
    'Kindergeld 259 € (§ 66 EStG, 2026); Unterhaltsvorschuss 227/299/394 € (2026); Betriebskostenspiegel des Deutschen Mieterbunds 2024 (Heizung und Warmwasser 1,32 €/m²); Mietenstufe II nach hamm.de/wohngeld',
  kindergeld: 259,
  unterhaltsvorschuss: [
    { belowAge: 6, value: 227 },
    { belowAge: 12, value: 299 },
    { belowAge: 18, value: 394 },
  ],
  netShareOfGross: { low: 0.64, high: 0.8, highUpToNet: 603 },
  heatingShare: { low: 0.1, high: 0.22 },
  mietenstufen: [2, 3],
  wohngeldDisabilityAllowance: 1800,
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
 * `priority`: Wohngeld and Kinderzuschlag together cover the need at every end (they come first);
 * `grundsicherung`: they cover it at no end; `open`: it depends on what the family did not give.
 */
export type FamilyVerdict = 'priority' | 'grundsicherung' | 'open'
export type FamilyFigures = Record<FamilyCalculator, Span> & { verdict: FamilyVerdict }

const earning = new Set(['employed', 'self-employed', 'trainee'])
const notEarning = new Set(['unemployed', 'student', 'parental-leave', 'homemaker', 'retired'])
/** Activities for which an adult child (18 to 24) gets Kindergeld (§ 32 Abs. 4 EStG). */
const kindergeldActivities = new Set<Activity>([
  'weiterfuehrende-schule',
  'foerderschule',
  'berufskolleg',
  'ausbildung',
  'studium',
  'freiwilligendienst',
  'job-seeking',
  'unknown',
])
const both = <T>(values: T[]) => [...new Set(values)]

const lives = (member: Member) => member.livesInHousehold !== false

/**
 * The figures for a household, or undefined when they cannot be worked out: the net income or the
 * housing costs not given, or a household the calculators do not model (more than two adults, a
 * grandparent or other adult, a child of 25 or older, an adult of pension age).
 */
export function familyFigures(household: Household, laws: FamilyLaws = familyLaws2026): FamilyFigures | undefined {
  const { netIncome, housingCosts } = household
  if (netIncome === undefined || housingCosts === undefined) return undefined
  const adults = household.members.filter((member) => member.role === 'adult' && lives(member))
  const children = household.members.filter((member) => member.role === 'child' && lives(member))
  if (adults.length < 1 || adults.length > 2) return undefined
  if (adults.some((adult) => adult.age >= 67 || adult.relation === 'grandparent' || adult.relation === 'other-adult')) return undefined
  if (children.some((child) => child.age >= 25)) return undefined
  const { assumptions } = laws

  const childAges = children.map((child) => child.age)
  const minors = children.filter((child) => child.age < 18)
  const kindergeldChildren = children.filter((child) => child.age < 18 || kindergeldActivities.has(child.activity ?? 'unknown'))
  const kindergeld = kindergeldChildren.length * assumptions.kindergeld

  // Who earns: an adult who said so surely, one who did not say perhaps.
  const sureEarners = adults.filter((adult) => earning.has(adult.employment ?? '')).length
  const possibleEarners = adults.filter((adult) => !notEarning.has(adult.employment ?? 'unknown')).length
  // 0: the income is not from work (pensions, Arbeitslosengeld, Elterngeld).
  const earnerCounts = netIncome === 0 ? [0] : both([sureEarners, possibleEarners])

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
  const uvg = minors.reduce((sum, child) => sum + (assumptions.unterhaltsvorschuss.find((step) => child.age < step.belowAge)?.value ?? 0), 0)
  const maintenanceGiven = household.maintenanceReceived
  const maintenanceFor = (singleParent: boolean) =>
    maintenanceGiven !== undefined ? [maintenanceGiven] : singleParent && minors.length > 0 ? [0, uvg] : [0]
  const shares = assumptions.netShareOfGross
  /**
   * The ends of gross pay behind the net (a minijob's net is its gross) and, for the Wohngeld income,
   * how many of the 10 % deductions of § 16 WoGG apply: tax, health and pension contributions for
   * pay, pension only for a minijob; none or one for income not from work.
   */
  const payEnds = (earners: number) =>
    earners === 0
      ? [0, 1].map((deductions) => ({ netShare: 1, deductions }))
      : both([netIncome / earners <= shares.highUpToNet ? 1 : shares.high, shares.low]).map((netShare) => ({
          netShare,
          deductions: netShare === 1 ? 1 : 3,
        }))

  const severelyDisabled = household.members.filter(
    (member) => lives(member) && ((member.gdb ?? 0) >= 100 || (member.disability && (member.pflegegrad ?? 0) >= 1)),
  ).length
  const members = adults.length + children.length

  const results: { grundsicherung: number; wohngeld: number; kinderzuschlag: number; covered: boolean }[] = []
  for (const earners of earnerCounts)
    for (const { netShare, deductions } of payEnds(earners))
      for (const singleParent of singleParents)
        for (const pregnant of pregnancies)
          for (const maintenance of maintenanceFor(singleParent))
            for (const heating of both([assumptions.heatingShare.low, assumptions.heatingShare.high]))
              for (const mietenstufe of assumptions.mietenstufen) {
                const gross = netIncome / netShare
                const pay = earners === 0 ? [] : Array.from({ length: earners }, () => ({ gross: gross / earners, net: netIncome / earners }))
                const sgb2 = grundsicherung(
                  {
                    adults: adults.length,
                    singleParent,
                    childAges,
                    pregnant,
                    housingCosts,
                    earners: pay,
                    otherIncome: earners === 0 ? netIncome : 0,
                    childIncome: kindergeld + maintenance,
                  },
                  laws.grundsicherung,
                )
                const kiz =
                  kindergeldChildren.length === 0
                    ? 0
                    : kinderzuschlag(
                        {
                          adults: adults.length as 1 | 2,
                          parentsNeed: sgb2.parentsNeed,
                          housingCosts,
                          parentsGross: earners === 0 ? netIncome : gross,
                          parentsIncome: sgb2.adultIncome,
                          // Maintenance is the minor children's; each bears its share.
                          childIncomes: kindergeldChildren.map((child) =>
                            child.age < 18 && minors.length > 0 ? maintenance / minors.length : 0,
                          ),
                        },
                        laws.kinderzuschlag,
                      ).amount
                // § 14 WoGG: pay less the Arbeitnehmer-Pauschbetrag, § 16: 10 % for each of tax, health and pension
                // contributions (a minijob: pension only); other income with or without contributions; maintenance as it is.
                const yearly = earners === 0 ? netIncome * 12 : Math.max(0, gross - (earners * 1230) / 12) * 12
                const income =
                  wohngeldIncome({
                    yearlyIncome: yearly,
                    deductions: deductions as 0 | 1 | 3,
                    singleParent: singleParent && minors.length > 0,
                  }) +
                  maintenance -
                  (severelyDisabled * assumptions.wohngeldDisabilityAllowance) / 12
                const housing = wohngeld(
                  { members, rent: housingCosts * (1 - heating), income: Math.max(0, income), mietenstufe },
                  laws.wohngeld,
                ).amount
                const inNeed = sgb2.amount > 0
                const covered = inNeed && housing + kiz >= sgb2.amount - laws.grundsicherung.childSupplement * childAges.length
                results.push({
                  grundsicherung: inNeed && !covered ? sgb2.amount : 0,
                  wohngeld: inNeed && !covered ? 0 : housing,
                  kinderzuschlag: inNeed && !covered ? 0 : kiz,
                  covered: !inNeed || covered,
                })
              }
  // Whole euros: an estimate, not a Bescheid.
  const span = (key: FamilyCalculator): Span => ({
    min: Math.round(Math.min(...results.map((r) => r[key]))),
    max: Math.round(Math.max(...results.map((r) => r[key]))),
  })
  const verdict: FamilyVerdict = results.every((r) => r.covered) ? 'priority' : results.every((r) => !r.covered) ? 'grundsicherung' : 'open'
  return { grundsicherung: span('grundsicherung'), wohngeld: span('wohngeld'), kinderzuschlag: span('kinderzuschlag'), verdict }
}
