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
} from './household.ts'

/**
 * Eligibility rules: a tree of conditions over the household, edited in the CMS as blocks (so the
 * field `blockType` names the kind). The top level is an implicit "all". Unset filters do not
 * restrict; an unanswered fact makes a condition "maybe", never "no".
 */
const optionalList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .nullish()
    .transform((list) => (list && list.length > 0 ? list : undefined))
const optionalNumber = z
  .number()
  .nullish()
  .transform((value) => value ?? undefined)
const optionalFlag = z
  .union([z.boolean(), z.enum(['ja', 'nein', 'egal'])])
  .nullish()
  .transform((value) => (value === 'ja' || value === true ? true : value === 'nein' || value === false ? false : undefined))
const meta = {
  id: z.string().nullish(),
  blockName: z.string().nullish(),
  /** Optional wording of the reason shown when the condition is met (else generated). */
  reason: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || undefined),
}

export const childConditionSchema = z.object({
  blockType: z.literal('child'),
  ...meta,
  minAge: optionalNumber,
  /** Exclusive upper bound: maxAge 18 means "not yet 18". */
  maxAge: optionalNumber,
  /**
   * The child has reached this age by 30 September of the current Kita and school year (which in
   * NRW begins on 1 August): e.g. 4 for the fee-free Kita years (§ 50 KiBiz), 6 for school entry.
   */
  minAgeByCutoff: optionalNumber,
  activities: optionalList(activities),
  relations: optionalList(childRelations),
  disability: optionalFlag,
  minPflegegrad: optionalNumber,
  maintenance: optionalList(maintenances),
  startingStudies: optionalFlag,
  /** Children who moved out count only when this is true (e.g. Kindergeld during studies). */
  includeMovedOut: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  /** How many children must match (3 = kinderreich). */
  count: z
    .number()
    .int()
    .min(1)
    .nullish()
    .transform((value) => value ?? 1),
})

export const adultConditionSchema = z.object({
  blockType: z.literal('adult'),
  ...meta,
  minAge: optionalNumber,
  maxAge: optionalNumber,
  pregnant: optionalFlag,
  /** With pregnant: the birth is due within this many weeks. */
  maxDueInWeeks: optionalNumber,
  /** Gave birth to a baby of the household (the mother's own protection and benefits). */
  gaveBirth: optionalFlag,
  employment: optionalList(employments),
  residence: optionalList(residenceStatuses),
  insurance: optionalList(insurances),
  relations: optionalList(adultRelations),
  disability: optionalFlag,
  minGdb: optionalNumber,
  minPflegegrad: optionalNumber,
})

export const memberConditionSchema = z.object({
  blockType: z.literal('member'),
  ...meta,
  minAge: optionalNumber,
  maxAge: optionalNumber,
  disability: optionalFlag,
  minGdb: optionalNumber,
  minPflegegrad: optionalNumber,
})

export const householdConditionSchema = z.object({
  blockType: z.literal('household'),
  ...meta,
  singleParent: optionalFlag,
  livesInHamm: optionalFlag,
  movedToHammRecently: optionalFlag,
})

export const incomeConditionSchema = z.object({
  blockType: z.literal('income'),
  ...meta,
  /** Bands for which the condition is met. */
  match: z.array(z.enum(incomeBands)).min(1),
  /** Bands for which it may be met: the exact amount decides ("maybe"). */
  borderline: optionalList(incomeBands),
})

export const receivesConditionSchema = z.object({
  blockType: z.literal('receives'),
  ...meta,
  /** Met when someone in the household receives any of these. */
  benefits: z.array(z.enum(benefits)).min(1),
})

/**
 * A fact the finder does not ask (a parent died, the parents are not married, the child's own
 * developmental need): the offer can fit only "maybe", and says under which circumstance. Without
 * `text` (a page in a language the editors did not write it in) the phrases word it generally.
 */
export const provisoConditionSchema = z.object({
  blockType: z.literal('proviso'),
  // A proviso is never met, so it has no reason of its own: its text says the circumstance.
  id: meta.id,
  blockName: meta.blockName,
  text: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || undefined),
})

/** The longest reason or proviso an editor can write into a rule (the CMS refuses longer ones). */
export const ruleTextMaxLength = 200

/** The fields in which editors word rules in their language (dropped for a page in another language). */
export const editorWordedRuleKeys: readonly string[] = ['reason', 'text']

export type ChildCondition = z.infer<typeof childConditionSchema>
export type AdultCondition = z.infer<typeof adultConditionSchema>
export type MemberCondition = z.infer<typeof memberConditionSchema>
export type HouseholdCondition = z.infer<typeof householdConditionSchema>
export type IncomeCondition = z.infer<typeof incomeConditionSchema>
export type ReceivesCondition = z.infer<typeof receivesConditionSchema>
export type ProvisoCondition = z.infer<typeof provisoConditionSchema>
export type LeafCondition =
  ChildCondition | AdultCondition | MemberCondition | HouseholdCondition | IncomeCondition | ReceivesCondition | ProvisoCondition
export type GroupCondition = {
  blockType: 'all' | 'any' | 'not'
  id?: string | null
  blockName?: string | null
  reason?: string
  conditions: Condition[]
}
export type Condition = LeafCondition | GroupCondition

export const conditionSchema: z.ZodType<Condition, unknown> = z.lazy(() =>
  z.discriminatedUnion('blockType', [
    childConditionSchema,
    adultConditionSchema,
    memberConditionSchema,
    householdConditionSchema,
    incomeConditionSchema,
    receivesConditionSchema,
    provisoConditionSchema,
    z.object({
      blockType: z.enum(['all', 'any']),
      ...meta,
      conditions: z.array(conditionSchema).min(1, { error: 'needs at least one condition' }),
    }),
    z.object({
      blockType: z.literal('not'),
      ...meta,
      conditions: z.array(conditionSchema).length(1, { error: 'needs exactly one condition' }),
    }),
  ]),
) as z.ZodType<Condition, unknown>

/**
 * The CMS's editor offers one block name per nesting level: "all" at the top, "allInner" in a
 * group, "allInner3" and "allInner4" deeper (likewise any/not).
 */
export const ruleGroupLevelSuffixes = ['', 'Inner', 'Inner3', 'Inner4'] as const

function canonicalBlockTypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalBlockTypes)
  if (value && typeof value === 'object') {
    const entry = { ...(value as Record<string, unknown>) }
    if (typeof entry.blockType === 'string') entry.blockType = entry.blockType.replace(/Inner\d?$/, '')
    if (Array.isArray(entry.conditions)) entry.conditions = entry.conditions.map(canonicalBlockTypes)
    return entry
  }
  return value
}

/** How deep the CMS's editor can nest groups. */
export const maxRuleGroupNesting = ruleGroupLevelSuffixes.length

/**
 * Rules in the form the CMS stores and its editor shows (see ruleGroupLevelSuffixes). Returns
 * undefined when groups nest deeper than the editor can show.
 */
export function storedBlockTypes(rules: unknown, level = 1): unknown[] | undefined {
  if (!Array.isArray(rules)) return undefined
  const stored: unknown[] = []
  for (const rule of rules) {
    if (!rule || typeof rule !== 'object' || !Array.isArray((rule as { conditions?: unknown }).conditions)) {
      stored.push(rule)
      continue
    }
    if (level > maxRuleGroupNesting) return undefined
    const entry = rule as Record<string, unknown> & { blockType?: unknown; conditions: unknown[] }
    const inner = storedBlockTypes(entry.conditions, level + 1)
    if (!inner) return undefined
    const type = typeof entry.blockType === 'string' ? entry.blockType.replace(/Inner\d?$/, '') : entry.blockType
    stored.push({ ...entry, blockType: `${String(type)}${ruleGroupLevelSuffixes[level - 1]}`, conditions: inner })
  }
  return stored
}

export const rulesSchema = z.preprocess(
  canonicalBlockTypes,
  z
    .array(conditionSchema)
    .nullish()
    .transform((rules) => rules ?? []),
)
export type Rules = Condition[]
