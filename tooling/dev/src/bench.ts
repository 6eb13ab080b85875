/**
 * `npm run bench`: measures the budgets that timings in tests would make flaky, and reports them
 * side by side in one run. Fails (exit 1) when a budget is broken.
 * - evaluating one household against the whole seed catalogue: < 5 ms
 * - per page type of the last built site: HTML ≤ 14 KB and CSS ≤ 15 KB gzip, no JavaScript on
 *   content pages but „Seite schnell verlassen“ (≤ 1 KB), the finder's island ≤ 75 KB gzip (SITE_DIR picks another build)
 * - Lighthouse per page type (BENCH_LIGHTHOUSE=0 skips it)
 * - load (BENCH_LOAD=0 skips it): the built site at 50 connections (p99 < 50 ms, 0 errors); with a
 *   running CMS (BENCH_CMS_URL, default http://127.0.0.1:3000) its REST list at 10 connections and
 *   a login flood from one address (429 after the allowance, other addresses unaffected); with
 *   BENCH_CMS_DIRECT_URL (the CMS's loopback port behind the forwarding layer) the same list there
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import { evaluateHousehold, householdSchema, matchableOffers, type Household } from '@familienrathaus/content-schemas'

import { angebote } from '@familienrathaus/cms/seed/data'
import { dataDir, findRepoRoot } from '@familienrathaus/cms/lib/paths'

import { exampleHouseholds } from './exampleHouseholds.ts'

const repoRoot = findRepoRoot()
const rows: { budget: string; measured: string; limit: string; ok: boolean }[] = []

// --- evaluation time
const offers = matchableOffers(angebote)
const households: Household[] = exampleHouseholds(repoRoot)
if (households.length === 0) {
  households.push(
    householdSchema.parse({
      version: 1,
      income: 'low',
      members: [
        { role: 'adult', age: 30 },
        { role: 'child', age: 0.7 },
      ],
    }),
  )
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

// --- page weight per page type (from the last built site)
const siteDir = process.env.SITE_DIR ?? path.join(dataDir(), 'site', 'current')
const gz = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/**
 * Every JS file a page loads: scripts, island components and renderers, and their static and
 * dynamic imports – of the languages' texts only the page's own (the finder loads its texts that way).
 */
function scriptsOf(root: string, html: string): string[] {
  const lang = /<html[^>]*\slang="([a-z]{2})"/.exec(html)?.[1] ?? 'de'
  // The site's languages, as the page's alternates name them.
  const locales = [...new Set([...html.matchAll(/hreflang="([a-z]{2})"/g)].map((match) => match[1]!))]
  const queue = [...html.matchAll(/(?:component-url|renderer-url|<script[^>]*\ssrc)="(\/[^"/][^"]*\.js)"/g)].map((m) => m[1]!)
  const seen = new Set<string>()
  while (queue.length > 0) {
    const url = queue.pop()!
    if (seen.has(url)) continue
    seen.add(url)
    const code = readFileSync(path.join(root, url), 'utf8')
    for (const [, spec] of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(path.posix.join(path.posix.dirname(url), spec!))
    }
    for (const [, spec] of code.matchAll(/import\(\s*[`"'](\.{1,2}\/[^`"']+\.js)[`"']\s*\)/g)) {
      const otherLanguage = locales.some((locale) => locale !== lang && path.posix.basename(spec!).startsWith(`${locale}.`))
      if (!otherLanguage) queue.push(path.posix.join(path.posix.dirname(url), spec!))
    }
  }
  return [...seen]
}

if (existsSync(siteDir)) {
  const root = realpathSync(siteDir)
  const first = (dir: string) => {
    const entries = existsSync(path.join(root, dir))
      ? readdirSync(path.join(root, dir)).filter((name) => existsSync(path.join(root, dir, name, 'index.html')))
      : []
    return entries.length ? `${dir}/${entries.sort()[0]}/index.html` : undefined
  }
  // Content pages carry one script only: „Seite schnell verlassen" (Escape twice), well under 1 KB.
  const quickExit = 1024
  const pageTypes: [string, string | undefined, number][] = [
    ['Startseite', 'index.html', quickExit],
    ['Angebote A–Z', 'angebote/index.html', quickExit],
    ['Angebot', 'angebote/kindergeld/index.html', quickExit],
    ['Handlungsfeld', first('handlungsfelder'), quickExit],
    ['Meilensteine', 'meilensteine/index.html', quickExit],
    ['Erklärvideo', first('erklaervideos'), quickExit],
    ['Kontakt', first('kontakte'), quickExit],
    ['Lebenslage', first('lebenslagen'), quickExit],
    ['Suche', 'suche/index.html', 5 * 1024 + quickExit],
    ['Situations-Finder', 'finder/index.html', 75 * 1024 + quickExit],
    ['Fehlerseite 404', '404.html', quickExit],
    ['Angebot auf Arabisch (RTL)', 'ar/angebote/kindergeld/index.html', quickExit],
    ['Startseite auf Englisch', 'en/index.html', quickExit],
    ['Situations-Finder auf Arabisch (RTL)', 'ar/finder/index.html', 75 * 1024 + quickExit],
  ]
  for (const [name, file, jsBudget] of pageTypes) {
    if (!file || !existsSync(path.join(root, file))) continue
    const html = readFileSync(path.join(root, file), 'utf8')
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/_astro\/[^"]+)"/g)].reduce(
      (sum, m) => sum + gz(path.join(root, m[1]!)),
      0,
    )
    const js = scriptsOf(root, html).reduce((sum, url) => sum + gz(path.join(root, url)), 0)
    const htmlSize = gz(path.join(root, file))
    const ok = htmlSize <= 14 * 1024 && css <= 15 * 1024 && js <= jsBudget
    rows.push({
      budget: `${name}: HTML / CSS / JS (gzip)`,
      measured: `${kb(htmlSize)} / ${kb(css)} / ${kb(js)}`,
      limit: `14 KB / 15 KB / ${jsBudget === 0 ? '0 KB' : kb(jsBudget)}`,
      ok,
    })
  }
  // The finder's catalogue is a file of its own (fetched once, cached): data, not script, but it is part of what the finder loads.
  const catalogue = path.join(root, 'finder/angebote.json')
  if (existsSync(catalogue)) {
    rows.push({
      budget: 'Situations-Finder: catalogue JSON (gzip)',
      measured: kb(gz(catalogue)),
      limit: '40 KB',
      ok: gz(catalogue) <= 40 * 1024,
    })
  }
} else {
  rows.push({ budget: 'page weights', measured: `no built site at ${siteDir} (run npm start once)`, limit: '', ok: false })
}

// --- Lighthouse (mobile) per page type, against the same build served by our own static server
if (existsSync(siteDir) && process.env.BENCH_LIGHTHOUSE !== '0' && existsSync(process.env.CHROME_PATH ?? '/usr/bin/chromium')) {
  const { default: lighthouse } = await import('lighthouse')
  const chromeLauncher = await import('chrome-launcher')
  const { createStaticServer } = await import('@familienrathaus/server/staticServer')
  const { listen } = await import('@familienrathaus/server/ports')
  const root = realpathSync(siteDir)
  const lighthouseRuns = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3))
  const server = createStaticServer({ getRoot: () => root })
  const port = await listen(server, 0, '127.0.0.1')
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  })
  try {
    const pages: [string, string][] = [
      ['Startseite', '/'],
      ['Angebote A–Z', '/angebote/'],
      ['Angebot', '/angebote/kindergeld/'],
      ['Kontakt', '/kontakte/familienbuero/'],
      ['Erklärvideo', '/erklaervideos/das-familienrathaus-in-zwei-minuten/'],
      ['Meilensteine', '/meilensteine/'],
      ['Suche', '/suche/'],
      ['Situations-Finder', '/finder/'],
      ['Angebot auf Arabisch (RTL)', '/ar/angebote/kindergeld/'],
      ['Situations-Finder auf Arabisch (RTL)', '/ar/finder/'],
    ]
    for (const [name, pathname] of pages) {
      if (!existsSync(path.join(root, pathname, 'index.html'))) continue
      // Single Lighthouse runs scatter by several points on this machine: the median of three runs (by performance) counts.
      const runs = []
      for (let run = 0; run < lighthouseRuns; run++) {
        const result = await lighthouse(`http://127.0.0.1:${port}${pathname}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        })
        runs.push(result?.lhr.categories ?? {})
      }
      runs.sort((a, b) => (a.performance?.score ?? 0) - (b.performance?.score ?? 0))
      const categories = runs[Math.floor(runs.length / 2)] ?? {}
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100)
      const [performance, accessibility, bestPractices, seo] = ['performance', 'accessibility', 'best-practices', 'seo'].map(score)
      rows.push({
        budget: `${name}: Lighthouse mobile perf / a11y / best pract. / SEO (median of ${lighthouseRuns})`,
        measured: `${performance} / ${accessibility} / ${bestPractices} / ${seo}`,
        limit: '≥ 98 / 100 / 100 / 100',
        ok: performance! >= 98 && accessibility === 100 && bestPractices === 100 && seo === 100,
      })
    }
  } finally {
    chrome.kill()
    server.close()
  }
}

// --- load: the static site at 50 connections, the CMS's REST list at 10, a login flood from one address
if (process.env.BENCH_LOAD !== '0') {
  const { load, describeLoad } = await import('./load.ts')
  const { createStaticServer } = await import('@familienrathaus/server/staticServer')
  const { listen } = await import('@familienrathaus/server/ports')
  if (existsSync(siteDir)) {
    const root = realpathSync(siteDir)
    const server = createStaticServer({ getRoot: () => root })
    const port = await listen(server, 0, '127.0.0.1')
    try {
      for (const [name, pathname] of [
        ['Startseite', '/'],
        ['Angebot', '/angebote/kindergeld/'],
      ] as const) {
        const result = await load({ url: `http://127.0.0.1:${port}${pathname}`, connections: 50 })
        rows.push({
          budget: `Static site, ${name}, 50 connections`,
          measured: describeLoad(result),
          limit: 'p99 < 50 ms, 0 errors',
          ok: result.p99 < 50 && result.errors === 0,
        })
      }
    } finally {
      server.close()
    }
  }
  const cms = (process.env.BENCH_CMS_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
  const cmsUp = await fetch(`${cms}/api/health`, { signal: AbortSignal.timeout(3000) }).then(
    (response) => response.ok,
    () => false,
  )
  if (cmsUp) {
    const list = await load({ url: `${cms}/api/angebote?limit=10&depth=0`, connections: 10 })
    rows.push({ budget: 'CMS REST list (10 Angebote), 10 connections', measured: describeLoad(list), limit: '0 errors', ok: list.errors === 0 })
    // The CMS's own loopback port, to show what the forwarding layer in front of it costs (same run, same load).
    const direct = process.env.BENCH_CMS_DIRECT_URL?.replace(/\/$/, '')
    if (direct) {
      const bare = await load({ url: `${direct}/api/angebote?limit=10&depth=0`, connections: 10 })
      rows.push({
        budget: 'CMS REST list on its loopback port, without the forwarding layer',
        measured: `${describeLoad(bare)}; forwarded/direct: ${(list.requestsPerSecond / bare.requestsPerSecond).toFixed(2)} × req/s, ${(list.p99 / bare.p99).toFixed(2)} × p99`,
        limit: '0 errors, every answer 200',
        // A wrong port answers 404 quickly: only a list that answered 200 throughout is a measurement.
        ok: bare.errors === 0 && Object.keys(bare.statuses).every((status) => status === '200'),
      })
    }
    // A flood of wrong passwords from one address: refused with 429 after the allowance; another address may still try.
    const flood = await load({
      url: `${cms}/api/users/login`,
      connections: 10,
      amount: 200,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench-flood@familienrathaus.invalid', password: 'falsches-Passwort-zum-Messen' }),
    })
    const other = await fetch(`${cms}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ email: 'bench-flood@familienrathaus.invalid', password: 'falsches-Passwort-zum-Messen' }),
    })
    const limited = flood.statuses['429'] ?? 0
    rows.push({
      budget: 'Login flood from one address (200 wrong passwords, 10 connections)',
      measured: `${limited} × 429, ${flood.statuses['401'] ?? 0} × 401, ${flood.errors} errors; another address: ${other.status}`,
      limit: '≥ 190 × 429, 0 errors, other address not 429',
      ok: limited >= 190 && flood.errors === 0 && other.status !== 429,
    })
  } else {
    rows.push({ budget: 'CMS load', measured: `skipped: no CMS answers at ${cms} (npm start, or BENCH_CMS_URL)`, limit: '', ok: true })
  }
}

const width = Math.max(...rows.map((row) => row.budget.length))
console.log(`${'budget'.padEnd(width)}  ${'measured'.padEnd(28)}  limit`)
for (const row of rows) console.log(`${row.budget.padEnd(width)}  ${row.measured.padEnd(28)}  ${row.limit}  ${row.ok ? 'ok' : 'BROKEN'}`)
const broken = rows.filter((row) => !row.ok)
if (broken.length > 0) {
  console.error(`\n${broken.length} budget(s) broken.`)
  process.exit(1)
}
