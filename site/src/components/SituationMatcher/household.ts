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
/** The household in the finder: like household v1, but a person's age may still be open. */
export type DraftHousehold = Omit<Household, 'members'> & { members: DraftMember[] }

const draftRules: Record<string, Rule> = {
  ...householdRules,
  members: (value) =>
    Array.isArray(value) && value.length > 0 && value.length <= 20 && value.every((member) => fits(member, memberRules, ['role'])),
}

export const hasAge = (member: DraftMember): member is Member => member.age !== undefined

/** The household the engine judges: only once every person has an age (nothing is assumed), else undefined. */
export const judgedHousehold = (draft: DraftHousehold): Household | undefined =>
  draft.members.length > 0 && draft.members.every(hasAge) ? (draft as Household) : undefined

/**
 * A household the island can show: valid (ages may still be open), judged today (a stored
 * `referenceDate` is dropped) and with an id for each person. Anything else gives undefined.
 */
export function readHousehold(value: unknown): DraftHousehold | undefined {
  if (!fits(value, draftRules, ['version', 'members'])) return undefined
  const draft = value as DraftHousehold
  const { referenceDate: _ignored, ...household } = draft
  return { ...household, members: household.members.map((member, index) => ({ ...member, id: `p${index + 1}` })) }
}

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

/** "Mia, 4 Monate" · "Erwachsene Person, 31 Jahre, schwanger" · "Kind, Alter fehlt noch" */
export function memberCaption(language: FinderLanguage, member: DraftMember, members: DraftMember[]): string {
  const parts = [
    memberName(language, member, members),
    member.age === undefined ? language.texts.person.ageMissing : language.phrases.ageText(member.age),
    member.pregnant ? language.texts.person.pregnant : '',
  ]
  return parts.filter(Boolean).join(', ')
}
