/**
 * `npm run bench:scale`: the portal at 1,000 and 10,000 published Angebote (BENCH_SCALE_OFFERS,
 * comma-separated), side by side with a bare Astro build of the same page count in the same run.
 * Per size: a throwaway instance is seeded, grown by cloning in SQLite (scaleCatalogue.ts, seconds)
 * and started with `npm start`, whose first build is the full build measured (CMS read + Astro +
 * Pagefind + precompression; peak memory of the build's processes sampled from /proc). Then, on
 * the running instance: a REST page of 100 Angebote, a publish (the PATCH) and publish → live (the
 * new title served by the static server, polled as a browser would load it), the matcher on the
 * built finder catalogue in Node and in Chromium with CPU throttling ×4, the catalogue's and the
 * first search's transferred bytes. Prints one table; exits 1 when a goal of issue 18 is missed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'

import { evaluateHousehold, germanPhrases, type Household, type MatchableOffer } from '@familienrathaus/content-schemas'

import { findRepoRoot } from '@familienrathaus/cms/lib/paths'

import { exampleHouseholds } from './exampleHouseholds.ts'
import { growCatalogue } from './scaleCatalogue.ts'
import { freePort, processTreeRss, runLogged, stopProcess } from './processes.ts'

const repoRoot = findRepoRoot()
const sizes = (process.env.BENCH_SCALE_OFFERS ?? '1000,10000').split(',').map((size) => Number(size.trim()))
const node = process.execPath
const admin = { email: 'bench@familienrathaus.invalid', password: 'Bench-Passwort-fuer-die-Messung-2026' }

type Row = {
  offers: number
  grow: number
  pages: number
  build: number
  peakMb: number
  bare: { pages: number; seconds: number; peakMb: number }
  restPage: number
  patch: number
  live: number
  /** A publish that changes a German text only (no title). */
  liveGermanText: number
  matcherNode: [number, number]
  /** p50, p95 and the first evaluation (it compiles the catalogue). */
  matcherChromium: [number, number, number] | undefined
  /** The same with no two conditions equal (the copies share their original's, which the matcher evaluates once per household). */
  matcherOwnRulesNode: [number, number]
  matcherOwnRulesChromium: [number, number, number] | undefined
  catalogueGzKb: number
  catalogueBrKb: number
  firstSearchKb: number | undefined
}

const seconds = (ms: number) => ms / 1000
const percentiles = (values: number[]): [number, number] => {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
  return [at(0.5), at(0.95)]
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name === 'index.html').length
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now()
  const result = await work()
  return [result, performance.now() - started]
}

/** A bare Astro site with `pages` pages of about the size of an offer page, built the same way (astro build). */
async function bareAstro(pages: number): Promise<Row['bare']> {
  const dir = path.join(repoRoot, 'tooling', 'dev', '.bench-bare')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true })
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }))
  writeFileSync(path.join(dir, 'astro.config.mjs'), "export default { output: 'static', build: { format: 'directory' } }\n")
  writeFileSync(
    path.join(dir, 'src', 'pages', '[slug].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: 'seite-' + i }, props: { i } }))
}
const { i } = Astro.props
---
<html lang="de"><head><meta charset="utf-8"><title>Seite {i}</title></head>
<body><main><h1>Seite {i}</h1>{Array.from({ length: 40 }, (_, p) => <p>Absatz {p} der Seite {i}: Familien in Hamm finden hier Hilfe, Geld und Beratung.</p>)}</main></body></html>
`,
  )
  const astro = path.join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs')
  const run = runLogged(node, [astro, 'build'], { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
  let peak = 0
  const sampler = setInterval(() => (peak = Math.max(peak, processTreeRss(run.child.pid!))), 250)
  const [code, ms] = await timed(() => run.exited)
  clearInterval(sampler)
  if (code !== 0) throw new Error(`bare Astro build failed:\n${run.output().slice(-2000)}`)
  const built = countPages(path.join(dir, 'dist'))
  rmSync(dir, { recursive: true, force: true })
  return { pages: built, seconds: seconds(ms), peakMb: peak / 1024 }
}

async function api(base: string, pathname: string, init: RequestInit = {}, token?: string) {
  const response = await fetch(`${base}/api${pathname}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}), ...init.headers },
  })
  const body = (await response.json()) as Record<string, unknown>
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathname}: HTTP ${response.status} ${JSON.stringify(body).slice(0, 500)}`)
  return body
}

/**
 * The matcher in Chromium with the CPU throttled ×4, on the same catalogue and households: p50 and
 * p95 of an evaluation, and the first one, which compiles the catalogue (the finder does that once).
 */
async function matcherInChromium(
  catalogue: MatchableOffer[],
  family: Household[],
  { warmUp = 2, rounds = 3 } = {},
): Promise<[number, number, number] | undefined> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) return undefined
  const { build } = await import('esbuild')
  const bundle = await build({
    stdin: {
      contents:
        "import { evaluateHousehold } from '@familienrathaus/content-schemas/matcher/evaluate'\n" +
        "import { germanPhrases } from '@familienrathaus/content-schemas'\n" +
        // One catalogue array for every evaluation, as in the finder: the matcher compiles it once.
        'let offers, households\n' +
        'globalThis.loadCatalogue = (catalogue, list) => {\n' +
        '  offers = catalogue; households = list\n' +
        '  const started = performance.now(); evaluateHousehold({ household: households[0], offers, phrases: germanPhrases })\n' +
        '  return performance.now() - started\n' +
        '}\n' +
        'globalThis.benchMatcher = (rounds) => {\n' +
        '  const timings = []\n' +
        '  for (let round = 0; round < rounds; round++) for (const household of households) {\n' +
        '    const started = performance.now(); evaluateHousehold({ household, offers, phrases: germanPhrases }); timings.push(performance.now() - started)\n' +
        '  }\n' +
        '  return timings\n' +
        '}\n',
      resolveDir: path.join(repoRoot, 'site'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    minify: true,
  })
  const { chromium: launcher } = await import('playwright-core')
  const browser = await launcher.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text })
    const session = await page.context().newCDPSession(page)
    await session.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    type Bench = { loadCatalogue: (offers: unknown, households: unknown) => number; benchMatcher: (rounds: number) => number[] }
    const first = await page.evaluate(([offers, list]) => (globalThis as unknown as Bench).loadCatalogue(offers, list), [
      catalogue,
      family,
    ] as const)
    await page.evaluate((times) => (globalThis as unknown as Bench).benchMatcher(times), warmUp)
    const timings = await page.evaluate((times) => (globalThis as unknown as Bench).benchMatcher(times), rounds)
    return [...percentiles(timings), first]
  } finally {
    await browser.close()
  }
}

/** "4.7 / 6.1 ms (first 52 ms)": an evaluation's p50 and p95, and the first one, which compiles the catalogue. */
const inChromium = (timings: [number, number, number] | undefined) =>
  timings ? `${timings[0].toFixed(1)} / ${timings[1].toFixed(1)} ms (first ${timings[2].toFixed(0)} ms)` : '–'

/**
 * Bytes over the wire (compressed, as sent) that a family's first search loads: Pagefind's script,
 * WebAssembly, index and result fragments, and the word list for suggestions – not the page itself.
 */
async function firstSearchBytes(site: string, term: string): Promise<number | undefined> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) return undefined
  const { chromium: launcher } = await import('playwright-core')
  const browser = await launcher.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const page = await browser.newPage()
    const session = await page.context().newCDPSession(page)
    await session.send('Network.enable')
    const urls = new Map<string, string>()
    let bytes = 0
    session.on('Network.responseReceived', (event: { requestId: string; response: { url: string } }) =>
      urls.set(event.requestId, event.response.url),
    )
    session.on('Network.loadingFinished', (event: { requestId: string; encodedDataLength: number }) => {
      if (/\/pagefind\/|woerter\.json/.test(urls.get(event.requestId) ?? '')) bytes += event.encodedDataLength
    })
    await page.goto(`${site}/suche/?q=${encodeURIComponent(term)}`)
    await page.waitForFunction(() => /\d/.test(document.querySelector('#suche-status')?.textContent ?? ''), undefined, { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    return bytes
  } finally {
    await browser.close()
  }
}

async function measure(offers: number): Promise<Row> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `fp-scale-${offers}-`))
  const log = (line: string) => console.log(`[bench:scale ${offers}] ${line}`)
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' }
  delete env.DATABASE_URI
  delete env.PAYLOAD_SECRET
  const tsx = path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  try {
    log('seeding …')
    const prepare = runLogged(node, [tsx, 'src/tasks/prepare.ts'], { cwd: path.join(repoRoot, 'cms'), env })
    if ((await prepare.exited) !== 0) throw new Error(`seeding failed:\n${prepare.output().slice(-2000)}`)
    const adminEnv = { ...env, ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, ADMIN_NAME: 'Messung' }
    const created = runLogged(node, [tsx, 'src/tasks/createAdmin.ts'], { cwd: path.join(repoRoot, 'cms'), env: adminEnv })
    if ((await created.exited) !== 0) throw new Error(`create-admin failed:\n${created.output().slice(-2000)}`)
    const db = createClient({ url: `file:${path.join(dataDir, 'familienrathaus.db')}` })
    const [, grow] = await timed(() => growCatalogue(db, offers))
    db.close()
    log(`catalogue grown to ${offers} in ${seconds(grow).toFixed(1)} s; starting npm start (its first build is the full build) …`)

    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    const cms = `http://127.0.0.1:${cmsPort}`
    const site = `http://127.0.0.1:${sitePort}`
    const start = runLogged(node, ['--import', 'tsx', 'server/src/start.ts'], {
      cwd: repoRoot,
      env: { ...env, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort), HOST: '127.0.0.1' },
      detached: true,
    })
    let peak = 0
    const sampler = setInterval(() => (peak = Math.max(peak, processTreeRss(start.child.pid!, /astro|pagefind|finishBuild/))), 250)
    try {
      await start.waitFor(/Familienrathaus is running/, 60 * 60_000)
      clearInterval(sampler)
      const status = JSON.parse(readFileSync(path.join(dataDir, 'site', 'status.json'), 'utf8')) as {
        lastSuccessAt: string
        lastSuccessStartedAt: string
      }
      const build = seconds(Date.parse(status.lastSuccessAt) - Date.parse(status.lastSuccessStartedAt))
      const current = path.join(dataDir, 'site', 'current')
      const pages = countPages(current)
      log(`full build ${build.toFixed(1)} s for ${pages} pages, peak ${(peak / 1024).toFixed(0)} MB`)
      // Where the build's time went, as Astro and the finishing step (Pagefind, precompression) log it.
      const phases = /Syncing content|published angebote|Completed in|Pagefind|precompressed|page\(s\) built/
      const buildLog = path.join(dataDir, 'site', 'build.log')
      const logPhases = (from: number) => {
        const text = readFileSync(buildLog, 'utf8')
        for (const line of text.slice(from).split('\n')) if (phases.test(line)) log(`  ${line.trim()}`)
        return text.length
      }
      logPhases(0)

      const [, restPage] = await timed(() =>
        api(cms, `/angebote?limit=100&page=${Math.max(1, Math.floor(offers / 200))}&depth=0&locale=de&where[_status][equals]=published`),
      )
      // The CMS hands the login token out as its HttpOnly cookie only.
      const loggedIn = await fetch(`${cms}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(admin),
      })
      const token = /payload-token=([^;]+)/.exec(loggedIn.headers.getSetCookie().join('\n'))?.[1]
      if (!token) throw new Error(`login failed: HTTP ${loggedIn.status} ${await loggedIn.text()}`)
      /** A publish and the time until a browser gets the page with `shown` on it. */
      const publishAndWait = async (slug: string, change: Record<string, unknown>, shown: string) => {
        const { docs } = (await api(cms, `/angebote?where[slug][equals]=${slug}&limit=1&depth=0`)) as { docs: { id: number }[] }
        const logged = readFileSync(buildLog, 'utf8').length
        const [, patch] = await timed(() =>
          api(cms, `/angebote/${docs[0]!.id}`, { method: 'PATCH', body: JSON.stringify({ ...change, _status: 'published' }) }, token),
        )
        const published = performance.now() - patch
        for (const deadline = Date.now() + 30 * 60_000; Date.now() < deadline;) {
          const html = await (await fetch(`${site}/angebote/${slug}/`)).text()
          if (html.includes(shown)) {
            const live = performance.now() - published
            log(`PATCH ${patch.toFixed(0)} ms, publish → live ${seconds(live).toFixed(1)} s; the rebuild:`)
            logPhases(logged)
            return { patch, live }
          }
          const now = JSON.parse(readFileSync(path.join(dataDir, 'site', 'status.json'), 'utf8')) as { state: string; lastError?: string }
          if (now.state === 'failed') throw new Error(`the rebuild after the publish failed: ${now.lastError}`)
          await new Promise((resolve) => setTimeout(resolve, 250))
        }
        return { patch, live: Number.NaN }
      }
      // A new title: the translations name the German term in brackets, so every language's pages change.
      const title = `Kindergeld neu ${Date.now()}`
      const { patch, live } = await publishAndWait('kindergeld-kopie-1', { title }, title)
      // A German text only: the other languages' pages (and their search indexes) stay as they were.
      const summary = `Neu gefasst am ${Date.now()}: Geld für jedes Kind.`
      const { live: liveGermanText } = await publishAndWait('kindergeld-kopie-2', { summary }, summary)

      const catalogueFile = path.join(current, 'finder', 'angebote.json')
      const catalogue = (JSON.parse(readFileSync(catalogueFile, 'utf8')) as { offers: MatchableOffer[] }).offers
      const family = exampleHouseholds(repoRoot)
      const inNode = (offers: MatchableOffer[], { warmUp, rounds }: { warmUp: number; rounds: number }) => {
        for (let round = 0; round < warmUp; round++)
          for (const household of family) evaluateHousehold({ household, offers, phrases: germanPhrases })
        const timings: number[] = []
        for (let round = 0; round < rounds; round++) {
          for (const household of family) {
            const started = performance.now()
            evaluateHousehold({ household, offers, phrases: germanPhrases })
            timings.push(performance.now() - started)
          }
        }
        return percentiles(timings)
      }
      const matcherNode = inNode(catalogue, { warmUp: 3, rounds: 5 })
      const matcherChromium = await matcherInChromium(catalogue, family)
      // The copies share their original's rules, and the matcher evaluates each condition once per
      // household however many offers ask it: a catalogue in which no two conditions are equal is its
      // worst case. Every condition of every copy is marked as its own (a field the matcher does not
      // read, but compares).
      type Marked = Record<string, unknown> & { conditions?: Marked[] }
      const own = (condition: Marked, copy: number): Marked => ({
        ...condition,
        copy,
        ...(condition.conditions ? { conditions: condition.conditions.map((inner) => own(inner, copy)) } : {}),
      })
      const ownRules = catalogue.map((offer, copy) => ({
        ...offer,
        rules: offer.rules.map((rule) => own(rule as Marked, copy)) as unknown as MatchableOffer['rules'],
      }))
      const matcherOwnRulesNode = inNode(ownRules, { warmUp: 1, rounds: 2 })
      const matcherOwnRulesChromium = await matcherInChromium(ownRules, family, { warmUp: 1, rounds: 1 })
      log(
        `matcher p50 / p95: ${matcherNode.map((ms) => ms.toFixed(1)).join(' / ')} ms Node, ${inChromium(matcherChromium)} Chromium ×4; no two conditions equal: ${matcherOwnRulesNode.map((ms) => ms.toFixed(1)).join(' / ')} ms Node, ${inChromium(matcherOwnRulesChromium)} Chromium ×4`,
      )
      const brFile = `${catalogueFile}.br`
      const firstSearch = await firstSearchBytes(site, 'Kindergeld')
      return {
        offers,
        grow: seconds(grow),
        pages,
        build,
        peakMb: peak / 1024,
        bare: { pages: 0, seconds: 0, peakMb: 0 },
        restPage,
        patch,
        live: seconds(live),
        liveGermanText: seconds(liveGermanText),
        matcherNode,
        matcherChromium,
        matcherOwnRulesNode,
        matcherOwnRulesChromium,
        // What the static server sends: the copies the build wrote.
        catalogueGzKb: existsSync(`${catalogueFile}.gz`) ? statSync(`${catalogueFile}.gz`).size / 1024 : Number.NaN,
        catalogueBrKb: existsSync(brFile) ? statSync(brFile).size / 1024 : Number.NaN,
        firstSearchKb: firstSearch === undefined ? undefined : firstSearch / 1024,
      }
    } finally {
      clearInterval(sampler)
      await stopProcess(start)
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
const header = [
  '| offers | pages | catalogue grown | full build | pages/s | bare Astro pages/s | share of bare | peak memory (bare) | REST page of 100 | PATCH | publish → live (title; German text only) | matcher p50 / p95 Node | p50 / p95 Chromium ×4 (first, compiling) | no two conditions equal: p50 / p95 Node; Chromium ×4 | finder catalogue gzip / br | first search |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
]
const line = (row: Row) => {
  const rate = row.pages / row.build
  const bareRate = row.bare.pages / row.bare.seconds
  return `| ${row.offers.toLocaleString('en')} | ${row.pages.toLocaleString('en')} | ${fixed(row.grow)} s | ${fixed(row.build)} s | ${fixed(rate, 0)} | ${fixed(bareRate, 0)} | ${fixed((100 * rate) / bareRate, 0)} % | ${fixed(row.peakMb, 0)} MB (${fixed(row.bare.peakMb, 0)} MB) | ${fixed(row.restPage, 0)} ms | ${fixed(row.patch, 0)} ms | ${fixed(row.live)} s; ${fixed(row.liveGermanText)} s | ${fixed(row.matcherNode[0], 2)} / ${fixed(row.matcherNode[1], 2)} ms | ${inChromium(row.matcherChromium)} | ${fixed(row.matcherOwnRulesNode[0], 1)} / ${fixed(row.matcherOwnRulesNode[1], 1)} ms; ${inChromium(row.matcherOwnRulesChromium)} | ${fixed(row.catalogueGzKb, 0)} / ${fixed(row.catalogueBrKb, 0)} KB | ${row.firstSearchKb === undefined ? '–' : `${fixed(row.firstSearchKb, 0)} KB`} |`
}

const rows: Row[] = []
for (const offers of sizes) {
  const row = await measure(offers)
  console.log(`[bench:scale ${offers}] bare Astro build of ${row.pages} pages …`)
  row.bare = await bareAstro(row.pages)
  rows.push(row)
  // Each row as soon as it is measured: the run at 10,000 takes half an hour.
  console.log(`[bench:scale ${offers}] ${line(row)}`)
}
console.log(`\n${[...header, ...rows.map(line)].join('\n')}\n`)

const goals: [string, boolean][] = rows.flatMap((row) => {
  const share = row.pages / row.build / (row.bare.pages / row.bare.seconds)
  const big = row.offers >= 10_000
  return [
    [`${row.offers}: PATCH ≤ 2 s`, row.patch <= 2000],
    [`${row.offers}: publish → live ≤ 60 s`, row.live <= 60],
    [`${row.offers}: matcher p95 ≤ ${big ? 50 : 5} ms (Node)`, row.matcherNode[1] <= (big ? 50 : 5)],
    ...(row.matcherChromium
      ? [[`${row.offers}: matcher p95 ≤ ${big ? 50 : 5} ms (Chromium ×4)`, row.matcherChromium[1] <= (big ? 50 : 5)] as [string, boolean]]
      : []),
    [`${row.offers}: matcher p95 ≤ ${big ? 50 : 5} ms (Node), no two conditions equal`, row.matcherOwnRulesNode[1] <= (big ? 50 : 5)],
    ...(row.matcherOwnRulesChromium
      ? [
          [
            `${row.offers}: matcher p95 ≤ ${big ? 50 : 5} ms (Chromium ×4), no two conditions equal`,
            row.matcherOwnRulesChromium[1] <= (big ? 50 : 5),
          ] as [string, boolean],
        ]
      : []),
    ...(big
      ? ([
          [`${row.offers}: full build ≥ 33 % of bare Astro's pages/s`, share >= 0.33],
          [`${row.offers}: peak memory of the build ≤ 3 GB`, row.peakMb <= 3 * 1024],
          [`${row.offers}: finder catalogue ≤ 150 KB gzip`, row.catalogueGzKb <= 150],
          [`${row.offers}: first search ≤ 160 KB`, row.firstSearchKb !== undefined && row.firstSearchKb <= 160],
        ] as [string, boolean][])
      : []),
  ]
})
for (const [goal, met] of goals) console.log(`${met ? 'met   ' : 'MISSED'} ${goal}`)
process.exit(goals.every(([, met]) => met) ? 0 : 1)
