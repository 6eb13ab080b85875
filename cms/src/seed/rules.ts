import { editorWordedRuleKeys, type Condition } from '@familienrathaus/content-schemas'

/**
 * Rules written by hand in seed files: filters that are not used may be left out (the rule schema
 * fills them in when the seed is loaded), while set values are still type-checked.
 */
export type Leaf = Exclude<Condition, { conditions: unknown }>
export type Rule =
  | (Leaf extends infer L ? (L extends { blockType: infer B } ? { blockType: B } & Partial<Omit<L, 'blockType'>> : never) : never)
  | { blockType: 'all' | 'any' | 'not'; reason?: string; conditions: Rule[] }

export const rules = (list: Rule[]) => list as unknown as Condition[]

/** Every text an editor wrote into the rules (reasons, provisos), in tree order, each once. */
export function ruleTextsOf(conditions: readonly Condition[]): string[] {
  const texts = new Set<string>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (value === null || typeof value !== 'object') return
    for (const [key, inner] of Object.entries(value)) {
      if (editorWordedRuleKeys.includes(key) && typeof inner === 'string' && inner.trim()) texts.add(inner)
      else visit(inner)
    }
  }
  visit(conditions)
  return [...texts]
}
