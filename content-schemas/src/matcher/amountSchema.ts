import { z } from 'zod'

import { amountCalculators, amountKinds, amountPeriods, type Amount, type AmountKind } from './amounts.ts'

const euros = z.number().min(0).max(100_000)
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined)

const amountFields = z
  .object({
    kind: z.enum(amountKinds),
    period: z.enum(amountPeriods),
    value: optional(euros),
    min: optional(euros),
    max: optional(euros),
    byAge: z
      .array(z.object({ belowAge: z.number().min(0).max(120), value: euros }))
      .nullish()
      .transform((steps) => (steps ?? []).map(({ belowAge, value }) => ({ belowAge, value }))),
    maybeBelowAge: optional(z.number().min(0).max(120)),
    upTo: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    lessMaintenance: z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    calculator: optional(z.enum(amountCalculators)),
    /** Where the figures come from (law, authority page) and the day they were checked. */
    source: z.string().trim().min(1),
    asOf: z.iso.date().or(z.iso.datetime({ offset: true }).transform((value) => value.slice(0, 10))),
  })
  .superRefine((amount, context) => {
    const missing = (field: string, why: string) => context.addIssue({ code: 'custom', path: [field], message: why })
    if (amount.kind === 'fixed' && amount.value === undefined) missing('value', 'a fixed amount needs its value')
    if (amount.kind === 'perChild' && amount.byAge.length === 0) missing('byAge', 'an amount per child needs at least one age step')
    if (amount.kind === 'range' && (amount.min === undefined || amount.max === undefined)) missing('max', 'a range needs min and max')
    if (amount.min !== undefined && amount.max !== undefined && amount.min > amount.max) missing('min', 'min must not exceed max')
    if (amount.kind === 'computed' && !amount.calculator) missing('calculator', 'a computed amount needs its calculator')
    const ages = amount.byAge.map((step) => step.belowAge)
    if (ages.some((age, index) => index > 0 && age <= ages[index - 1]!)) missing('byAge', 'the age steps must rise')
  })
/**
 * The fields each kind uses: the admin hides the others but keeps what was typed there, which must
 * neither block a valid amount nor change it (a „bis zu“ ticked under „Fester Betrag“ before the
 * editor chose „Von … bis …“).
 */
const usedBy: Record<AmountKind, string[]> = {
  fixed: ['value', 'upTo', 'calculator'],
  perChild: ['byAge', 'maybeBelowAge', 'upTo', 'lessMaintenance', 'calculator'],
  range: ['min', 'max', 'calculator'],
  computed: ['calculator', 'min', 'max'],
}
const onlyUsed = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value
  const kind = (value as { kind?: unknown }).kind
  if (typeof kind !== 'string' || !(kind in usedBy)) return value
  const keep = new Set(['kind', 'period', 'source', 'asOf', ...usedBy[kind as AmountKind]])
  return Object.fromEntries(Object.entries(value).filter(([key]) => keep.has(key)))
}

/** Reads and checks an amount as the CMS stores it (nulls for parts not given, hidden fields ignored). */
export const amountSchema = z.preprocess(onlyUsed, amountFields)
export type AmountInput = z.input<typeof amountFields>
/** The schema gives exactly what the island's zod-free type says (a compile-time check). */
export const readsAsAmount = (parsed: z.infer<typeof amountSchema>): Amount => parsed
