import type { Benefit, ChildRelation, Household, Member } from './household.ts'

import { germanToday } from './day.ts'
import { benefits, incomeBands } from './values.ts'
import type { AdultCondition, ChildCondition, Condition, LeafCondition, MemberCondition } from './rules.ts'
import { estimateAmount, estimateText, type Amount, type AmountEstimate, type ChildFit } from './amounts.ts'
import { familyFigures, type FamilyFigures, type Span } from './calculators/family.ts'

import { missingFactText, personRef, type MatcherPhrases } from './phrases.ts'
import { germanPhrases } from './phrases/de.ts'

type State = 'yes' | 'no' | 'maybe'
/** `provisos`: circumstances the finder does not ask about, on which a "maybe" hangs ("" when the rule does not word it). */
/** `figured`: the family's own figures answered part of it (their sentences say more than an editor's reason for the income band). */
type Outcome = { state: State; reasons: string[]; missing: string[]; provisos?: string[]; figured?: boolean }

/**
 * `benefit`: the benefit this offer is (Kinderzuschlag …), so that a rule asking whether the
 * household receives it can follow the chain to the offer when the household does not say.
 */
export type MatchableOffer = { slug: string; title: string; rules: Condition[]; benefit?: Benefit; amount?: Amount }
export type Match = {
  slug: string
  fit: 'yes' | 'maybe'
  reasons: string[]
  missing?: string[]
  /**
   * Circumstances the finder does not ask about, on which this "maybe" hangs ("… kann auch passen,
   * wenn …"); an empty string where the rule does not word it in the phrases' language.
   */
  provisos?: string[]
  /** Offers that this one can open (e.g. Kinderzuschlag opens Bildung und Teilhabe). */
  opens?: string[]
  /** What this household can expect from it (euros per period), where the offer's amount says so. */
  amount?: AmountEstimate
}
/** `text` is the whole sentence; `because` its reason alone, for a page that words the rest itself. */
export type TimeHint = { slug: string; inMonths: number; fit: 'yes' | 'maybe'; because?: string; text: string }
/**
 * `atBirth`: offers that do not fit yet but will once the expected baby is born (Kindergeld …): to
 * prepare now. They are not in `matches`, whose "yes" means the rules are met today.
 */
export type MatchResult = { version: 1; referenceDate: string; matches: Match[]; hints: TimeHint[]; atBirth?: Match[] }

/**
 * Which offer is which benefit: the one that says so (the first by slug when two do); for a
 * benefit nobody claims, an offer whose slug is the benefit's name (catalogues from before the
 * field, e.g. a MongoDB database that no migration filled in).
 */
function offersOfBenefits(offers: readonly MatchableOffer[]): Map<Benefit, string> {
  const map = new Map<Benefit, string>()
  for (const offer of offers) if (offer.benefit && !map.has(offer.benefit)) map.set(offer.benefit, offer.slug)
  const slugs = new Set(offers.map((offer) => offer.slug))
  for (const benefit of benefits) if (!map.has(benefit) && slugs.has(benefit)) map.set(benefit, benefit)
  return map
}

/**
 * A condition compiled once per catalogue. `key`: shared by equal conditions that depend on the
 * household alone (no chain to another offer, no income question the family's figures may
 * answer), so that they are evaluated once per household however many offers ask them.
 * `chains`: whether it follows a chain (a benefit received), whose evaluation order matters in a cycle.
 */
type RuleNode = { condition: Condition; key: number | undefined; chains: boolean; children: RuleNode[]; people?: PersonLeaf }

/**
 * What a catalogue is once, whatever the household: its offers by slug (the result does not depend
 * on the order the catalogue was read in), which offer is which benefit, and per offer what its
 * rules can reach. Built once per catalogue (the finder evaluates each answer against the same
 * one): indexing the whole catalogue again for each fitting offer and child made one household
 * cost seconds at 10,000 offers (issue 18).
 */
/** An offer compiled once per catalogue: its place in it, its rules, and whom it shares its outcome with. */
type CompiledOffer = {
  offer: MatchableOffer
  position: number
  nodes: RuleNode[]
  /** Offers whose outcome hangs on their rules alone share it with every offer of the same rules: their number. */
  sharedRules: number | undefined
  /** A chain's target, or rules that follow a chain. */
  onChain: boolean
}

type CatalogueIndex = {
  offers: MatchableOffer[]
  bySlug: Map<string, MatchableOffer>
  compiled: Map<string, CompiledOffer>
  /** How many different keys `RuleNode.key` has (the size of an evaluator's memory of them). */
  pureKeys: number
  offerOf: Map<Benefit, string>
  /** The offers a chain can lead to: those that are a benefit, or are named like one. */
  chainTargets: Set<string>
  /** Offers whose outcome hangs on their rules alone share it with every offer of the same rules. */
  sharedRulesKey: (offer: MatchableOffer) => string | undefined
  referenced: (offer: MatchableOffer) => string[]
  thresholds: (offer: MatchableOffer) => Thresholds
}

const catalogueIndexes = new WeakMap<readonly MatchableOffer[], CatalogueIndex>()
const rulesKeys = new WeakMap<Condition[], string>()

/**
 * A catalogue and its offers are read, never changed in place, once evaluated against: the index
 * (and each rule tree's key) is kept for the same array. A changed length is noticed all the same.
 */
function catalogueIndex(catalogue: readonly MatchableOffer[]): CatalogueIndex {
  const cached = catalogueIndexes.get(catalogue)
  if (cached && cached.offers.length === catalogue.length) return cached
  const offers = catalogue
    .map((offer) => [offer.slug, offer] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, offer]) => offer)
  const bySlug = new Map(offers.map((offer) => [offer.slug, offer]))
  const offerOf = offersOfBenefits(offers)
  const chainTargets = new Set(offerOf.values())
  const referenced = new Map<MatchableOffer, string[]>()
  const thresholds = new Map<MatchableOffer, Thresholds>()
  const sharedThresholds = new Map<string, Thresholds>()
  const keysByText = new Map<string, number>()
  const nodes = new Map<Condition, RuleNode>()
  const byKey: RuleNode[] = []
  const compile = (condition: Condition): RuleNode => {
    const done = nodes.get(condition)
    if (done) return done
    const children = 'conditions' in condition ? condition.conditions.map(compile) : []
    const chains = condition.blockType === 'receives' || children.some((child) => child.chains)
    const pure = !chains && condition.blockType !== 'income' && children.every((child) => child.key !== undefined)
    let key: number | undefined
    if (pure) {
      // A block's id and name in the CMS say nothing about what it asks; a group is what it asks of its parts.
      const text =
        'conditions' in condition
          ? JSON.stringify([condition.blockType, condition.reason, children.map((child) => child.key)])
          : JSON.stringify(
              condition.id === undefined && condition.blockName === undefined
                ? condition
                : { ...condition, id: undefined, blockName: undefined },
            )
      key = keysByText.get(text)
      if (key === undefined) keysByText.set(text, (key = keysByText.size))
      // Equal conditions are one node: compiled once, however many offers ask them.
      const twin = byKey[key]
      if (twin) {
        nodes.set(condition, twin)
        return twin
      }
    }
    const people =
      condition.blockType === 'child' || condition.blockType === 'adult' || condition.blockType === 'member' ? personLeaf(condition) : undefined
    const node = { condition, key, chains, children, ...(people ? { people } : {}) }
    nodes.set(condition, node)
    if (key !== undefined) byKey[key] = node
    return node
  }
  const sharedRulesNumbers = new Map<string, number>()
  const compiled = new Map<string, CompiledOffer>()
  const index: CatalogueIndex = {
    compiled,
    pureKeys: 0,
    offers,
    bySlug,
    offerOf,
    chainTargets,
    // A chain's target (a benefit, also one only named like it) may be evaluated inside a cycle that
    // cuts a chain short; an estimate (calculator) judges by the offer itself.
    sharedRulesKey: (offer) => {
      if (offer.benefit || chainTargets.has(offer.slug) || offer.amount?.calculator) return undefined
      let key = rulesKeys.get(offer.rules)
      if (key === undefined) rulesKeys.set(offer.rules, (key = JSON.stringify(offer.rules)))
      return key
    },
    referenced: (offer) => {
      if (!referenced.has(offer)) referenced.set(offer, referencedBenefits(offer.rules, offerOf))
      return referenced.get(offer)!
    },
    thresholds: (offer) => {
      if (!thresholds.has(offer)) {
        // The same rules reach the same limits (the offers they chain to are the catalogue's).
        const key = index.sharedRulesKey(offer)
        const twin = key === undefined ? undefined : sharedThresholds.get(key)
        const own = twin ?? timeThresholds(offer, bySlug, offerOf)
        if (key !== undefined && !twin) sharedThresholds.set(key, own)
        thresholds.set(offer, own)
      }
      return thresholds.get(offer)!
    },
  }
  offers.forEach((offer, position) => {
    const nodes = offer.rules.map(compile)
    const rulesKey = index.sharedRulesKey(offer)
    let sharedRules = rulesKey === undefined ? undefined : sharedRulesNumbers.get(rulesKey)
    if (rulesKey !== undefined && sharedRules === undefined) sharedRulesNumbers.set(rulesKey, (sharedRules = sharedRulesNumbers.size))
    const onChain = chainTargets.has(offer.slug) || nodes.some((node) => node.chains)
    compiled.set(offer.slug, { offer, position, nodes, sharedRules, onChain })
  })
  index.pureKeys = keysByText.size
  catalogueIndexes.set(catalogue, index)
  return index
}

const yes = (reasons: string[] = []): Outcome => ({ state: 'yes', reasons, missing: [] })
const no = (reasons: string[] = []): Outcome => ({ state: 'no', reasons, missing: [] })
const maybe = (reasons: string[], missing: string[] = []): Outcome => ({ state: 'maybe', reasons, missing })
const unique = (list: string[]) => [...new Set(list)]

/** `aged`: the predicate says the person's age (time hints explain themselves with such sentences). */
type Check = { state: State; predicate?: string; missing?: string; aged?: boolean }

/** Quiet checks carry their state alone: one object serves them all. */
const quietChecks: Record<State, Check> = {
  yes: Object.freeze({ state: 'yes' }),
  no: Object.freeze({ state: 'no' }),
  maybe: Object.freeze({ state: 'maybe' }),
}

/** The fact a check asks for when it is not given: `members[1].age`. */
const field = (index: number, name: string) => `members[${index}].${name}`

/** One filter on one person: met, not met, or unknown because the fact was not given. */
function check<T>(
  context: Context,
  value: T | undefined,
  test: (value: T) => boolean,
  predicate: (value: T) => string,
  index: number,
  name: string,
): Check {
  if (value === undefined || value === 'unknown') return context.quiet ? quietChecks.maybe : { state: 'maybe', missing: field(index, name) }
  if (!test(value)) return quietChecks.no
  return context.quiet ? quietChecks.yes : { state: 'yes', predicate: predicate(value) }
}

function combineChecks(checks: Check[]): Check[] & { state: State } {
  const state: State = checks.some((c) => c.state === 'no') ? 'no' : checks.some((c) => c.state === 'maybe') ? 'maybe' : 'yes'
  return Object.assign(checks, { state })
}

/** The span an aged person of a later month stands for (the precision of the family's answer). */
const agePrecision = new WeakMap<Member, number>()

/**
 * An age stands for a span: a whole number of years for that year ("3 Jahre" is 3 to almost 4), any
 * other age for that month (the finder takes ages in months: "2 Monate" is 8 to almost 13 weeks).
 * So a limit inside the span leaves the answer open, and asks for the age in months.
 */
function ageSpan(member: Member, shift = 0): { low: number; top: number } {
  const width = agePrecision.get(member) ?? (Number.isInteger(member.age) ? 1 : 1 / 12)
  return { low: member.age + shift, top: member.age + shift + width }
}

/**
 * The age for an answer in whole months. It never is a whole number of years, so that "12 Monate"
 * reads as that month and not as "1 Jahr" (1 to almost 2).
 */
export const ageFromMonths = (months: number): number => months / 12 + (Number.isInteger(months / 12) ? 1e-9 : 0)

/** Is `min <= age` (`shift` years later or earlier): yes, no, or open within the age's span. */
function atLeast(member: Member, min: number, shift = 0): State {
  const { low, top } = ageSpan(member, shift)
  return low >= min ? 'yes' : top <= min ? 'no' : 'maybe'
}

/** Is `age < max`: yes, no, or open within the age's span. */
function below(member: Member, max: number): State {
  const { low, top } = ageSpan(member)
  return low >= max ? 'no' : top <= max ? 'yes' : 'maybe'
}

/** `always`: say the age also where the condition has no age limit (a child's sentence begins with it). */
function ageCheck(
  context: Context,
  member: Member,
  index: number,
  minAge: number | undefined,
  maxAge: number | undefined,
  always: boolean,
): Check | undefined {
  const low = minAge === undefined ? 'yes' : atLeast(member, minAge)
  const high = maxAge === undefined ? 'yes' : below(member, maxAge)
  if (low === 'no' || high === 'no') return quietChecks.no
  if (low === 'maybe' || high === 'maybe') return context.quiet ? quietChecks.maybe : { state: 'maybe', missing: field(index, 'age') }
  if (!always && minAge === undefined && maxAge === undefined) return undefined
  return context.quiet ? quietChecks.yes : { state: 'yes', predicate: context.phrases.age(member.age), aged: true }
}

const yearMs = 365.2425 * 24 * 60 * 60 * 1000

/** The start year of the Kita and school year in NRW (1 August) that `day` falls in. */
const kitaYearOf = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`)
  return date.getUTCMonth() >= 7 ? date.getUTCFullYear() : date.getUTCFullYear() - 1
}

/** Has the child reached `minAge` by 30 September of the current Kita year (§ 50 KiBiz, § 35 SchulG NRW)? */
function ageByCutoffCheck(context: Context, member: Member, index: number, minAge: number): Check {
  const { day } = context
  const year = kitaYearOf(day)
  const shift = (Date.UTC(year, 8, 30) - Date.parse(`${day}T00:00:00Z`)) / yearMs
  const state = atLeast(member, minAge, shift)
  if (context.quiet || state === 'no') return quietChecks[state]
  return state === 'yes' ? { state, predicate: context.phrases.ageByCutoff(minAge, year), aged: true } : { state, missing: field(index, 'age') }
}

/** The same day some months later (the last day of a shorter month). */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const whole = Math.floor(months)
  const lastDay = new Date(Date.UTC(year, month - 1 + whole + 1, 0)).getUTCDate()
  const shifted = new Date(Date.UTC(year, month - 1 + whole, Math.min(date, lastDay)))
  return new Date(shifted.getTime() + (months - whole) * (yearMs / 12)).toISOString().slice(0, 10)
}

/** "Mia ist 2 Jahre alt und geht in die Kita." Sentences that name an age are noted: time hints explain themselves with them. */
function personSentence({ phrases, household, ageSentences }: Context, member: Member, checks: Check[]): string {
  const predicates = checks.flatMap((c) => (c.state === 'yes' && c.predicate ? [c.predicate] : []))
  const age = phrases.age(member.age)
  const said = predicates.length ? predicates : [age]
  const ageSaid = said.includes(age) || checks.some((c) => c.state === 'yes' && c.aged)
  const sentence = phrases.personSentence({ ...personRef(member, household.members), ageSaid }, said)
  if (ageSaid) ageSentences.add(sentence)
  return sentence
}

/** One filter of a person condition, on one person: none where the condition does not ask it of this person. */
type PersonTest = (context: Context, member: Member, index: number) => Check | undefined

/** A child, adult or member condition compiled once per catalogue: whom it asks, what of each, how many must meet it. */
type PersonLeaf = {
  takes: (member: Member) => boolean
  tests: PersonTest[]
  needed: number
  reason?: string
  none: (phrases: MatcherPhrases) => string
}

/** The filters a person condition asks, in the order its sentences say them. */
function personLeaf(condition: ChildCondition | AdultCondition | MemberCondition): PersonLeaf {
  const tests: PersonTest[] = []
  const { minAge, maxAge } = condition
  const flag = (
    name: 'disability' | 'pregnant' | 'gaveBirth' | 'startingStudies',
    wanted: boolean | undefined,
    texts: (phrases: MatcherPhrases, member: Member) => { yes: string; no: string },
  ) => {
    if (wanted !== undefined)
      tests.push((context, member, index) =>
        check(
          context,
          member[name],
          (value) => value === wanted,
          (value) => texts(context.phrases, member)[value ? 'yes' : 'no'],
          index,
          name,
        ),
      )
  }
  const among = <K extends 'activity' | 'maintenance' | 'employment' | 'residenceStatus' | 'healthInsurance'>(
    name: K,
    allowed: readonly string[] | undefined,
    word: (phrases: MatcherPhrases, value: NonNullable<Member[K]>) => string,
  ) => {
    if (allowed)
      tests.push((context, member, index) =>
        check(
          context,
          member[name],
          (value) => allowed.includes(value as string),
          (value) => word(context.phrases, value as NonNullable<Member[K]>),
          index,
          name,
        ),
      )
  }
  const atLeastValue = (name: 'pflegegrad' | 'gdb', min: number | undefined) => {
    if (min !== undefined)
      tests.push((context, member, index) => check(context, member[name], (value) => value >= min, context.phrases[name], index, name))
  }
  // A relation not given is the usual one: the household's own child, its parent.
  const related = (relations: readonly string[] | undefined, usual: string, word: (phrases: MatcherPhrases, value: string) => string) => {
    if (relations)
      tests.push((context, member, index) =>
        check(
          context,
          member.relation ?? usual,
          (value) => relations.includes(value),
          (value) => word(context.phrases, value),
          index,
          'relation',
        ),
      )
  }
  switch (condition.blockType) {
    case 'child': {
      const { minAgeByCutoff, relations, includeMovedOut } = condition
      // The cut-off sentence says the age itself.
      tests.push((context, member, index) => ageCheck(context, member, index, minAge, maxAge, minAgeByCutoff === undefined))
      if (minAgeByCutoff !== undefined) tests.push((context, member, index) => ageByCutoffCheck(context, member, index, minAgeByCutoff))
      among('activity', condition.activities, (phrases, value) => phrases.activity[value])
      related(relations, 'own', (phrases, value) => phrases.childRelation[value as ChildRelation] ?? phrases.childRelation['other-child'])
      flag('disability', condition.disability, (phrases) => phrases.disability)
      atLeastValue('pflegegrad', condition.minPflegegrad)
      among('maintenance', condition.maintenance, (phrases, value) => phrases.maintenance[value])
      flag('startingStudies', condition.startingStudies, (phrases) => phrases.startingStudies)
      return {
        takes: (member) => member.role === 'child' && (member.livesInHousehold !== false || includeMovedOut === true),
        tests,
        needed: condition.count,
        reason: condition.reason,
        none: (phrases) => phrases.noChild(condition.count),
      }
    }
    case 'adult': {
      const { relations, maxDueInWeeks } = condition
      tests.push((context, member, index) => ageCheck(context, member, index, minAge, maxAge, false))
      flag('pregnant', condition.pregnant, (phrases, member) => ({ yes: phrases.pregnant(member.dueInWeeks), no: phrases.notPregnant }))
      if (condition.pregnant && maxDueInWeeks !== undefined)
        tests.push((context, member, index) =>
          member.pregnant
            ? check(
                context,
                member.dueInWeeks,
                (value) => value <= maxDueInWeeks,
                () => '',
                index,
                'dueInWeeks',
              )
            : undefined,
        )
      flag('gaveBirth', condition.gaveBirth, (phrases) => phrases.gaveBirth)
      among('employment', condition.employment, (phrases, value) => phrases.employment[value])
      among('residenceStatus', condition.residence, (phrases, value) => phrases.residence[value])
      among('healthInsurance', condition.insurance, (phrases, value) => phrases.insurance[value])
      related(relations, 'parent', (phrases, value) => phrases.adultRelation[value === 'foster-parent' ? 'foster-parent' : 'parent'])
      flag('disability', condition.disability, (phrases) => phrases.disability)
      atLeastValue('gdb', condition.minGdb)
      atLeastValue('pflegegrad', condition.minPflegegrad)
      return {
        takes: (member) => member.role === 'adult' && member.livesInHousehold !== false,
        tests,
        needed: 1,
        reason: condition.reason,
        none: (phrases) => phrases.noAdult,
      }
    }
    case 'member': {
      tests.push((context, member, index) => ageCheck(context, member, index, minAge, maxAge, false))
      flag('disability', condition.disability, (phrases) => phrases.disability)
      atLeastValue('gdb', condition.minGdb)
      atLeastValue('pflegegrad', condition.minPflegegrad)
      return {
        takes: (member) => member.livesInHousehold !== false,
        tests,
        needed: 1,
        reason: condition.reason,
        none: (phrases) => phrases.noMember,
      }
    }
  }
}

/** Evaluates a person condition for everybody it asks, and counts the people who meet it. */
function evaluatePeople(leaf: PersonLeaf, context: Context): Outcome {
  const { members } = context.household
  const { takes, tests, needed } = leaf
  if (context.quiet) {
    // Only the state is wanted: each person until a filter rules them out, everybody until enough meet it.
    let met = 0
    let open = 0
    for (let index = 0; index < members.length; index++) {
      const member = members[index]!
      if (!takes(member)) continue
      let state: State = 'yes'
      for (const test of tests) {
        const next = test(context, member, index)?.state
        if (next === 'no') {
          state = 'no'
          break
        }
        if (next === 'maybe') state = 'maybe'
      }
      if (state === 'yes' && ++met >= needed) return quietOutcomes.yes
      if (state === 'maybe') open++
    }
    return quietOutcomes[met + open >= needed ? 'maybe' : 'no']
  }
  const results: { member: Member; checks: Check[] & { state: State } }[] = []
  members.forEach((member, index) => {
    if (takes(member)) results.push({ member, checks: combineChecks(tests.flatMap((test) => test(context, member, index) ?? [])) })
  })
  const met = results.filter((r) => r.checks.state === 'yes')
  const open = results.filter((r) => r.checks.state === 'maybe')
  const sentences = (list: typeof results) => list.map((r) => personSentence(context, r.member, r.checks))
  if (met.length >= needed) return yes(leaf.reason ? [leaf.reason] : sentences(met))
  if (met.length + open.length >= needed) {
    // A custom reason states the condition as met, so it is not shown while a fact is missing.
    return maybe(
      sentences(met),
      open.flatMap((r) => r.checks.flatMap((c) => (c.missing ? [c.missing] : []))),
    )
  }
  return no([leaf.none(context.phrases)])
}

/** `negated`: inside a "not", where a possible entitlement (a chain) is no evidence of receiving a benefit. */
type Context = {
  household: Household
  /** Which offer is which benefit (chains). */
  offerOf: Map<Benefit, string>
  /** The day the household is evaluated for (YYYY-MM-DD). */
  day: string
  phrases: MatcherPhrases
  chain: (slug: string) => Outcome | undefined
  ageSentences: Set<string>
  negated?: boolean
  /** Only the outcome's state is wanted (looking ahead, counting children): no words, and a group stops once decided. */
  quiet?: boolean
  /** The outcomes of the conditions that depend on the household alone, by their key. */
  known: (Outcome | undefined)[]
  /** What the family's figures give for the offer being evaluated, where it has a calculator and the figures are there. */
  figures?: Span
}

function evaluateLeaf(condition: Exclude<LeafCondition, ChildCondition | AdultCondition | MemberCondition>, context: Context): Outcome {
  const { household, phrases, chain, negated } = context
  switch (condition.blockType) {
    case 'household': {
      const parts: Outcome[] = []
      for (const fact of ['singleParent', 'livesInHamm', 'movedToHammRecently'] as const) {
        const value = household[fact]
        const wanted = condition[fact]
        if (wanted === undefined) continue
        if (value === undefined) parts.push(maybe([], [fact]))
        else parts.push({ state: value === wanted ? 'yes' : 'no', reasons: [phrases.household[fact][value ? 'yes' : 'no']], missing: [] })
      }
      const combined = combineAll(parts)
      return condition.reason && combined.state === 'yes' ? { ...combined, reasons: [condition.reason] } : combined
    }
    case 'income': {
      // The family's own figures say more than a band: where they decide, they answer the question.
      if (context.figures) {
        const { min, max } = context.figures
        if (max === 0) return { ...no([phrases.figures.none]), figured: true }
        const estimate = phrases.figures.estimate(estimateText({ period: 'month', min, max }, phrases))
        return { ...(min > 0 ? yes([estimate]) : maybe([estimate, phrases.figures.open])), figured: true }
      }
      const band = household.income
      if (band === undefined || band === 'unknown') {
        return maybe([], ['income'])
      }
      if (condition.match.includes(band)) return yes([condition.reason ?? phrases.income[band]])
      if (condition.borderline?.includes(band)) {
        // Whether the band lies under or over those the offer takes decides which way the sentence points.
        const below = incomeBands.indexOf(band) < Math.min(...condition.match.map((taken) => incomeBands.indexOf(taken)))
        return maybe([below ? phrases.incomeBorderline.below : phrases.incomeBorderline.above])
      }
      return no([phrases.income[band]])
    }
    case 'receives': {
      const label = (benefit: Benefit) => phrases.benefits[benefit]
      const received = condition.benefits.filter((benefit) => household.receives?.includes(benefit))
      if (received.length > 0) return yes([condition.reason ?? phrases.receives(received.map(label))])
      // A chain: the household does not (say it does) receive the benefit, but may be entitled to it.
      const targets = negated
        ? []
        : condition.benefits.flatMap((benefit) => {
            const slug = context.offerOf.get(benefit)
            const outcome = slug ? chain(slug) : undefined
            return outcome && outcome.state !== 'no' ? [{ benefit, outcome }] : []
          })
      if (targets.length > 0) {
        // A benefit that may fit only under a circumstance opens this offer only under it too.
        const provisos = targets.every(({ outcome }) => outcome.state === 'maybe' && (outcome.provisos?.length ?? 0) > 0)
          ? targets.flatMap(({ outcome }) => outcome.provisos ?? [])
          : []
        return {
          ...maybe([phrases.mayReceive(targets.map(({ benefit }) => label(benefit)))], household.receives === undefined ? ['receives'] : []),
          ...(provisos.length > 0 ? { provisos } : {}),
        }
      }
      if (household.receives === undefined) return maybe([], ['receives'])
      return no([phrases.receivesNone(condition.benefits.map(label))])
    }
    case 'proviso':
      return { state: 'maybe', reasons: [], missing: [], provisos: [condition.text ?? ''] }
  }
}

const provisosOf = (outcomes: Outcome[]) => outcomes.flatMap((o) => o.provisos ?? [])

function combineAll(outcomes: Outcome[]): Outcome {
  const figured = outcomes.some((o) => o.figured) ? { figured: true } : {}
  if (outcomes.some((o) => o.state === 'no')) return { ...no(outcomes.filter((o) => o.state === 'no').flatMap((o) => o.reasons)), ...figured }
  const reasons = outcomes.flatMap((o) => o.reasons)
  const missing = outcomes.flatMap((o) => o.missing)
  return {
    ...(outcomes.some((o) => o.state === 'maybe') ? { ...maybe(reasons, missing), provisos: provisosOf(outcomes) } : yes(reasons)),
    ...figured,
  }
}

/** A quiet outcome: only its state is read, so one object serves them all. */
const quietOutcomes: Record<State, Outcome> = {
  yes: Object.freeze({ state: 'yes', reasons: [], missing: [] }) as Outcome,
  no: Object.freeze({ state: 'no', reasons: [], missing: [] }) as Outcome,
  maybe: Object.freeze({ state: 'maybe', reasons: [], missing: [] }) as Outcome,
}

/**
 * Quiet (only the state is wanted): stops at the first condition that decides, except for those
 * that follow a chain – they are still evaluated, in order, since a chain's outcome inside a cycle
 * depends on what was evaluated before.
 */
function quietGroup(nodes: RuleNode[], context: Context, decisive: 'no' | 'yes'): Outcome {
  // "all" starts at yes and is decided by a no; "any" starts at no and is decided by a yes.
  let state: State = decisive === 'no' ? 'yes' : 'no'
  for (const node of nodes) {
    if (state === decisive && !node.chains) continue
    const next = evaluateCondition(node, context).state
    if (next === decisive) state = decisive
    else if (next === 'maybe' && state !== decisive) state = 'maybe'
  }
  return quietOutcomes[state]
}

/** Equal conditions that depend on the household alone are evaluated once per evaluator (household and day). */
function evaluateCondition(node: RuleNode, context: Context): Outcome {
  const { key } = node
  if (key === undefined) return evaluateConditionOnce(node, context)
  return (context.known[key] ??= evaluateConditionOnce(node, context))
}

function evaluateConditionOnce(node: RuleNode, context: Context): Outcome {
  const { condition, children } = node
  switch (condition.blockType) {
    case 'all': {
      if (context.quiet) return quietGroup(children, context, 'no')
      const outcome = combineAll(children.map((child) => evaluateCondition(child, context)))
      return condition.reason && outcome.state === 'yes' && !outcome.figured ? { ...outcome, reasons: [condition.reason] } : outcome
    }
    case 'any': {
      if (context.quiet) return quietGroup(children, context, 'yes')
      const outcomes = children.map((child) => evaluateCondition(child, context))
      const met = outcomes.find((o) => o.state === 'yes')
      if (met) return met.figured ? met : yes(condition.reason ? [condition.reason] : met.reasons)
      const open = outcomes.filter((o) => o.state === 'maybe')
      if (open.length > 0) {
        // Circumstances of several alternatives are not all needed: a list of them would read "und".
        const provisos = open.filter((o) => o.provisos?.length).length > 1 ? [''] : provisosOf(open)
        return {
          ...maybe(
            open.flatMap((o) => o.reasons),
            open.flatMap((o) => o.missing),
          ),
          provisos,
        }
      }
      return no(outcomes.flatMap((o) => o.reasons))
    }
    case 'not': {
      const inner = evaluateCondition(children[0]!, { ...context, negated: !context.negated })
      // A negated circumstance is not worded as it stands ("wenn X" would say the opposite).
      if (inner.state === 'maybe') return inner.provisos?.length ? { ...inner, provisos: [''] } : inner
      if (context.quiet) return quietOutcomes[inner.state === 'yes' ? 'no' : 'yes']
      const reasons = condition.reason ? [condition.reason] : inner.reasons
      return inner.state === 'yes' ? no(reasons) : yes(reasons)
    }
    case 'child':
    case 'adult':
    case 'member':
      return evaluatePeople(node.people!, context)
    default:
      return evaluateLeaf(condition, context)
  }
}

/**
 * Where the family's figures decide (every end of what the finder does not know agrees), they
 * decide the offer – also one whose rules ask no income question – and say which benefit comes first.
 */
function decidedByFigures(
  outcome: Outcome,
  { span, verdict }: { span: Span; verdict: FamilyFigures['verdict'] },
  calculator: keyof Omit<FamilyFigures, 'verdict'>,
  phrases: MatcherPhrases,
  withChildren: boolean,
): Outcome {
  if (span.max === 0) return no([phrases.figures.none])
  if (outcome.state === 'no') return outcome
  const why =
    calculator === 'grundsicherung'
      ? verdict === 'grundsicherung' && phrases.figures.grundsicherung(withChildren)
      : verdict === 'priority' && phrases.figures.priority(withChildren)
  return why ? { ...outcome, reasons: [...outcome.reasons, why] } : outcome
}

/** Which benefit offers a rule tree refers to (for chains and their order). */
function referencedBenefits(conditions: Condition[], offerOf: Map<Benefit, string>): string[] {
  return conditions.flatMap((condition) =>
    condition.blockType === 'receives'
      ? condition.benefits.flatMap((b) => offerOf.get(b) ?? [])
      : 'conditions' in condition
        ? referencedBenefits(condition.conditions, offerOf)
        : [],
  )
}

type Evaluator = ((slug: string) => Outcome) & { ageSentences: Set<string> }
/** An evaluator of this catalogue in these phrases, for a household on a day. */
type EvaluatorOf = (household: Household, day: string, quiet: boolean) => Evaluator

/** Evaluates offers on demand (chains pull in the offers they depend on), each at most once. */
function offerEvaluator(household: Household, index: CatalogueIndex, phrases: MatcherPhrases, day: string, quiet = false): Evaluator {
  const { compiled, offerOf } = index
  const ageSentences = new Set<string>()
  let figures: FamilyFigures | undefined | null = null
  const figuresOf = (offer: MatchableOffer) => {
    const calculator = offer.amount?.calculator
    // What the family says it receives is never judged by an estimate.
    if (!calculator || (offer.benefit && household.receives?.includes(offer.benefit))) return undefined
    if (figures === null) figures = familyFigures(household)
    return figures && { span: figures[calculator], verdict: figures.verdict }
  }
  const results: (Outcome | undefined)[] = new Array<Outcome | undefined>(index.offers.length)
  const byRules: (Outcome | undefined)[] = []
  const inProgress = new Uint8Array(index.offers.length)
  const context: Context = {
    household,
    offerOf,
    day,
    phrases,
    ageSentences,
    quiet,
    known: new Array<Outcome | undefined>(index.pureKeys),
    chain: (slug) => {
      const target = compiled.get(slug)
      // A chain back to an offer being evaluated is no evidence either way.
      if (!target || inProgress[target.position]) return undefined
      return evaluateOffer(target)
    },
  }
  const evaluateOffer = (entry: CompiledOffer): Outcome => {
    const { offer, position, nodes, sharedRules } = entry
    const done = results[position] ?? (sharedRules === undefined ? undefined : byRules[sharedRules])
    if (done) return (results[position] = done)
    inProgress[position] = 1
    const computed = figuresOf(offer)
    const own = computed ? { ...context, figures: computed.span } : context
    let outcome =
      nodes.length === 0
        ? yes([phrases.openToAll])
        : quiet
          ? quietGroup(nodes, own, 'no')
          : combineAll(nodes.map((node) => evaluateCondition(node, own)))
    if (computed) {
      const withChildren = household.members.some((member) => member.role === 'child')
      outcome = decidedByFigures(outcome, computed, offer.amount!.calculator!, phrases, withChildren)
    }
    inProgress[position] = 0
    results[position] = outcome
    if (sharedRules !== undefined) byRules[sharedRules] = outcome
    return outcome
  }
  return Object.assign((slug: string) => evaluateOffer(compiled.get(slug)!), { ageSentences })
}

/** The ages (years) and due-date limits (weeks) at which an offer's outcome can change, chains included. */
type Thresholds = { ages: number[]; dueWeeks: number[]; kitaYear: boolean }
function timeThresholds(
  offer: MatchableOffer,
  bySlug: Map<string, MatchableOffer>,
  offerOf: Map<Benefit, string>,
  seen = new Set<string>(),
): Thresholds {
  const ages: number[] = []
  const dueWeeks: number[] = []
  let kitaYear = false
  seen.add(offer.slug)
  const walk = (conditions: Condition[]) => {
    for (const condition of conditions) {
      if ('conditions' in condition) walk(condition.conditions)
      else if (condition.blockType === 'child' || condition.blockType === 'adult' || condition.blockType === 'member') {
        if (condition.minAge !== undefined) ages.push(condition.minAge)
        if (condition.maxAge !== undefined) ages.push(condition.maxAge)
        if (condition.blockType === 'adult' && condition.maxDueInWeeks !== undefined) dueWeeks.push(condition.maxDueInWeeks)
        if (condition.blockType === 'child' && condition.minAgeByCutoff !== undefined) kitaYear = true
        if (condition.blockType !== 'adult') ages.push(0)
      } else if (condition.blockType === 'receives') {
        for (const benefit of condition.benefits) {
          const target = bySlug.get(offerOf.get(benefit) ?? '')
          if (target && !seen.has(target.slug)) {
            const nested = timeThresholds(target, bySlug, offerOf, seen)
            ages.push(...nested.ages)
            dueWeeks.push(...nested.dueWeeks)
            kitaYear ||= nested.kitaYear
          }
        }
      }
    }
  }
  walk(offer.rules)
  return { ages, dueWeeks, kitaYear }
}

/** The months (1–12) at which a household crosses one of the thresholds: only there can an outcome change. */
function monthsOfChange(household: Household, thresholds: Thresholds, day: string): number[] {
  const months = new Set<number>()
  // Rounding can put a change a hair's breadth into the next month: both neighbours are tried
  // (every month tried is evaluated, so an extra one never gives a wrong hint).
  const add = (month: number) => {
    for (const whole of [Math.ceil(month - 1e-6), Math.ceil(month + 1e-6)]) {
      if (whole <= timeHintHorizonMonths) months.add(Math.max(1, whole))
    }
  }
  for (const member of household.members) {
    const { low, top } = ageSpan(member)
    for (const age of thresholds.ages) {
      // The span's bottom reaching a limit, or its top passing it, can change an outcome.
      for (const end of [low, top]) if (end <= age) add((age - end) * 12)
    }
    if (member.pregnant && member.dueInWeeks !== undefined) {
      const due = member.dueInWeeks
      add((due * 12) / 52) // the birth
      for (const age of thresholds.ages) add(((age * 52 + due) * 12) / 52) // the baby reaches an age limit
      for (const weeks of thresholds.dueWeeks) if (due > weeks) add(((due - weeks) * 12) / 52)
    }
  }
  if (thresholds.kitaYear) {
    // A new Kita year begins on 1 August.
    const next = `${kitaYearOf(day) + 1}-08-01`
    let months = 1
    while (addMonths(day, months) < next) months++
    add(months)
  }
  return [...months].sort((a, b) => a - b)
}

/** The household some months later: everybody older, and a baby born when its time has come. */
export function householdInMonths(household: Household, months: number, babyName = germanPhrases.babyName): Household {
  const weeks = (months * 52) / 12
  const members: Member[] = []
  // Babies come last, so that everybody else keeps the place the family's answers refer to (members[i]).
  const babies: Member[] = []
  for (const member of household.members) {
    const aged = { ...member, age: Math.min(120, member.age + months / 12) }
    agePrecision.set(aged, agePrecision.get(member) ?? (Number.isInteger(member.age) ? 1 : 1 / 12))
    if (member.pregnant && member.dueInWeeks !== undefined) {
      if (weeks >= member.dueInWeeks) {
        members.push({ ...aged, pregnant: false, dueInWeeks: undefined, gaveBirth: true })
        // A newborn is a day old, not "0" (a whole number reads as a rounded age). What nobody can
        // know of a baby not yet born (a care grade, a disability) is no reason for a hint either.
        babies.push({
          role: 'child',
          name: babyName,
          age: (weeks - member.dueInWeeks) / 52 || 1 / 365,
          relation: 'own',
          activity: 'none',
          disability: false,
          pflegegrad: 0,
        })
        continue
      }
      aged.dueInWeeks = member.dueInWeeks - weeks
    }
    members.push(aged)
  }
  return {
    ...household,
    ...(household.referenceDate ? { referenceDate: addMonths(household.referenceDate, months) } : {}),
    members: [...members, ...babies].slice(0, 20),
  }
}

export const timeHintHorizonMonths = 12

/**
 * Evaluates a household against every offer: the offers that fit (`yes`) or may fit (`maybe`),
 * each with reasons in plain words (German unless other phrases are given) and the facts still
 * missing, plus time hints for offers that will fit within a year. Pure and deterministic: the
 * site's finder and `npm run match` share it. An offer's own reasons (`reason` in its rules) are
 * used as they are: the caller gives them in the phrases' language or leaves them out.
 */
export function evaluateHousehold({
  household,
  offers: catalogue,
  referenceDate,
  phrases = germanPhrases,
  quietly = true,
}: {
  household: Household
  offers: readonly MatchableOffer[]
  referenceDate?: string
  phrases?: MatcherPhrases
  /**
   * Decide quietly what fits before wording it, and look ahead quietly (the default). False words
   * every evaluation in full: slower, and the same result – the tests hold the two together.
   */
  quietly?: boolean
}): MatchResult {
  // Today in Hamm, as the validity of the offers is judged (not the UTC day).
  const day = household.referenceDate ?? referenceDate ?? germanToday()
  const index = catalogueIndex(catalogue)
  const { offers } = index
  // Which offers fit is decided quietly first; only those are worded (most of a large catalogue
  // does not fit a household). Offers on a chain are evaluated in full and in order all the same:
  // inside a cycle, a chain's outcome depends on what was evaluated before.
  const evaluatorOf: EvaluatorOf = (someone, then, quiet) => offerEvaluator(someone, index, phrases, then, quiet && quietly)
  const decide = evaluatorOf(household, day, true)
  const evaluate = evaluatorOf(household, day, false)
  // Each offer's outcome, in the order of `offers`.
  const outcomes = offers.map((offer) => {
    const quick = !index.compiled.get(offer.slug)!.onChain && decide(offer.slug)
    return quick && quick.state === 'no' ? quick : evaluate(offer.slug)
  })
  const opensBy = new Map<string, string[]>()
  for (let position = 0; position < offers.length; position++) {
    const offer = offers[position]!
    if (outcomes[position]!.state === 'no') continue
    for (const benefit of index.referenced(offer)) {
      const opening = opensBy.get(benefit)
      if (opening) opening.push(offer.slug)
      else opensBy.set(benefit, [offer.slug])
    }
  }

  const matches: Match[] = []
  // Offers that share an outcome (the same rules) share its wording; the household's figures and
  // its children one by one are worked out once, not per offer.
  const worded = new Map<Outcome, Match>()
  let figures: ReturnType<typeof familyFigures> | null = null
  const withOneChild = new Map<number, Evaluator>()
  for (let position = 0; position < offers.length; position++) {
    const offer = offers[position]!
    const outcome = outcomes[position]!
    if (outcome.state === 'no') continue
    const opening = opensBy.get(offer.slug)
    const opens = opening ? unique(opening).filter((slug) => slug !== offer.slug) : []
    const received = offer.benefit !== undefined && household.receives?.includes(offer.benefit)
    if (offer.amount?.calculator && !received && figures === null) figures = familyFigures(household)
    const computed = offer.amount?.calculator && !received ? figures?.[offer.amount.calculator] : undefined
    const amount = computed
      ? { period: 'month' as const, ...computed }
      : offer.amount && estimateAmount(offer.amount, household, childFits(household, index, offer, evaluatorOf, day, withOneChild))
    if (!worded.has(outcome)) worded.set(outcome, matchOf(offer.slug, outcome, household.members, phrases))
    matches.push({
      ...worded.get(outcome)!,
      slug: offer.slug,
      ...(opens.length > 0 ? { opens } : {}),
      ...(amount ? { amount } : {}),
    })
  }

  const atBirth = birthMatches(household, index, outcomes, phrases, day, evaluatorOf)
  const preparing = new Set(atBirth.map((match) => match.slug))

  const hints: TimeHint[] = []
  const changeMonths = new Map<Thresholds, number[]>()
  const lookahead = new Map<number, Evaluator>()
  const explained = new Map<number, Evaluator>()
  const at = (cache: typeof lookahead, months: number, quiet: boolean) => {
    if (!cache.has(months)) cache.set(months, evaluatorOf(householdInMonths(household, months, phrases.babyName), addMonths(day, months), quiet))
    return cache.get(months)!
  }
  for (let position = 0; position < offers.length; position++) {
    const offer = offers[position]!
    if (outcomes[position]!.state !== 'no' || preparing.has(offer.slug)) continue
    // Outcomes only change when an age or due-date limit is crossed, so only those months are tried.
    // The first month in which it surely fits is the hint; else the first in which it may (a
    // "5 Jahre" may turn 6 next month, but surely within twelve: that month says more).
    const thresholds = index.thresholds(offer)
    if (!changeMonths.has(thresholds)) changeMonths.set(thresholds, monthsOfChange(household, thresholds, day))
    const candidates = changeMonths.get(thresholds)!
    const states = candidates.map((months) => [months, at(lookahead, months, true)(offer.slug).state] as const)
    const chosen = states.find(([, state]) => state === 'yes') ?? states.find(([, state]) => state === 'maybe')
    for (const months of chosen ? [chosen[0]] : []) {
      const evaluateThen = at(explained, months, false)
      const outcome = evaluateThen(offer.slug)
      // The reason that names an age (or the baby) says best why it fits then and not now.
      const because = (outcome.reasons.find((reason) => evaluateThen.ageSentences.has(reason)) ?? outcome.reasons[0])?.replace(/\.$/, '')
      const fit = outcome.state === 'yes' ? 'yes' : 'maybe'
      const then = `${phrases.inMonths(months)}: ${offer.title} ${fit === 'yes' ? phrases.fitsThen : phrases.mayFitThen}`
      hints.push({
        slug: offer.slug,
        inMonths: months,
        fit,
        ...(because ? { because } : {}),
        text: because ? `${then} – ${because}.` : `${then}.`,
      })
      break
    }
  }
  return { version: 1, referenceDate: day, matches, hints, ...(atBirth.length > 0 ? { atBirth } : {}) }
}

/**
 * For an amount per child: whether the offer fits the household with only this one of its children
 * (the adults stay), so that the estimate counts the children the rules accept.
 */
function childFits(
  household: Household,
  index: CatalogueIndex,
  offer: MatchableOffer,
  evaluatorOf: EvaluatorOf,
  day: string,
  /** The evaluators of the household with one child each, shared by the offers of one evaluation. */
  withOneChild: Map<number, Evaluator>,
): ChildFit | undefined {
  if (offer.amount?.kind !== 'perChild') return undefined
  const alone = (child: number) => ({
    ...household,
    members: household.members.filter((member, other) => member.role !== 'child' || other === child),
  })
  return (child) => {
    // A chain's target is judged on its own, first: inside another offer's chain a cycle may cut it short.
    if (index.chainTargets.has(offer.slug)) return evaluatorOf(alone(child), day, true)(offer.slug).state
    if (!withOneChild.has(child)) withOneChild.set(child, evaluatorOf(alone(child), day, true))
    return withOneChild.get(child)!(offer.slug).state
  }
}

/** A listed offer: its reasons, then what it may hang on (circumstances, missing facts of these members). */
function matchOf(slug: string, outcome: Outcome, members: Member[], phrases: MatcherPhrases): Match {
  const fit = outcome.state === 'yes' ? 'yes' : 'maybe'
  // Facts of people not in the household yet (the expected baby) cannot be answered now.
  const missing = unique(outcome.missing).filter((fact) => {
    const index = /^members\[(\d+)\]/.exec(fact)?.[1]
    return index === undefined || Number(index) < members.length
  })
  const reasons = unique(outcome.reasons)
  const provisos = fit === 'maybe' ? unique(outcome.provisos ?? []) : []
  if (provisos.length > 0) reasons.push(phrases.mayFitIf(provisos.filter(Boolean)))
  if (fit === 'maybe' && missing.length > 0) reasons.push(phrases.dependsOn(missing.map((fact) => missingFactText(phrases, fact, members))))
  if (reasons.length === 0) reasons.push(fit === 'yes' ? phrases.openToAll : phrases.dependsOnMissing)
  return {
    slug,
    fit,
    reasons,
    ...(missing.length > 0 ? { missing } : {}),
    ...(provisos.length > 0 ? { provisos } : {}),
  }
}

/**
 * What the expected baby changes: the household a week after the birth (the earliest due date;
 * unknown: now), against the same weeks without the birth – offers that fit then only because of the baby.
 */
function birthMatches(
  household: Household,
  index: CatalogueIndex,
  /** Each offer's outcome now, in the order of `index.offers`. */
  now: Outcome[],
  phrases: MatcherPhrases,
  day: string,
  evaluatorOf: EvaluatorOf,
): Match[] {
  const expecting = household.members.filter((member) => member.role === 'adult' && member.pregnant && member.livesInHousehold !== false)
  if (expecting.length === 0) return []
  const dueInWeeks = Math.min(...expecting.map((member) => member.dueInWeeks ?? 0))
  const known = {
    ...household,
    members: household.members.map((member) => (expecting.includes(member) ? { ...member, dueInWeeks: member.dueInWeeks ?? 0 } : member)),
  }
  const months = ((dueInWeeks + 1) * 12) / 52
  const then = addMonths(day, months)
  const born = householdInMonths(known, months, phrases.babyName)
  const evaluate = evaluatorOf(born, then, true)
  const unborn = {
    ...household,
    members: household.members.map((member) => (expecting.includes(member) ? { ...member, pregnant: false, dueInWeeks: undefined } : member)),
  }
  const withoutBirth = evaluatorOf(householdInMonths(unborn, months), then, true)
  const explained = evaluatorOf(born, then, false)
  return index.offers.flatMap((offer, position) => {
    if (now[position]!.state !== 'no' || evaluate(offer.slug).state === 'no' || withoutBirth(offer.slug).state !== 'no') return []
    return [matchOf(offer.slug, explained(offer.slug), household.members, phrases)]
  })
}
