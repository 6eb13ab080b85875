/**
 * `npm run bench`: measures the budgets that timings in tests would make flaky, and reports them
 * side by side in one run. Fails (exit 1) when a budget is broken.
 * - evaluating one household against the whole seed catalogue: < 5 ms
 * - the situation matcher island's JavaScript (from the last built site): ≤ 75 KB gzip
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { evaluateHousehold, householdSchema, rulesSchema, type Household } from '@familienrathaus/content-schemas'

import { angebote } from '../../cms/src/seed/data/index.ts'
import { dataDir, findRepoRoot } from '../../cms/src/lib/paths.ts'

const repoRoot = findRepoRoot()
const rows: { budget: string; measured: string; limit: string; ok: boolean }[] = []

// --- evaluation time
const offers = angebote.map((angebot) => ({ slug: angebot.slug, title: angebot.title, rules: rulesSchema.parse(angebot.rules ?? []) }))
const fixturesDir = path.join(repoRoot, 'tests', 'fixtures', 'households')
const households: Household[] = existsSync(fixturesDir)
  ? readdirSync(fixturesDir)
      .filter((name) => /^\d.*\.json$/.test(name))
      .map((name) => householdSchema.parse(JSON.parse(readFileSync(path.join(fixturesDir, name), 'utf8'))))
  : []
if (households.length === 0) {
  households.push(householdSchema.parse({ version: 1, income: 'low', members: [{ role: 'adult', age: 30 }, { role: 'child', age: 0.7 }] }))
}
for (let i = 0; i < 50; i++) for (const household of households) evaluateHousehold({ household, offers }) // warm-up
const timings: number[] = []
for (let round = 0; round < 20; round++) {
  for (const household of households) {
    const started = performance.now()
    evaluateHousehold({ household, offers })
    timings.push(performance.now() - started)
  }
}
timings.sort((a, b) => a - b)
const percentile = (p: number) => timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!
rows.push({
  budget: `evaluate 1 household × ${offers.length} offers (p50 / p95 / max over ${timings.length} runs)`,
  measured: `${percentile(50).toFixed(2)} / ${percentile(95).toFixed(2)} / ${timings.at(-1)!.toFixed(2)} ms`,
  limit: '< 5 ms (p95)',
  ok: percentile(95) < 5,
})

// --- island JavaScript
const current = path.join(dataDir(), 'site', 'current')
const finderPage = existsSync(current) ? path.join(realpathSync(current), 'finder', 'index.html') : undefined
if (finderPage && existsSync(finderPage)) {
  const root = path.dirname(path.dirname(finderPage))
  const html = readFileSync(finderPage, 'utf8')
  const queue = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const seen = new Set<string>()
  while (queue.length > 0) {
    const url = queue.pop()!
    if (seen.has(url)) continue
    seen.add(url)
    const code = readFileSync(path.join(root, url), 'utf8')
    for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), spec!))
    }
  }
  const gzip = [...seen].reduce((sum, url) => sum + gzipSync(readFileSync(path.join(root, url))).length, 0)
  rows.push({ budget: `situation matcher island JS (${seen.size} files, gzip)`, measured: `${(gzip / 1024).toFixed(1)} KB`, limit: '≤ 75 KB', ok: gzip <= 75 * 1024 })
} else {
  rows.push({ budget: 'situation matcher island JS', measured: 'no built /finder/ page (run npm start once)', limit: '≤ 75 KB', ok: false })
}

const width = Math.max(...rows.map((row) => row.budget.length))
console.log(`${'budget'.padEnd(width)}  ${'measured'.padEnd(28)}  limit`)
for (const row of rows) console.log(`${row.budget.padEnd(width)}  ${row.measured.padEnd(28)}  ${row.limit}  ${row.ok ? 'ok' : 'BROKEN'}`)
const broken = rows.filter((row) => !row.ok)
if (broken.length > 0) {
  console.error(`\n${broken.length} budget(s) broken.`)
  process.exit(1)
}
