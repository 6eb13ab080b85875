import type { Benefit, Household, Member } from './household.ts'
import type { Condition, LeafCondition } from './rules.ts'

import {
  activityPhrases,
  agePhrase,
  benefitLabels,
  childRelationPhrase,
  employmentPhrases,
  incomeFacts,
  insurancePhrases,
  joinGerman,
  maintenancePhrases,
  missingFactText,
  residencePhrases,
  subjectOf,
} from './describe.ts'

type State = 'yes' | 'no' | 'maybe'
type Outcome = { state: State; reasons: string[]; missing: string[] }

export type MatchableOffer = { slug: string; title: string; rules: Condition[] }
export type Match = {
  slug: string
  fit: 'yes' | 'maybe'
  reasons: string[]
  missing?: string[]
  /** Offers that this one can open (e.g. Kinderzuschlag opens Bildung und Teilhabe). */
  opens?: string[]
}
export type TimeHint = { slug: string; inMonths: number; fit: 'yes' | 'maybe'; text: string }
export type MatchResult = { version: 1; referenceDate: string; matches: Match[]; hints: TimeHint[] }

const benefitSlugs: Partial<Record<Benefit, string>> = {
  buergergeld: 'buergergeld',
  wohngeld: 'wohngeld',
  kinderzuschlag: 'kinderzuschlag',
  asylbewerberleistungen: 'asylbewerberleistungen',
  elterngeld: 'elterngeld',
  kindergeld: 'kindergeld',
  unterhaltsvorschuss: 'unterhaltsvorschuss',
  pflegegeld: 'pflegegeld',
  bafoeg: 'bafoeg',
  berufsausbildungsbeihilfe: 'berufsausbildungsbeihilfe',
}

const yes = (reasons: string[] = []): Outcome => ({ state: 'yes', reasons, missing: [] })
const no = (reasons: string[] = []): Outcome => ({ state: 'no', reasons, missing: [] })
const maybe = (reasons: string[], missing: string[] = []): Outcome => ({ state: 'maybe', reasons, missing })
const unique = (list: string[]) => [...new Set(list)]

type Check = { state: State; predicate?: string; missing?: string }

/** One filter on one person: met, not met, or unknown because the fact was not given. */
function check<T>(value: T | undefined, test: (value: T) => boolean, predicate: (value: T) => string, fact: string): Check {
  if (value === undefined || value === 'unknown') return { state: 'maybe', missing: fact }
  return test(value) ? { state: 'yes', predicate: predicate(value) } : { state: 'no' }
}

function combineChecks(checks: Check[]): Check[] & { state: State } {
  const state: State = checks.some((c) => c.state === 'no') ? 'no' : checks.some((c) => c.state === 'maybe') ? 'maybe' : 'yes'
  return Object.assign(checks, { state })
}

function ageChecks(member: Member, minAge: number | undefined, maxAge: number | undefined, always: boolean): Check[] {
  const inRange = (minAge === undefined || member.age >= minAge) && (maxAge === undefined || member.age < maxAge)
  if (!inRange) return [{ state: 'no' }]
  return always || minAge !== undefined || maxAge !== undefined ? [{ state: 'yes', predicate: agePhrase(member.age) }] : []
}

function flagCheck(value: boolean | undefined, wanted: boolean | undefined, yesText: string, noText: string, fact: string): Check[] {
  if (wanted === undefined) return []
  return [check(value, (v) => v === wanted, (v) => (v ? yesText : noText), fact)]
}

function personSentence(member: Member, members: Member[], checks: Check[]): string {
  const predicates = checks.flatMap((c) => (c.state === 'yes' && c.predicate ? [c.predicate] : []))
  return `${subjectOf(member, members)} ${joinGerman(predicates.length ? predicates : [agePhrase(member.age)])}.`
}

/** Evaluates a person-scoped condition for every candidate and counts the people who meet it. */
function countPeople(
  household: Household,
  candidates: [Member, number][],
  needed: number,
  checksFor: (member: Member, index: number) => Check[],
  custom: string | undefined,
  noneText: string,
  quiet = false,
): Outcome {
  const results = candidates.map(([member, index]) => ({ member, checks: combineChecks(checksFor(member, index)) }))
  const met = results.filter((r) => r.checks.state === 'yes')
  const open = results.filter((r) => r.checks.state === 'maybe')
  // Quiet: only the state is wanted (looking ahead for time hints), so no sentences are built.
  const sentences = (list: typeof results) => (quiet ? [] : list.map((r) => personSentence(r.member, household.members, r.checks)))
  if (met.length >= needed) return yes(custom ? [custom] : sentences(met))
  if (met.length + open.length >= needed) {
    // A custom reason states the condition as met, so it is not shown while a fact is missing.
    return maybe(
      sentences(met),
      open.flatMap((r) => r.checks.flatMap((c) => (c.missing ? [c.missing] : []))),
    )
  }
  return no([noneText])
}

/** `negated`: inside a "not", where a possible entitlement (a chain) is no evidence of receiving a benefit. */
type Context = { household: Household; chain: (slug: string) => State | undefined; negated?: boolean; quiet?: boolean }

function evaluateLeaf(condition: LeafCondition, { household, chain, negated, quiet }: Context): Outcome {
  const { members } = household
  const indexed = members.map((member, index) => [member, index] as [Member, number])
  const field = (index: number, name: string) => `members[${index}].${name}`

  switch (condition.blockType) {
    case 'child': {
      const candidates = indexed.filter(
        ([member]) => member.role === 'child' && (member.livesInHousehold !== false || condition.includeMovedOut),
      )
      return countPeople(
        household,
        candidates,
        condition.count,
        (member, i) => [
          ...ageChecks(member, condition.minAge, condition.maxAge, true),
          ...(condition.activities
            ? [check(member.activity, (v) => condition.activities!.includes(v), (v) => activityPhrases[v], field(i, 'activity'))]
            : []),
          ...(condition.relations
            ? [check(member.relation ?? 'own', (v) => (condition.relations as string[]).includes(v), childRelationPhrase, field(i, 'relation'))]
            : []),
          ...flagCheck(member.disability, condition.disability, 'hat eine Behinderung', 'hat keine Behinderung', field(i, 'disability')),
          ...(condition.minPflegegrad !== undefined
            ? [check(member.pflegegrad, (v) => v >= condition.minPflegegrad!, (v) => `hat Pflegegrad ${v}`, field(i, 'pflegegrad'))]
            : []),
          ...(condition.maintenance
            ? [check(member.maintenance, (v) => condition.maintenance!.includes(v), (v) => maintenancePhrases[v], field(i, 'maintenance'))]
            : []),
          ...flagCheck(member.startingStudies, condition.startingStudies, 'beginnt bald ein Studium', 'beginnt kein Studium', field(i, 'startingStudies')),
        ],
        condition.reason,
        condition.count > 1 ? `In Ihrem Haushalt leben nicht ${condition.count} Kinder, auf die das zutrifft.` : 'In Ihrem Haushalt lebt kein Kind, auf das das zutrifft.',
        quiet,
      )
    }
    case 'adult': {
      const candidates = indexed.filter(([member]) => member.role === 'adult' && member.livesInHousehold !== false)
      return countPeople(
        household,
        candidates,
        1,
        (member, i) => [
          ...ageChecks(member, condition.minAge, condition.maxAge, false),
          ...flagCheck(
            member.pregnant,
            condition.pregnant,
            member.dueInWeeks !== undefined ? `ist schwanger (Geburt in etwa ${Math.round(member.dueInWeeks)} Wochen)` : 'ist schwanger',
            'ist nicht schwanger',
            field(i, 'pregnant'),
          ),
          ...(condition.pregnant && condition.maxDueInWeeks !== undefined && member.pregnant
            ? [check(member.dueInWeeks, (v) => v <= condition.maxDueInWeeks!, () => '', field(i, 'dueInWeeks'))]
            : []),
          ...(condition.employment
            ? [check(member.employment, (v) => condition.employment!.includes(v), (v) => employmentPhrases[v], field(i, 'employment'))]
            : []),
          ...(condition.residence
            ? [check(member.residenceStatus, (v) => condition.residence!.includes(v), (v) => residencePhrases[v], field(i, 'residenceStatus'))]
            : []),
          ...(condition.insurance
            ? [check(member.healthInsurance, (v) => condition.insurance!.includes(v), (v) => insurancePhrases[v], field(i, 'healthInsurance'))]
            : []),
          ...(condition.relations
            ? [check(member.relation ?? 'parent', (v) => (condition.relations as string[]).includes(v), (v) => `ist ${v === 'foster-parent' ? 'Pflegeelternteil' : 'Elternteil'}`, field(i, 'relation'))]
            : []),
          ...flagCheck(member.disability, condition.disability, 'hat eine Behinderung', 'hat keine Behinderung', field(i, 'disability')),
          ...(condition.minGdb !== undefined
            ? [check(member.gdb, (v) => v >= condition.minGdb!, (v) => `hat einen Grad der Behinderung von ${v}`, field(i, 'gdb'))]
            : []),
          ...(condition.minPflegegrad !== undefined
            ? [check(member.pflegegrad, (v) => v >= condition.minPflegegrad!, (v) => `hat Pflegegrad ${v}`, field(i, 'pflegegrad'))]
            : []),
        ],
        condition.reason,
        'In Ihrem Haushalt lebt keine erwachsene Person, auf die das zutrifft.',
        quiet,
      )
    }
    case 'member': {
      const candidates = indexed.filter(([member]) => member.livesInHousehold !== false)
      return countPeople(
        household,
        candidates,
        1,
        (member, i) => [
          ...ageChecks(member, condition.minAge, condition.maxAge, false),
          ...flagCheck(member.disability, condition.disability, 'hat eine Behinderung', 'hat keine Behinderung', field(i, 'disability')),
          ...(condition.minGdb !== undefined
            ? [check(member.gdb, (v) => v >= condition.minGdb!, (v) => `hat einen Grad der Behinderung von ${v}`, field(i, 'gdb'))]
            : []),
          ...(condition.minPflegegrad !== undefined
            ? [check(member.pflegegrad, (v) => v >= condition.minPflegegrad!, (v) => `hat Pflegegrad ${v}`, field(i, 'pflegegrad'))]
            : []),
        ],
        condition.reason,
        'Auf niemanden in Ihrem Haushalt trifft das zu.',
        quiet,
      )
    }
    case 'household': {
      const parts: Outcome[] = []
      const flag = (value: boolean | undefined, wanted: boolean | undefined, yesText: string, noText: string, fact: string) => {
        if (wanted === undefined) return
        if (value === undefined) parts.push(maybe([], [fact]))
        else parts.push({ state: value === wanted ? 'yes' : 'no', reasons: [value ? yesText : noText], missing: [] })
      }
      flag(household.singleParent, condition.singleParent, 'Sie sind alleinerziehend.', 'Sie erziehen Ihre Kinder nicht allein.', 'singleParent')
      flag(household.livesInHamm, condition.livesInHamm, 'Sie wohnen in Hamm.', 'Sie wohnen nicht in Hamm.', 'livesInHamm')
      flag(
        household.movedToHammRecently,
        condition.movedToHammRecently,
        'Sie sind in den letzten zwölf Monaten nach Hamm gezogen.',
        'Sie wohnen schon länger als ein Jahr in Hamm.',
        'movedToHammRecently',
      )
      const combined = combineAll(parts)
      return condition.reason && combined.state === 'yes' ? { ...combined, reasons: [condition.reason] } : combined
    }
    case 'income': {
      const band = household.income
      if (band === undefined || band === 'unknown') {
        return maybe([], ['income'])
      }
      if (condition.match.includes(band)) return yes([condition.reason ?? incomeFacts[band]])
      if (condition.borderline?.includes(band)) {
        return maybe([`${incomeFacts[band]} Ob es reicht, entscheidet die genaue Höhe von Einkommen und Bedarf.`])
      }
      return no([incomeFacts[band]])
    }
    case 'receives': {
      const names = joinGerman(condition.benefits.map((benefit) => benefitLabels[benefit]))
      const received = condition.benefits.filter((benefit) => household.receives?.includes(benefit))
      if (received.length > 0) {
        return yes([condition.reason ?? `Sie bekommen ${joinGerman(received.map((b) => benefitLabels[b]))}.`])
      }
      // A chain: the household does not (say it does) receive the benefit, but may be entitled to it.
      const possible = condition.benefits.filter((benefit) => {
        if (negated) return false
        const slug = benefitSlugs[benefit]
        const state = slug ? chain(slug) : undefined
        return state === 'yes' || state === 'maybe'
      })
      if (possible.length > 0) {
        const labels = joinGerman(possible.map((b) => benefitLabels[b]))
        return maybe(
          [`Wenn Sie ${labels} bekommen – das könnte für Sie passen –, dann steht Ihnen auch dieses Angebot offen.`],
          household.receives === undefined ? ['receives'] : [],
        )
      }
      if (household.receives === undefined) return maybe([], ['receives'])
      return no([`Sie bekommen kein${condition.benefits.length > 1 ? 's davon' : 'e Leistung dieser Art'} (${names}).`])
    }
  }
}

function combineAll(outcomes: Outcome[]): Outcome {
  if (outcomes.some((o) => o.state === 'no')) return no(outcomes.filter((o) => o.state === 'no').flatMap((o) => o.reasons))
  const reasons = outcomes.flatMap((o) => o.reasons)
  const missing = outcomes.flatMap((o) => o.missing)
  return outcomes.some((o) => o.state === 'maybe') ? maybe(reasons, missing) : yes(reasons)
}

function evaluateCondition(condition: Condition, context: Context): Outcome {
  switch (condition.blockType) {
    case 'all': {
      const outcome = combineAll(condition.conditions.map((c) => evaluateCondition(c, context)))
      return condition.reason && outcome.state === 'yes' ? { ...outcome, reasons: [condition.reason] } : outcome
    }
    case 'any': {
      const outcomes = condition.conditions.map((c) => evaluateCondition(c, context))
      const met = outcomes.find((o) => o.state === 'yes')
      if (met) return yes(condition.reason ? [condition.reason] : met.reasons)
      const open = outcomes.filter((o) => o.state === 'maybe')
      if (open.length > 0) return maybe(open.flatMap((o) => o.reasons), open.flatMap((o) => o.missing))
      return no(outcomes.flatMap((o) => o.reasons))
    }
    case 'not': {
      const inner = evaluateCondition(condition.conditions[0]!, { ...context, negated: !context.negated })
      if (inner.state === 'maybe') return inner
      const reasons = condition.reason ? [condition.reason] : inner.reasons
      return inner.state === 'yes' ? no(reasons) : yes(reasons)
    }
    default:
      return evaluateLeaf(condition, context)
  }
}

/** Which benefit offers a rule tree refers to (for chains and their order). */
function referencedBenefits(conditions: Condition[]): string[] {
  return conditions.flatMap((condition) =>
    condition.blockType === 'receives'
      ? condition.benefits.flatMap((b) => benefitSlugs[b] ?? [])
      : 'conditions' in condition
        ? referencedBenefits(condition.conditions)
        : [],
  )
}

/** Evaluates offers on demand (chains pull in the offers they depend on), each at most once. */
function offerEvaluator(household: Household, offers: MatchableOffer[], quiet = false): (slug: string) => Outcome {
  const bySlug = new Map(offers.map((offer) => [offer.slug, offer]))
  const results = new Map<string, Outcome>()
  const inProgress = new Set<string>()
  const evaluateOffer = (offer: MatchableOffer): Outcome => {
    const done = results.get(offer.slug)
    if (done) return done
    inProgress.add(offer.slug)
    const context: Context = {
      household,
      quiet,
      chain: (slug) => {
        const target = bySlug.get(slug)
        // A chain back to an offer being evaluated is no evidence either way.
        if (!target || inProgress.has(slug)) return undefined
        return evaluateOffer(target).state
      },
    }
    const outcome =
      offer.rules.length === 0 ? yes(['Dieses Angebot steht allen Familien offen.']) : combineAll(offer.rules.map((c) => evaluateCondition(c, context)))
    inProgress.delete(offer.slug)
    results.set(offer.slug, outcome)
    return outcome
  }
  return (slug) => evaluateOffer(bySlug.get(slug)!)
}

/** The ages (years) and due-date limits (weeks) at which an offer's outcome can change, chains included. */
function timeThresholds(offer: MatchableOffer, bySlug: Map<string, MatchableOffer>, seen = new Set<string>()): { ages: number[]; dueWeeks: number[] } {
  const ages: number[] = []
  const dueWeeks: number[] = []
  seen.add(offer.slug)
  const walk = (conditions: Condition[]) => {
    for (const condition of conditions) {
      if ('conditions' in condition) walk(condition.conditions)
      else if (condition.blockType === 'child' || condition.blockType === 'adult' || condition.blockType === 'member') {
        if (condition.minAge !== undefined) ages.push(condition.minAge)
        if (condition.maxAge !== undefined) ages.push(condition.maxAge)
        if (condition.blockType === 'adult' && condition.maxDueInWeeks !== undefined) dueWeeks.push(condition.maxDueInWeeks)
        if (condition.blockType !== 'adult') ages.push(0)
      } else if (condition.blockType === 'receives') {
        for (const benefit of condition.benefits) {
          const target = bySlug.get(benefitSlugs[benefit] ?? '')
          if (target && !seen.has(target.slug)) {
            const nested = timeThresholds(target, bySlug, seen)
            ages.push(...nested.ages)
            dueWeeks.push(...nested.dueWeeks)
          }
        }
      }
    }
  }
  walk(offer.rules)
  return { ages, dueWeeks }
}

/** The months (1–12) at which a household crosses one of the thresholds: only there can an outcome change. */
function monthsOfChange(household: Household, thresholds: { ages: number[]; dueWeeks: number[] }): number[] {
  const months = new Set<number>()
  const add = (month: number) => {
    const whole = Math.max(1, Math.ceil(month - 1e-9))
    if (whole <= timeHintHorizonMonths) months.add(whole)
  }
  for (const member of household.members) {
    for (const age of thresholds.ages) if (member.age < age) add((age - member.age) * 12)
    if (member.pregnant && member.dueInWeeks !== undefined) {
      const due = member.dueInWeeks
      add((due * 12) / 52) // the birth
      for (const age of thresholds.ages) add(((age * 52 + due) * 12) / 52) // the baby reaches an age limit
      for (const weeks of thresholds.dueWeeks) if (due > weeks) add(((due - weeks) * 12) / 52)
    }
  }
  return [...months].sort((a, b) => a - b)
}

/** The household some months later: everybody older, and a baby born when its time has come. */
export function householdInMonths(household: Household, months: number): Household {
  const weeks = (months * 52) / 12
  const members: Member[] = []
  for (const member of household.members) {
    const aged = { ...member, age: Math.min(120, member.age + months / 12) }
    if (member.pregnant && member.dueInWeeks !== undefined) {
      if (weeks >= member.dueInWeeks) {
        members.push({ ...aged, pregnant: false, dueInWeeks: undefined })
        members.push({ role: 'child', name: 'Ihr Baby', age: (weeks - member.dueInWeeks) / 52, relation: 'own' })
        continue
      }
      aged.dueInWeeks = member.dueInWeeks - weeks
    }
    members.push(aged)
  }
  return { ...household, members: members.slice(0, 20) }
}

export const timeHintHorizonMonths = 12

/**
 * Evaluates a household against every offer: the offers that fit (`yes`) or may fit (`maybe`),
 * each with reasons in plain German and the facts still missing, plus time hints for offers that
 * will fit within a year. Pure and deterministic: the site's island and `npm run match` share it.
 */
export function evaluateHousehold({
  household,
  offers,
  referenceDate,
}: {
  household: Household
  offers: MatchableOffer[]
  referenceDate?: string
}): MatchResult {
  const day = household.referenceDate ?? referenceDate ?? new Date().toISOString().slice(0, 10)
  // The result does not depend on the order in which the catalogue was read.
  offers = [...offers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
  const evaluate = offerEvaluator(household, offers)
  const outcomes = new Map(offers.map((offer) => [offer.slug, evaluate(offer.slug)]))
  const opensBy = new Map<string, string[]>()
  for (const offer of offers) {
    for (const benefit of referencedBenefits(offer.rules)) {
      if (outcomes.get(offer.slug)?.state !== 'no') opensBy.set(benefit, [...(opensBy.get(benefit) ?? []), offer.slug])
    }
  }

  const matches: Match[] = []
  for (const offer of offers) {
    const outcome = outcomes.get(offer.slug)!
    if (outcome.state === 'no') continue
    const missing = unique(outcome.missing)
    const reasons = unique(outcome.reasons)
    if (outcome.state === 'maybe' && missing.length > 0) {
      reasons.push(`Es kommt noch darauf an: ${joinGerman(missing.map((fact) => missingFactText(fact, household.members)))}.`)
    }
    if (reasons.length === 0) reasons.push('Ob es passt, hängt von Angaben ab, die noch fehlen.')
    const opens = unique(opensBy.get(offer.slug) ?? []).filter((slug) => slug !== offer.slug)
    matches.push({
      slug: offer.slug,
      fit: outcome.state,
      reasons,
      ...(missing.length > 0 ? { missing } : {}),
      ...(opens.length > 0 ? { opens } : {}),
    })
  }

  const hints: TimeHint[] = []
  const bySlug = new Map(offers.map((offer) => [offer.slug, offer]))
  const lookahead = new Map<number, (slug: string) => Outcome>()
  const explained = new Map<number, (slug: string) => Outcome>()
  const at = (cache: typeof lookahead, months: number, quiet: boolean) => {
    if (!cache.has(months)) cache.set(months, offerEvaluator(householdInMonths(household, months), offers, quiet))
    return cache.get(months)!
  }
  for (const offer of offers) {
    if (outcomes.get(offer.slug)?.state !== 'no') continue
    // Outcomes only change when an age or due-date limit is crossed, so only those months are tried.
    for (const months of monthsOfChange(household, timeThresholds(offer, bySlug))) {
      if (at(lookahead, months, true)(offer.slug).state === 'no') continue
      const outcome = at(explained, months, false)(offer.slug)
      const when = months === 1 ? 'In einem Monat' : `In ${months} Monaten`
      const because = outcome.reasons.find((reason) => /alt|Baby|geboren/.test(reason)) ?? outcome.reasons[0]
      const fit = outcome.state === 'yes' ? 'yes' : 'maybe'
      hints.push({
        slug: offer.slug,
        inMonths: months,
        fit,
        text: `${when}: ${offer.title} ${fit === 'yes' ? 'passt dann' : 'könnte dann passen'}${because ? ` – ${because.replace(/\.$/, '')}.` : '.'}`,
      })
      break
    }
  }
  return { version: 1, referenceDate: day, matches, hints }
}
