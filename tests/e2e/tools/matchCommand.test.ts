/**
 * `npm run --silent match` against a freshly seeded database gives exactly what the shared
 * evaluation module gives for the seed catalogue (which is what the island runs on), and refuses
 * invalid input as the contract says.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { evaluateHousehold, germanToday, householdSchema, matchableOffers } from '@familienrathaus/content-schemas'

import { angebote } from '@familienrathaus/cms/seed/data'
import { growCatalogue } from '@familienrathaus/dev/scaleCatalogue'
import { makeDataDir, repoRoot } from '../../support/stack.ts'

const data = makeDataDir()
const tsx = path.join(path.dirname(createRequire(path.join(repoRoot, 'package.json')).resolve('tsx/package.json')), 'dist', 'cli.mjs')
const env = { ...process.env, DATA_DIR: data.dir, DATABASE_URI: undefined, PAYLOAD_SECRET: 'test-secret-for-the-match-command' }

function match(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [tsx, 'cms/src/tasks/match.ts', ...args], {
    cwd: repoRoot,
    env,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'households')
const fixtures = readdirSync(fixturesDir).filter((name) => /^\d.*\.json$/.test(name))
// As the command reads them: the offers current today in Hamm.
const offers = matchableOffers(angebote, { day: germanToday() })

beforeAll(() => {
  // The match command reads German only.
  const seeded = spawnSync(process.execPath, [tsx, 'cms/src/seed/run.ts', '--german-only'], {
    cwd: repoRoot,
    env,
    encoding: 'utf8',
    timeout: 300_000,
  })
  expect(seeded.status, seeded.stderr).toBe(0)
}, 300_000)
afterAll(() => data.remove())

describe('npm run match', () => {
  it('gives the shared module’s result for example households spread over the list (six, read from a file)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25)
    // Each run starts Payload (about 3 s); the engine itself is checked on every household in content-schemas.
    const step = Math.ceil(fixtures.length / 6)
    for (const name of fixtures.filter((_, index) => index % step === 0)) {
      const file = path.join(fixturesDir, name)
      const { code, stdout, stderr } = match([file])
      expect(code, stderr).toBe(0)
      const household = householdSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
      expect(JSON.parse(stdout), name).toEqual(evaluateHousehold({ household, offers }))
    }
  })

  it('reads standard input with "-"', () => {
    const household = {
      version: 1,
      referenceDate: '2026-11-21',
      members: [
        { role: 'adult', age: 31 },
        { role: 'child', age: 0.5, name: 'Mia' },
      ],
    }
    const { code, stdout } = match(['-'], JSON.stringify(household))
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(result.version).toBe(1)
    expect(result.referenceDate).toBe('2026-11-21')
    const kindergeld = result.matches.find((m: { slug: string }) => m.slug === 'kindergeld')
    expect(kindergeld.reasons.join(' ')).toMatch(/Mia ist 6 Monate alt/)
    expect(kindergeld.reasons.join(' ')).toContain('den Aufenthaltsstatus von der erwachsenen Person')
    // The amount the contract names (issue 15): euros per period, min = max when exact. Mia's
    // Kindergeld still hangs on the parent's residence: it counts in the upper figure only.
    expect(kindergeld.amount).toEqual({ period: 'month', min: 0, max: 259 })
    const elterngeld = result.matches.find((m: { slug: string }) => m.slug === 'elterngeld')
    expect(elterngeld.amount).toEqual({ period: 'month', min: 300, max: 1800 })
    for (const entry of result.matches.filter((m: { amount?: unknown }) => m.amount)) {
      expect(Object.keys(entry.amount).sort()).toEqual(['max', 'min', 'period'])
      expect(entry.amount.min).toBeLessThanOrEqual(entry.amount.max)
    }
    for (const entry of result.matches) {
      expect(['yes', 'maybe']).toContain(entry.fit)
      expect(entry.reasons.length).toBeGreaterThan(0)
    }
  })

  it('takes the family’s figures and prints what they give: Kinderzuschlag exactly, Grundsicherungsgeld not at all (issue 15)', () => {
    const file = path.join(fixturesDir, '55-zahlen-paar-zwei-kinder-kiz-und-wohngeld.json')
    const { code, stdout, stderr } = match([file])
    expect(code, stderr).toBe(0)
    const result = JSON.parse(stdout)
    const bySlug = new Map(result.matches.map((m: { slug: string }) => [m.slug, m]))
    expect(bySlug.get('kinderzuschlag')).toMatchObject({ fit: 'yes', amount: { period: 'month', min: 492, max: 492 } })
    expect(bySlug.get('wohngeld')).toMatchObject({ fit: 'yes', amount: { period: 'month' } })
    expect(bySlug.has('buergergeld')).toBe(false)
  })

  it('refuses an invalid household: exit 2, nothing on stdout, one line per problem', () => {
    const { code, stdout, stderr } = match(
      ['-'],
      JSON.stringify({
        version: 1,
        netIncome: -50,
        members: [
          { role: 'adult', age: 30 },
          { role: 'child', age: 130, hobby: 'Fußball' },
        ],
      }),
    )
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n').sort()).toEqual([
      'members[1].age: must be a number between 0 and 120',
      'members[1]: unknown field hobby',
      'netIncome: must be a number between 0 and 100000',
    ])
  })

  it('refuses unreadable input', () => {
    expect(match(['-'], '{ kein json').code).toBe(2)
    expect(match([path.join(data.dir, 'fehlt.json')]).stderr).toMatch(/cannot read \(ENOENT\)/)
  })
})

describe('npm run match at 1,000 published Angebote (issue 18: the scale smoke inside npm test)', () => {
  it('reads and evaluates the grown catalogue: the seeded offers keep their results, and every copy fits as its original does', async () => {
    const database = createClient({ url: `file:${path.join(data.dir, 'familienrathaus.db')}` })
    try {
      expect(await growCatalogue(database, 1000)).toBeGreaterThan(900)
    } finally {
      database.close()
    }
    const file = path.join(fixturesDir, '55-zahlen-paar-zwei-kinder-kiz-und-wohngeld.json')
    const { code, stdout, stderr } = match([file])
    expect(code, stderr).toBe(0)
    const { matches } = JSON.parse(stdout) as { matches: { slug: string; fit: string; opens?: string[] }[] }
    const household = householdSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
    const seeded = evaluateHousehold({ household, offers }).matches
    const bySlug = new Map(matches.map((entry) => [entry.slug, entry]))
    // Copies claim no benefit, so no chain changes: the seeded offers read as before (what they open now includes copies).
    const withoutOpens = (entry: { opens?: unknown } | undefined) => entry && { ...entry, opens: undefined }
    expect(seeded.map((entry) => withoutOpens(bySlug.get(entry.slug)))).toEqual(seeded.map(withoutOpens))
    const copies = matches.filter((entry) => entry.slug.includes('-kopie-'))
    expect(copies.length).toBeGreaterThan(seeded.length * 10)
    for (const copy of copies) {
      const original = bySlug.get(copy.slug.replace(/-kopie-\d+$/, ''))
      expect(copy.fit, copy.slug).toBe(original?.fit)
    }
  })
})
