/** The rule tried on the Testfamilien while the editor writes it (issue 16: „Try it here“). */
import { describe, expect, it } from 'vitest'

import { decodeHousehold, evaluateHousehold, rulesSchema } from '@familienrathaus/content-schemas'

import { ruleFormValues, tryRule } from '../src/lib/tryRule.ts'

const family = (name: string, household: object, expected: 'yes' | 'maybe' | 'no') => ({
  name,
  household: JSON.stringify({ version: 1, ...household }),
  expected,
})
const run = (rules: unknown, families: Parameters<typeof tryRule>[0]['families']) =>
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

describe('reading the rule from the admin form while the editor adds blocks', () => {
  // The admin's form state right after „Bedingung hinzufügen“ → „Ein Kind …“ on an Angebot without
  // Testfamilien: the empty array's own entry holds its row count 0 and is not marked as
  // disableFormData. Read as data it was the number 0, and `families.map` crashed the whole edit view.
  const afterFirstBlock = {
    title: { value: 'Familienpass' },
    'eligibility.rules': { value: 1, disableFormData: true },
    'eligibility.rules.0.blockType': { value: 'child' },
    'eligibility.rules.0.maxAge': { value: 3 },
    'eligibility.testFamilies': { value: 0 },
  }
  it('takes a row count for no rows, never for data', () => {
    const values = ruleFormValues(afterFirstBlock)
    expect(values).toEqual({ title: 'Familienpass', rules: [{ blockType: 'child', maxAge: 3 }], families: [] })
    expect(run(values.rules, values.families)).toEqual({ results: [] })
  })
  it('reads the blocks and the Testfamilien as the form holds them', () => {
    const values = ruleFormValues({
      ...afterFirstBlock,
      'eligibility.testFamilies': { value: 1, disableFormData: true },
      'eligibility.testFamilies.0.name': { value: 'Mutter mit Baby' },
      'eligibility.testFamilies.0.household': { value: '{}' },
      'eligibility.testFamilies.0.expected': { value: 'yes' },
    })
    expect(values.families).toEqual([{ name: 'Mutter mit Baby', household: '{}', expected: 'yes' }])
  })
  it('reads an empty form as no rule and no Testfamilie', () => {
    expect(ruleFormValues({ 'eligibility.rules': { value: 0 } })).toEqual({ title: '', rules: [], families: [] })
  })
})

describe('reading a nested group from the admin form', () => {
  it('takes the group’s row count for its conditions, never as data', () => {
    const values = ruleFormValues({
      'eligibility.rules': { value: 1 },
      'eligibility.rules.0.blockType': { value: 'any' },
      'eligibility.rules.0.conditions': { value: 2 },
      'eligibility.rules.0.conditions.0.blockType': { value: 'child' },
      'eligibility.rules.0.conditions.0.maxAge': { value: 3 },
      'eligibility.rules.0.conditions.1.blockType': { value: 'household' },
      'eligibility.rules.0.conditions.1.singleParent': { value: 'ja' },
    })
    expect(values.rules).toEqual([
      {
        blockType: 'any',
        conditions: [
          { blockType: 'child', maxAge: 3 },
          { blockType: 'household', singleParent: 'ja' },
        ],
      },
    ])
  })
})
