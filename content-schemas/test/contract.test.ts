/**
 * The contract the project relies on, kept in the repository (household JSON Schema, offer slugs):
 * equal to the shared contracts when they lie beside the repository, and the zod schema accepts
 * every document the JSON Schema accepts – plus only the optional additions the README names.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'

import householdJsonSchema from '../contract/household-v1.schema.json' with { type: 'json' }
import { contractOfferSlugs, householdSchema } from '../src/index.ts'

const shared = path.join(import.meta.dirname, '..', '..', '..', 'shared', 'contracts')
const fixtures = path.join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'households')
const validate = new Ajv2020({ allErrors: true, validateFormats: false }).compile(householdJsonSchema)

/** The project's additions to household v1 (README, "Situation matcher"), taken out again. */
function withoutAdditions(document: Record<string, unknown>): Record<string, unknown> {
  const members = (document.members as Record<string, unknown>[]).map(({ gaveBirth: _gaveBirth, ...member }) => member)
  const receives = Array.isArray(document.receives) ? document.receives.filter((benefit) => benefit !== 'arbeitslosengeld') : undefined
  const { netIncome: _netIncome, housingCosts: _housingCosts, maintenanceReceived: _maintenanceReceived, ...rest } = document
  return { ...rest, members, ...(receives ? { receives } : {}) }
}

describe('the contract in the repository', () => {
  it.skipIf(!existsSync(shared))('equals the shared contracts beside the repository (skipped when they are not there)', () => {
    expect(householdJsonSchema).toEqual(JSON.parse(readFileSync(path.join(shared, 'household-v1.schema.json'), 'utf8')))
    const readme = readFileSync(path.join(shared, 'README.md'), 'utf8')
    expect([...contractOfferSlugs]).toEqual([...readme.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1]))
  })

  it('every example household is a contract household plus the documented additions, and zod agrees', () => {
    const files = readdirSync(fixtures).filter((name) => name.endsWith('.json') && name !== 'expectations.json')
    expect(files.length).toBeGreaterThanOrEqual(50)
    for (const name of files) {
      const document = JSON.parse(readFileSync(path.join(fixtures, name), 'utf8')) as Record<string, unknown>
      const contractPart = withoutAdditions(document)
      expect(validate(contractPart), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true)
      expect(householdSchema.safeParse(contractPart).success, name).toBe(true)
      expect(householdSchema.safeParse(document).success, name).toBe(true)
    }
  })

  it('refuses with zod what the JSON Schema refuses', () => {
    const broken: unknown[] = [
      { version: 2, members: [{ role: 'adult', age: 30 }] },
      { version: 1, members: [] },
      { version: 1, members: [{ role: 'adult', age: -1 }] },
      { version: 1, members: [{ role: 'parent', age: 30 }] },
      { version: 1, income: 'rich', members: [{ role: 'adult', age: 30 }] },
      { version: 1, receives: ['kindergeld', 'kindergeld'], members: [{ role: 'adult', age: 30 }] },
      { version: 1, members: [{ role: 'child', age: 3, activity: 'kindergarten' }] },
      { version: 1, unknown: true, members: [{ role: 'adult', age: 30 }] },
    ]
    for (const document of broken) {
      expect(validate(document), JSON.stringify(document)).toBe(false)
      expect(householdSchema.safeParse(document).success, JSON.stringify(document)).toBe(false)
    }
  })
})
