import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { SiteBuilder, type BuildSite } from '../src/lib/siteBuilder.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function setup({ build, debounceMs = 20 }: { build: BuildSite; debounceMs?: number }) {
  const sitesDir = mkdtempSync(path.join(tmpdir(), 'fp-builder-'))
  dirs.push(sitesDir)
  const log: string[] = []
  return { sitesDir, log, builder: new SiteBuilder({ sitesDir, build, debounceMs, log: (line) => log.push(line) }) }
}

const writeIndex =
  (text: string): BuildSite =>
  async ({ outDir }) => {
    mkdirSync(outDir, { recursive: true })
    writeFileSync(path.join(outDir, 'index.html'), text)
  }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('SiteBuilder', () => {
  it('makes a complete build current and records the status', async () => {
    const { builder, sitesDir } = setup({ build: writeIndex('eins') })
    expect(builder.currentDir).toBeUndefined()
    expect(await builder.buildNow()).toBe(true)
    expect(readFileSync(path.join(builder.currentDir!, 'index.html'), 'utf8')).toBe('eins')
    expect(readFileSync(path.join(sitesDir, 'current', 'index.html'), 'utf8')).toBe('eins')
    expect(JSON.parse(readFileSync(path.join(sitesDir, 'status.json'), 'utf8')).state).toBe('ok')
  })

  it('turns a burst of requests into one build', async () => {
    let builds = 0
    const { builder } = setup({
      build: async (args) => {
        builds++
        await writeIndex('x')(args)
      },
    })
    for (let i = 0; i < 5; i++) builder.request(`change ${i}`)
    await builder.idle()
    expect(builds).toBe(1)
  })

  it('runs one build at a time and one more for requests that came during it', async () => {
    let running = 0
    let maxRunning = 0
    let builds = 0
    const { builder } = setup({
      build: async (args) => {
        running++
        builds++
        maxRunning = Math.max(maxRunning, running)
        await sleep(60)
        await writeIndex(`build ${builds}`)(args)
        running--
      },
    })
    const first = builder.buildNow()
    await sleep(10)
    builder.request('während des Bauens 1')
    builder.request('während des Bauens 2')
    await first
    await builder.idle()
    expect(maxRunning).toBe(1)
    expect(builds).toBe(2)
    expect(readFileSync(path.join(builder.currentDir!, 'index.html'), 'utf8')).toBe('build 2')
  })

  it('shares one waiting build between everybody who asks during a build (issue 10, point 11)', async () => {
    let calls = 0
    const { builder } = setup({
      build: async (args) => {
        calls++
        await sleep(100)
        await writeIndex(`build ${calls}`)(args)
      },
    })
    const started = Date.now()
    const results = await Promise.all(Array.from({ length: 6 }, () => builder.buildNow()))
    expect(results).toEqual([true, true, true, true, true, true])
    expect(calls).toBe(2)
    expect(Date.now() - started).toBeLessThan(450)
    // Asking during the second build gives a third, not a share of the second one.
    const third = builder.buildNow()
    await sleep(20)
    const fourth = builder.buildNow()
    expect(await third).toBe(true)
    expect(await fourth).toBe(true)
    expect(calls).toBe(4)
    expect(readFileSync(path.join(builder.currentDir!, 'index.html'), 'utf8')).toBe('build 4')
  })

  it('keeps the last good site when a build fails, and says why in one line', async () => {
    let fail = false
    const { builder, log, sitesDir } = setup({
      build: async (args) => {
        mkdirSync(args.outDir, { recursive: true })
        if (fail) throw new Error('Content document angebote/kita-platz fails its schema: kind: Invalid option')
        await writeIndex('gut')(args)
      },
    })
    await builder.buildNow()
    const good = builder.currentDir
    fail = true
    expect(await builder.buildNow()).toBe(false)
    expect(builder.currentDir).toBe(good)
    expect(readFileSync(path.join(sitesDir, 'current', 'index.html'), 'utf8')).toBe('gut')
    expect(log.at(-1)).toBe(
      'Site build failed: Content document angebote/kita-platz fails its schema: kind: Invalid option (the previous site stays online)',
    )
    const status = JSON.parse(readFileSync(path.join(sitesDir, 'status.json'), 'utf8'))
    expect(status.state).toBe('failed')
    expect(status.lastError).toContain('angebote/kita-platz')
  })

  it('keeps only the live build and the one before', async () => {
    const { builder, sitesDir } = setup({ build: writeIndex('x') })
    const made: string[] = []
    for (let i = 0; i < 4; i++) {
      await builder.buildNow()
      made.push(builder.currentDir!)
      await sleep(5)
    }
    expect(existsSync(made[0]!)).toBe(false)
    expect(existsSync(made[1]!)).toBe(false)
    expect(existsSync(made[2]!)).toBe(true)
    expect(existsSync(made[3]!)).toBe(true)
    // "current" serves the newest build.
    expect(realpathSync(path.join(sitesDir, 'current'))).toBe(realpathSync(made[3]!))
  })

  it('picks up the last site after a restart', async () => {
    const { builder, sitesDir } = setup({ build: writeIndex('x') })
    await builder.buildNow()
    const again = new SiteBuilder({ sitesDir, build: writeIndex('y') })
    expect(again.currentDir).toBe(builder.currentDir)
  })
})

describe('SiteBuilder.stop', () => {
  it('cancels a running build quietly and keeps the last good site', async () => {
    let calls = 0
    const { builder, log } = setup({
      build: async (args) => {
        calls++
        if (calls === 1) return writeIndex('gut')(args)
        await new Promise((_, reject) => args.signal.addEventListener('abort', () => reject(new Error('aborted'))))
      },
    })
    await builder.buildNow()
    const good = builder.currentDir
    const second = builder.buildNow()
    await sleep(10)
    builder.stop()
    expect(await second).toBe(false)
    expect(builder.currentDir).toBe(good)
    expect(log.at(-1)).toBe('Site build cancelled.')
    expect(builder.status.state).not.toBe('failed')
  })
})

describe('msUntilNextDailyRun', () => {
  it('waits until 00:05 in Hamm', async () => {
    const { msUntilNextDailyRun } = await import('../src/lib/siteBuilder.ts')
    // 22:00 UTC in November is 23:00 in Berlin: 65 minutes to go.
    expect(msUntilNextDailyRun(new Date('2026-11-21T22:00:00.000Z'))).toBe(65 * 60 * 1000)
    // 23:10 UTC = 00:10 Berlin: almost a full day.
    expect(msUntilNextDailyRun(new Date('2026-11-21T23:10:00.000Z'))).toBe((24 * 60 - 5) * 60 * 1000)
    // Summer time: 21:30 UTC = 23:30 Berlin.
    expect(msUntilNextDailyRun(new Date('2026-07-01T21:30:00.000Z'))).toBe(35 * 60 * 1000)
  })
})

describe('SiteBuilder at scale (issue 18)', () => {
  it('keeps answering while it removes an old build: 10,000 offers are some 200,000 files, and removing them synchronously stopped the site and the CMS for up to a minute after each publish', async () => {
    let builds = 0
    const { builder } = setup({
      build: async ({ outDir }) => {
        builds++
        mkdirSync(outDir, { recursive: true })
        writeFileSync(path.join(outDir, 'index.html'), `build ${builds}`)
        // The first build is large; it is removed after the third.
        if (builds === 1)
          for (let page = 0; page < 6000; page++) {
            const dir = path.join(outDir, 'angebote', `angebot-${page}`)
            mkdirSync(dir, { recursive: true })
            for (const name of ['index.html', 'index.html.br', 'index.html.gz']) writeFileSync(path.join(dir, name), 'x')
          }
      },
    })
    await builder.buildNow()
    const first = builder.currentDir!
    await builder.buildNow()
    // What a server on the same event loop would feel: the longest stretch without a turn of the loop.
    let last = performance.now()
    let longest = 0
    const ticking = setInterval(() => {
      const now = performance.now()
      longest = Math.max(longest, now - last)
      last = now
    }, 5)
    try {
      await builder.buildNow()
      longest = Math.max(longest, performance.now() - last)
    } finally {
      clearInterval(ticking)
    }
    expect(existsSync(first)).toBe(false)
    expect(longest, `the longest stall: ${longest.toFixed(0)} ms`).toBeLessThan(250)
  }, 60_000)
})

describe('SiteBuilder after the switch', () => {
  it('never removes the build it has just made live, whatever fails after the switch (here: the log line saying so)', async () => {
    let builds = 0
    const sitesDir = mkdtempSync(path.join(tmpdir(), 'fp-builder-'))
    dirs.push(sitesDir)
    const builder = new SiteBuilder({
      sitesDir,
      debounceMs: 20,
      build: async (args) => {
        builds++
        await writeIndex(`build ${builds}`)(args)
      },
      log: (line) => {
        if (builds === 2 && line.includes('now live')) throw new Error('the log cannot be written')
      },
    })
    await builder.buildNow()
    await builder.buildNow().catch(() => false)
    // What `current` points at is there, and it is the build the switch made live.
    expect(readFileSync(path.join(sitesDir, 'current', 'index.html'), 'utf8')).toBe('build 2')
    expect(existsSync(builder.currentDir!)).toBe(true)
  })
})
