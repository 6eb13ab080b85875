import type { Condition } from '@familienrathaus/content-schemas'

/**
 * Rules written by hand in seed files: filters that are not used may be left out (the rule schema
 * fills them in when the seed is loaded), while set values are still type-checked.
 */
export type Leaf = Exclude<Condition, { conditions: unknown }>
export type Rule =
  | (Leaf extends infer L ? (L extends { blockType: infer B } ? { blockType: B } & Partial<Omit<L, 'blockType'>> : never) : never)
  | { blockType: 'all' | 'any' | 'not'; reason?: string; conditions: Rule[] }

export const rules = (list: Rule[]) => list as unknown as Condition[]
