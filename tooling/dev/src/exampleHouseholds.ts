import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { householdSchema, type Household } from '@familienrathaus/content-schemas'

/** The example households of the tests (tests/fixtures/households), which the benches time the matcher with; none when the folder is missing. */
export function exampleHouseholds(repoRoot: string): Household[] {
  const dir = path.join(repoRoot, 'tests', 'fixtures', 'households')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => /^\d.*\.json$/.test(name))
    .map((name) => householdSchema.parse(JSON.parse(readFileSync(path.join(dir, name), 'utf8'))))
}
