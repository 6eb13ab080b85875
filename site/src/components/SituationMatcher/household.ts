import type { Household, Member } from '@familienrathaus/content-schemas'

import type { FinderLanguage } from './languages/de.ts'

import {
  activityValues,
  adultRelationValues,
  benefitValues,
  childRelationValues,
  employmentValues,
  incomeValues,
  insuranceValues,
  maintenanceValues,
  residenceValues,
} from './labels.ts'

/**
 * A structural check of a household from a share link or the browser's storage, without zod (which
 * would not fit the island's budget). It accepts what household-v1.schema.json accepts; the unit
 * test compares it with the zod schema.
 */
type Rule = (value: unknown) => boolean

const oneOf =
  (values: readonly string[], ...more: string[]): Rule =>
  (value) =>
    values.includes(value as string) || more.includes(value as string)
const isText: Rule = (value) => typeof value === 'string' && value.length <= 40
const isFlag: Rule = (value) => typeof value === 'boolean'
const between =
  (min: number, max: number, whole = false): Rule =>
  (value) =>
    typeof value === 'number' && value >= min && value <= max && (!whole || Number.isInteger(value))
const isDay: Rule = (value) =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)

function fits(value: unknown, rules: Record<string, Rule>, required: string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    required.every((key) => key in value) &&
    Object.entries(value).every(([key, field]) => Object.hasOwn(rules, key) && rules[key]!(field))
  )
}

const memberRules: Record<string, Rule> = {
  id: isText,
  name: isText,
  role: (value) => value === 'adult' || value === 'child',
  age: between(0, 120),
  relation: oneOf([...adultRelationValues, ...childRelationValues]),
  livesInHousehold: isFlag,
  employment: oneOf(employmentValues, 'unknown'),
  pregnant: isFlag,
  dueInWeeks: between(0, 42),
  gaveBirth: isFlag,
  activity: oneOf(activityValues, 'unknown'),
  startingStudies: isFlag,
  disability: isFlag,
  gdb: between(0, 100, true),
  pflegegrad: between(0, 5, true),
  residenceStatus: oneOf(residenceValues, 'unknown'),
  healthInsurance: oneOf(insuranceValues, 'unknown'),
  maintenance: oneOf(maintenanceValues, 'unknown'),
  sharedCare: isFlag,
}

const householdRules: Record<string, Rule> = {
  version: (value) => value === 1,
  referenceDate: isDay,
  livesInHamm: isFlag,
  movedToHammRecently: isFlag,
  singleParent: isFlag,
  income: oneOf(incomeValues, 'unknown'),
  netIncome: between(0, 100_000),
  housingCosts: between(0, 100_000),
  maintenanceReceived: between(0, 100_000),
  receives: (value) =>
    Array.isArray(value) &&
    new Set(value).size === value.length &&
    value.every((benefit) => (benefitValues as readonly unknown[]).includes(benefit)),
  members: (value) =>
    Array.isArray(value) && value.length > 0 && value.length <= 20 && value.every((member) => fits(member, memberRules, ['role', 'age'])),
}

/** Is this a household v1 document? */
export const isHousehold = (value: unknown): value is Household => fits(value, householdRules, ['version', 'members'])

/** A person as the finder holds them while the family answers: the age stays open until the family gives it. */
export type DraftMember = Omit<Member, 'age'> & { age?: number }
/**
 * A baby on the way: a figure of its own, with who expects it and the due date – both as the family
 * gives them. In household v1 it becomes `pregnant` and `dueInWeeks` on that adult.
 */
export type ExpectedBaby = { id: string; mother?: string; dueDate?: string }
/**
 * The household in the finder: household v1, but a person's age may still be open, expected babies
 * are figures of their own, and `expecting: false` is the household's "nobody expects a baby".
 */
export type DraftHousehold = Omit<Household, 'members'> & { members: DraftMember[]; expected?: ExpectedBaby[]; expecting?: boolean }

const expectedRules: Record<string, Rule> = { id: isText, mother: isText, dueDate: isDay }
const draftRules: Record<string, Rule> = {
  ...householdRules,
  members: (value) =>
    Array.isArray(value) && value.length > 0 && value.length <= 20 && value.every((member) => fits(member, memberRules, ['role'])),
  expected: (value) => Array.isArray(value) && value.length <= 5 && value.every((baby) => fits(baby, expectedRules, ['id'])),
  expecting: isFlag,
}

export const hasAge = (member: DraftMember): member is Member => member.age !== undefined

const dayMs = 24 * 60 * 60 * 1000
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / dayMs
/** The latest due date that makes sense: household v1 counts at most 42 weeks ahead. */
export const latestDueDate = (today: string) => new Date((dayNumber(today) + 42 * 7) * dayMs).toISOString().slice(0, 10)
/** Weeks from today to the due date (one decimal), or undefined when it is not between today and 42 weeks ahead. */
export function weeksUntil(today: string, dueDate?: string): number | undefined {
  if (!dueDate) return undefined
  const days = dayNumber(dueDate) - dayNumber(today)
  return days >= 0 && days <= 42 * 7 ? Math.round((days / 7) * 10) / 10 : undefined
}

/** Whose expected baby it is, when that person is (still) an adult in the household. */
export const motherOf = (baby: ExpectedBaby, members: DraftMember[]) =>
  members.find((member) => member.id === baby.mother && member.role === 'adult')

/**
 * The household the engine judges – only once every person has an age and every expected baby
 * someone who expects it (nothing is assumed); undefined until then. The adult who expects a baby
 * is pregnant, with the weeks until its due date; once the household has said whether a baby is on
 * the way, every other adult is not.
 */
export function judgedHousehold(draft: DraftHousehold, today: string): Household | undefined {
  const { expected = [], expecting, ...household } = draft
  if (draft.members.length === 0 || !draft.members.every(hasAge)) return undefined
  if (expected.some((baby) => !motherOf(baby, draft.members))) return undefined
  const told = expected.length > 0 || expecting === false
  return {
    ...household,
    members: draft.members.filter(hasAge).map((member) => {
      if (member.role !== 'adult') return member
      const baby = expected.find((other) => other.mother === member.id)
      if (baby) return withAnswers(member, { pregnant: true, dueInWeeks: weeksUntil(today, baby.dueDate) })
      return told ? withAnswers(member, { pregnant: false, dueInWeeks: undefined }) : member
    }),
  }
}

/**
 * A household the island can show: valid (ages may still be open), judged today (a stored
 * `referenceDate` is dropped) and with an id for each person and expected baby. A pregnant adult
 * (household v1, e.g. from an older link) becomes an expected baby of that adult. Anything else gives undefined.
 */
export function readHousehold(value: unknown, today: string): DraftHousehold | undefined {
  if (!fits(value, draftRules, ['version', 'members'])) return undefined
  const { referenceDate: _ignored, expected = [], ...draft } = value as DraftHousehold & { referenceDate?: string }
  const idOf = new Map(draft.members.flatMap((member, index) => (member.id ? [[member.id, `p${index + 1}`] as const] : [])))
  const babies: ExpectedBaby[] = [
    ...expected.map((baby) => withAnswers(baby, { mother: baby.mother && idOf.get(baby.mother) })),
    ...draft.members.flatMap((member, index) =>
      member.pregnant === true
        ? [withAnswers({ id: '' } as ExpectedBaby, { mother: `p${index + 1}`, dueDate: dayAfter(today, member.dueInWeeks) })]
        : [],
    ),
  ].map((baby, index) => ({ ...baby, id: `e${index + 1}` }))
  const members = draft.members.map(({ pregnant, dueInWeeks: _weeks, ...member }, index) =>
    withAnswers({ ...member, id: `p${index + 1}` } as DraftMember, { pregnant: pregnant === false ? false : undefined }),
  )
  return withAnswers({ ...draft, members } as DraftHousehold, { expected: babies.length > 0 ? babies : undefined })
}

/** The day so many weeks after today (YYYY-MM-DD). */
const dayAfter = (today: string, weeks?: number) =>
  weeks === undefined ? undefined : new Date((dayNumber(today) + Math.round(weeks * 7)) * dayMs).toISOString().slice(0, 10)

/** Drops the keys whose answer is "Weiß ich nicht", so that they stay unset. */
export function withAnswers<T extends object>(value: T, answers: Partial<T>): T {
  const next: Record<string, unknown> = { ...value, ...answers }
  for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key]
  return next as T
}

/** "Mia", or "Kind 2" when no name was given. */
export function memberName({ texts }: FinderLanguage, member: DraftMember, members: DraftMember[]): string {
  if (member.name?.trim()) return member.name.trim()
  const sameRole = members.filter((other) => other.role === member.role)
  const base = member.role === 'adult' ? texts.person.adult : texts.person.child
  return sameRole.length > 1 ? texts.person.numbered(base, sameRole.indexOf(member) + 1) : base
}

/** Inside a sentence: "Mia", or „Kind 2“ in quotes when no name was given. */
export const memberLabel = (language: FinderLanguage, member: DraftMember, members: DraftMember[]): string =>
  member.name?.trim() || language.texts.person.quoted(memberName(language, member, members))

/** "Mia, 4 Monate" · "Erwachsene Person, 31 Jahre, schwanger" · "Kind, Alter fehlt noch" (`pregnant`: expects a baby in the picture; household v1's flag otherwise) */
export function memberCaption(language: FinderLanguage, member: DraftMember, members: DraftMember[], pregnant = member.pregnant): string {
  const parts = [
    memberName(language, member, members),
    member.age === undefined ? language.texts.person.ageMissing : language.phrases.ageText(member.age),
    pregnant ? language.texts.person.pregnant : '',
  ]
  return parts.filter(Boolean).join(', ')
}

/** "Erwartetes Baby, erwartet von Sara, Termin 12.03.2027" · "Erwartetes Baby, wer es erwartet, fehlt noch" */
export function expectedCaption(language: FinderLanguage, baby: ExpectedBaby, members: DraftMember[]): string {
  const { expected, sheet } = language.texts
  const mother = motherOf(baby, members)
  return [
    expected.figure,
    mother ? expected.by(memberLabel(language, mother, members)) : expected.whoMissing,
    baby.dueDate ? expected.dueCaption(sheet.date(baby.dueDate)) : '',
  ]
    .filter(Boolean)
    .join(', ')
}

/**
 * A question asked once for the whole household ("Nein" to disability or care, the adults'
 * residence): the answers it gives, and to whom.
 */
export type HouseholdWideAnswer = { answers: Partial<Member>; roles: readonly Member['role'][] }
/** What household-wide answers gave each person (by id), so that a changed answer takes back only that. */
export type GivenForAll = Map<string, Partial<Member>>

/** Gives the answers to a person of those roles where the person has not answered (never overwrites one); notes what it gave. */
export function giveUnanswered(member: DraftMember, { answers, roles }: HouseholdWideAnswer, given: GivenForAll): DraftMember {
  if (!roles.includes(member.role)) return member
  const open = Object.fromEntries(Object.entries(answers).filter(([key]) => member[key as keyof Member] === undefined)) as Partial<Member>
  if (Object.keys(open).length === 0) return member
  given.set(member.id ?? '', { ...given.get(member.id ?? ''), ...open })
  return withAnswers(member, open)
}

/** Takes back what a household-wide answer gave a person, where the person's own answers left it as it was. */
export function takeBack(member: DraftMember, { answers }: HouseholdWideAnswer, given: GivenForAll): DraftMember {
  const gave = given.get(member.id ?? '') ?? {}
  const back = (Object.keys(answers) as (keyof Member)[]).filter((key) => key in gave && member[key] === gave[key])
  if (back.length === 0) return member
  const rest = Object.fromEntries(Object.entries(gave).filter(([key]) => !back.includes(key as keyof Member)))
  given.set(member.id ?? '', rest)
  return withAnswers(member, Object.fromEntries(back.map((key) => [key, undefined])) as Partial<DraftMember>)
}

/** The answer all people of a role share (e.g. every adult German), or undefined when someone differs or has not answered. */
export function sharedAnswer<Key extends keyof DraftMember>(
  members: DraftMember[],
  role: Member['role'],
  key: Key,
): DraftMember[Key] | undefined {
  const values = members.filter((member) => member.role === role).map((member) => member[key])
  return values.length > 0 && values.every((value) => value !== undefined && value === values[0]) ? values[0] : undefined
}
