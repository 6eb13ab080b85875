import type { Activity, Benefit, ChildRelation, Employment, IncomeBand, Insurance, Maintenance, Member, ResidenceStatus } from './household.ts'

/**
 * How a person is named in a sentence. `alone`: nobody else in the household has the same role, so
 * "your child" is clear; otherwise the phrases add the age to tell people apart – unless `ageSaid`:
 * the sentence about the person says the age anyway.
 */
export type PersonRef = { name?: string; role: Member['role']; age: number; alone: boolean; ageSaid?: boolean }

/** Facts about one person that a rule can ask for, as named in `missing` ("members[1].activity"). */
export type MemberFact =
  | 'age'
  | 'gaveBirth'
  | 'activity'
  | 'employment'
  | 'pregnant'
  | 'dueInWeeks'
  | 'residenceStatus'
  | 'healthInsurance'
  | 'disability'
  | 'gdb'
  | 'pflegegrad'
  | 'maintenance'
  | 'relation'
  | 'startingStudies'
/** Facts about the whole household, as named in `missing`. */
export type HouseholdFact = 'income' | 'receives' | 'singleParent' | 'livesInHamm' | 'movedToHammRecently'

/**
 * Every sentence the matcher writes, in one language. The engine decides what is true; a phrase set
 * only words it. German is the original (the contract's `npm run match` speaks German); the others
 * follow it, and the type checker refuses a set with a sentence missing.
 *
 * Predicates complete a sentence about one person ("Mia" + "geht in die Kita"); `personSentence`
 * puts them together, so a language orders subject and predicates as it needs to.
 */
export type MatcherPhrases = {
  /** BCP 47 language tag of every sentence in this set. */
  lang: string
  /** Amounts in words; the sums come formatted in this language („259 €“). */
  amount: {
    per: Record<'month' | 'year' | 'once', (sum: string) => string>
    perChild: (sum: string) => string
    upTo: (sum: string) => string
    range: (from: string, to: string) => string
    /** „…, je nach Alter“ */
    byAge: (text: string) => string
    about: (sum: string) => string
  }
  /** Names of benefits a household may already receive. */
  benefits: Record<Benefit, string>
  activity: Record<Activity, string>
  employment: Record<Employment, string>
  residence: Record<ResidenceStatus, string>
  insurance: Record<Insurance, string>
  maintenance: Record<Maintenance, string>
  childRelation: Record<ChildRelation, string>
  /** The adult relations a rule can ask for (the others are never a reason). */
  adultRelation: { parent: string; 'foster-parent': string }
  disability: { yes: string; no: string }
  startingStudies: { yes: string; no: string }
  pregnant: (dueInWeeks: number | undefined) => string
  notPregnant: string
  /** Whether this adult gave birth to the baby. */
  gaveBirth: { yes: string; no: string }
  /** "has turned 4 by 30 September 2026" (the Kita and school year's cut-off day in NRW). */
  ageByCutoff: (age: number, year: number) => string
  pflegegrad: (level: number) => string
  gdb: (degree: number) => string
  /** The predicate "is 3 years old" (babies in months). */
  age: (years: number) => string
  /** Just the length: "3 Jahre", "4 Monate" (captions, telling people apart). */
  ageText: (years: number) => string
  /** A whole sentence: the person and what is true of them. */
  personSentence: (person: PersonRef, predicates: string[]) => string
  /** "a, b und c" */
  list: (parts: string[]) => string
  /** Why a person-scoped rule is not met. */
  noChild: (count: number) => string
  noAdult: string
  noMember: string
  household: Record<'singleParent' | 'livesInHamm' | 'movedToHammRecently', { yes: string; no: string }>
  /** Whole sentences about the household's income band. */
  income: Record<IncomeBand, string>
  /**
   * For a band at the border of an offer's limit: why it may still fit. `above`: the band lies above
   * the bands the offer takes (Wohngeld with an income that covers the needs); `below`: under them
   * (Kinderfreibetrag with a middle income). The plain band sentence would argue against the offer.
   */
  incomeBorderline: { above: string; below: string }
  /**
   * What the family's own figures (net income, warm rent, maintenance) say about a benefit the
   * finder computes: `estimate` gets the amount in words („etwa 420 € im Monat“).
   */
  figures: {
    estimate: (amount: string) => string
    none: string
    open: string
    /** Wohngeld (and Kinderzuschlag, for a family with children) cover the need: they come before Grundsicherungsgeld (§ 12a SGB II). */
    priority: (withChildren: boolean) => string
    /** They do not: Grundsicherungsgeld is the benefit. */
    grundsicherung: (withChildren: boolean) => string
  }
  receives: (benefits: string[]) => string
  /** A chain: the household may be entitled to a benefit that opens this offer. */
  mayReceive: (benefits: string[]) => string
  receivesNone: (benefits: string[]) => string
  openToAll: string
  /** The closing reason of a "maybe": what it still depends on. */
  dependsOn: (facts: string[]) => string
  /** A "maybe" that hangs on circumstances the finder does not ask about (their wording from the rule; none: a general sentence). */
  mayFitIf: (circumstances: string[]) => string
  /** A "maybe" without any other reason. */
  dependsOnMissing: string
  /** What still needs answering, worded for families. */
  missingMemberFact: Record<MemberFact, (person: PersonRef) => string>
  missingHouseholdFact: Record<HouseholdFact, string>
  /** A time hint: "In 4 Monaten" + ": " + title + " passt dann" + " – " + reason. */
  inMonths: (months: number) => string
  fitsThen: string
  mayFitThen: string
  /** The name given to a baby born in the household of a later month. */
  babyName: string
}

/** How the matcher names a member of this household. */
export function personRef(member: Member, members: Member[]): PersonRef {
  const name = member.name?.trim()
  return {
    ...(name ? { name } : {}),
    role: member.role,
    age: member.age,
    alone: members.filter((other) => other.role === member.role).length === 1,
  }
}

/** A missing fact ("members[1].activity", "income") in the phrases' words. */
export function missingFactText(phrases: MatcherPhrases, fact: string, members: Member[]): string {
  const memberMatch = /^members\[(\d+)\]\.(\w+)$/.exec(fact)
  if (memberMatch) {
    const member = members[Number(memberMatch[1])]
    const text = phrases.missingMemberFact[memberMatch[2] as MemberFact] as ((person: PersonRef) => string) | undefined
    if (member && text) return text(personRef(member, members))
    return fact
  }
  return phrases.missingHouseholdFact[fact as HouseholdFact] ?? fact
}
