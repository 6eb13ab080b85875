/** The rule tried on the Testfamilien while the editor writes it (issue 16: „Try it here“). */
import { describe, expect, it } from 'vitest'

import { decodeHousehold, evaluateHousehold, rulesSchema } from '@familienrathaus/content-schemas'

import { tryRule } from '../src/lib/tryRule.ts'

const family = (name: string, household: object, expected: 'yes' | 'maybe' | 'no') => ({
  name,
  household: JSON.stringify({ version: 1, ...household }),
  expected,
})
const run = (rules: unknown, families: ReturnType<typeof family>[]) =>
  tryRule({
    title: 'Krabbelgruppe',
    rules,
    families,
    parse: (blocks) => rulesSchema.safeParse(blocks),
    decode: decodeHousehold,
    evaluate: evaluateHousehold,
  })

describe('trying a rule on the Testfamilien', () => {
  const rules = [
    { blockType: 'child', maxAge: 3 },
    { blockType: 'household', singleParent: 'ja' },
  ]
  it('says passt, vielleicht or passt nicht for each, with the reasons a family would read', () => {
    const { results } = run(rules, [
      family(
        'Mutter mit Baby',
        {
          singleParent: true,
          members: [
            { role: 'adult', age: 30 },
            { role: 'child', age: 1, name: 'Ida' },
          ],
        },
        'yes',
      ),
      family(
        'Nicht gesagt',
        {
          members: [
            { role: 'adult', age: 30 },
            { role: 'child', age: 1 },
          ],
        },
        'maybe',
      ),
      family(
        'Schulkind',
        {
          singleParent: true,
          members: [
            { role: 'adult', age: 30 },
            { role: 'child', age: 8 },
          ],
        },
        'yes',
      ),
    ])
    expect(results.map((result) => result.actual)).toEqual(['yes', 'maybe', 'no'])
    expect(results[0]!.reasons.join(' ')).toContain('Ida ist 1 Jahr alt')
    expect(results[2]!.expected).toBe('yes')
  })

  it('waits for a complete rule and names a household it cannot read', () => {
    expect(run([{ blockType: 'any', conditions: [] }], []).problem).toContain('unvollständig')
    const { results } = run(rules, [{ name: 'Kaputt', household: 'Mutter mit Kind', expected: 'yes' }])
    expect(results[0]!.error).toContain('kein Link aus dem Finder')
  })
})
