import { z } from 'zod'

import {
  activities,
  adultRelations,
  benefits,
  childRelations,
  employments,
  incomeBands,
  insurances,
  maintenances,
  residenceStatuses,
} from './values.ts'

export * from './values.ts'

/**
 * Household v1 (content-schemas/contract/household-v1.schema.json, the shared contract) as zod: accepts every document that is
 * valid under the contract and nothing else. A missing field means "not said".
 */
export type IncomeBand = (typeof incomeBands)[number]
export type Benefit = (typeof benefits)[number]
export type Activity = (typeof activities)[number]
export type Employment = (typeof employments)[number]
export type ResidenceStatus = (typeof residenceStatuses)[number]
export type Insurance = (typeof insurances)[number]
export type Maintenance = (typeof maintenances)[number]
export type AdultRelation = (typeof adultRelations)[number]
export type ChildRelation = (typeof childRelations)[number]

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be one of ${values.join(', ')}` })
const numberBetween = (min: number, max: number, { integer = false } = {}) => {
  const message = `must be ${integer ? 'a whole number' : 'a number'} between ${min} and ${max}`
  const base = z.number({ error: message })
  return (integer ? base.int({ error: message }) : base).min(min, { error: message }).max(max, { error: message })
}
const flag = z.boolean({ error: 'must be true or false' })
const shortText = z.string({ error: 'must be a text' }).max(40, { error: 'must be at most 40 characters long' })

export const memberSchema = z.strictObject(
  {
    id: shortText.optional(),
    name: shortText.optional(),
    role: oneOf(['adult', 'child']),
    age: numberBetween(0, 120),
    relation: oneOf([...adultRelations, ...childRelations]).optional(),
    livesInHousehold: flag.optional(),
    employment: oneOf(employments).optional(),
    pregnant: flag.optional(),
    dueInWeeks: numberBetween(0, 42).optional(),
    /** This adult gave birth to a baby of the household (Mutterschutz and Mutterschaftsgeld protect only the mother). */
    gaveBirth: flag.optional(),
    activity: oneOf(activities).optional(),
    startingStudies: flag.optional(),
    disability: flag.optional(),
    gdb: numberBetween(0, 100, { integer: true }).optional(),
    pflegegrad: numberBetween(0, 5, { integer: true }).optional(),
    residenceStatus: oneOf(residenceStatuses).optional(),
    healthInsurance: oneOf(insurances).optional(),
    maintenance: oneOf(maintenances).optional(),
    sharedCare: flag.optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : 'must be an object') },
)
export type Member = z.infer<typeof memberSchema>

const isoDay = z
  .string({ error: 'must be a date like 2026-01-15' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date like 2026-01-15' })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: 'must be a real calendar date',
  })

export const householdSchema = z.strictObject(
  {
    version: z.literal(1, { error: 'must be 1' }),
    referenceDate: isoDay.optional(),
    livesInHamm: flag.optional(),
    movedToHammRecently: flag.optional(),
    singleParent: flag.optional(),
    income: oneOf(incomeBands).optional(),
    /**
     * Money facts (optional, euros per month; an addition within version 1). `netIncome`: what the
     * adults have after tax and social insurance – pay, pensions, Arbeitslosengeld, Elterngeld – without
     * Kindergeld, maintenance for the children and the benefits the finder estimates. `housingCosts`:
     * the warm rent (with running and heating costs), for owners their housing costs. `maintenanceReceived`:
     * child maintenance or Unterhaltsvorschuss for the children, all together.
     */
    netIncome: numberBetween(0, 100_000).optional(),
    housingCosts: numberBetween(0, 100_000).optional(),
    maintenanceReceived: numberBetween(0, 100_000).optional(),
    receives: z
      .array(oneOf(benefits), { error: 'must be a list of benefits' })
      .refine((list) => new Set(list).size === list.length, { error: 'must not name a benefit twice' })
      .optional(),
    members: z
      .array(memberSchema, { error: 'must be a list of household members' })
      .min(1, { error: 'must name at least one person' })
      .max(20, { error: 'must name at most 20 people' }),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : 'must be an object') },
)
export type Household = z.infer<typeof householdSchema>

/** One line per problem, naming the field as the contract does: `members[1].age: must be …`. */
export function householdProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.reduce<string>(
      (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
      '',
    )
    return `${path || 'household'}: ${issue.message}`
  })
}
