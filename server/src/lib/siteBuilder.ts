import { existsSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import path from 'node:path'

/** `previousDir`: the live build, from which the new one takes what did not change (compressed copies, a language's search index). */
export type BuildSite = (args: { outDir: string; previousDir?: string; signal: AbortSignal }) => Promise<void>

export type BuildStatus = {
  state: 'idle' | 'building' | 'ok' | 'failed'
  reason?: string
  lastSuccessAt?: string
  /** When the last successful build began reading the CMS: a change saved before it is in it. */
  lastSuccessStartedAt?: string
  lastError?: string
  lastErrorAt?: string
  /** When the last failed build began. */
  lastErrorStartedAt?: string
}

/** Removes a folder in a worker thread: however many files it holds, the event loop goes on. */
function removeInWorker(dir: string): Promise<void> {
  const source = `require('node:fs').rmSync(require('node:worker_threads').workerData, { recursive: true, force: true, maxRetries: 2 })`
  return new Promise((resolve, reject) => {
    // Not the server's own flags (`--import tsx`): the remover needs nothing but Node.
    const worker = new Worker(source, { eval: true, workerData: dir, execArgv: [] })
    worker.once('error', reject)
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the remover exited with ${code}`))))
  })
}

/**
 * Builds the static site on request: debounced (a burst of publishes gives one build), one build
 * at a time (all requests during a build share exactly one more afterwards), each into a fresh folder.
 * Only a complete build becomes current, so a failed or half-done build is never served.
 */
export class SiteBuilder {
  readonly #sitesDir: string
  readonly #build: BuildSite
  readonly #debounceMs: number
  readonly #log: (line: string) => void
  #timer: NodeJS.Timeout | undefined
  #scheduled = false
  #running: Promise<boolean> | undefined
  #next: Promise<boolean> | undefined
  #pendingReason: string | undefined
  #abort = new AbortController()
  #buildCount = 0
  #currentDir: string | undefined
  #status: BuildStatus = { state: 'idle' }

  constructor({
    sitesDir,
    build,
    debounceMs = 1500,
    log = () => {},
  }: {
    sitesDir: string
    build: BuildSite
    debounceMs?: number
    log?: (line: string) => void
  }) {
    this.#sitesDir = sitesDir
    this.#build = build
    this.#debounceMs = debounceMs
    this.#log = log
    mkdirSync(path.join(sitesDir, 'builds'), { recursive: true })
    const link = this.#currentLink
    if (existsSync(link)) this.#currentDir = path.resolve(sitesDir, readlinkSync(link))
  }

  get #currentLink() {
    return path.join(this.#sitesDir, 'current')
  }

  /** The folder of the last complete build, or undefined before the first one. */
  get currentDir(): string | undefined {
    return this.#currentDir
  }

  get status(): BuildStatus {
    return this.#status
  }

  /** Debounced: builds once things have been quiet for a moment. */
  request(reason: string): void {
    this.#pendingReason = this.#pendingReason ? `${this.#pendingReason}; ${reason}` : reason
    clearTimeout(this.#timer)
    this.#scheduled = true
    this.#timer = setTimeout(() => void this.buildNow(), this.#debounceMs)
  }

  /** Builds now (or right after the running build); resolves true when the new build is live. */
  buildNow(): Promise<boolean> {
    clearTimeout(this.#timer)
    this.#scheduled = false
    if (this.#running) {
      this.#pendingReason ??= 'requested during a build'
      // Everybody asking during a build shares the one build after it: a chain per caller made
      // six parallel previews run six full builds in a row (issue 10, point 11).
      this.#next ??= this.#running.then(() => {
        this.#next = undefined
        return this.buildNow()
      })
      return this.#next
    }
    const reason = this.#pendingReason ?? 'requested'
    this.#pendingReason = undefined
    this.#running = this.#runBuild(reason).finally(() => {
      this.#running = undefined
      if (this.#pendingReason && !this.#abort.signal.aborted) this.request('requested during a build')
    })
    return this.#running
  }

  /** Resolves once no build is running or waiting. */
  async idle(): Promise<void> {
    while (this.#scheduled || this.#running) {
      if (this.#running) await this.#running
      else await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }

  stop(): void {
    clearTimeout(this.#timer)
    this.#scheduled = false
    this.#pendingReason = undefined
    this.#abort.abort()
  }

  async #runBuild(reason: string): Promise<boolean> {
    // Unique even for two builds within one millisecond: a failed build must never remove a good one.
    const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++this.#buildCount).padStart(4, '0')}`
    const outDir = path.join(this.#sitesDir, 'builds', stamp)
    const started = Date.now()
    this.#setStatus({ ...this.#status, state: 'building', reason })
    this.#log(`Building site (${reason}) …`)
    try {
      await this.#build({ outDir, previousDir: this.#currentDir, signal: this.#abort.signal })
      this.#switchTo(outDir)
    } catch (error) {
      await this.#remove(outDir)
      if (this.#abort.signal.aborted) {
        this.#log('Site build cancelled.')
        return false
      }
      const message = (error as Error).message
      this.#setStatus({
        ...this.#status,
        state: 'failed',
        lastError: message,
        lastErrorAt: new Date().toISOString(),
        lastErrorStartedAt: new Date(started).toISOString(),
      })
      this.#log(`Site build failed: ${message}${this.#currentDir ? ' (the previous site stays online)' : ''}`)
      return false
    }
    // Live from here on: what fails now only fails to say so, and must never remove the live build.
    try {
      this.#setStatus({
        ...this.#status,
        state: 'ok',
        lastSuccessAt: new Date().toISOString(),
        lastSuccessStartedAt: new Date(started).toISOString(),
      })
      this.#log(`Site built in ${((Date.now() - started) / 1000).toFixed(1)} s and now live.`)
    } catch (error) {
      this.#warn(`The site build is live, but recording it failed: ${(error as Error).message}`)
    }
    await this.#prune()
    return true
  }

  #switchTo(outDir: string) {
    const temporaryLink = `${this.#currentLink}.${process.pid}.tmp`
    rmSync(temporaryLink, { force: true })
    symlinkSync(path.relative(this.#sitesDir, outDir), temporaryLink)
    // rename(2) replaces the link atomically: there is always a complete current site.
    renameSync(temporaryLink, this.#currentLink)
    this.#currentDir = outDir
  }

  /** Keeps the live build and the one before it. */
  async #prune() {
    const buildsDir = path.join(this.#sitesDir, 'builds')
    let builds: string[]
    try {
      builds = readdirSync(buildsDir).sort()
    } catch (error) {
      this.#warn(`Old site builds were not removed: ${(error as Error).message}`)
      return
    }
    for (const name of builds.slice(0, -2)) {
      const dir = path.join(buildsDir, name)
      if (dir !== this.#currentDir) await this.#remove(dir)
    }
  }

  /**
   * Removes a build without holding up the event loop, which serves the site and forwards to the
   * CMS: a build of 10,000 offers is some 200,000 files, and removing them synchronously took the
   * site off the air for up to a minute after each publish (fs.promises.rm still stalls it for a
   * third of a second per large folder). A build that cannot be removed stays (the next prune tries
   * again); the live one is never touched.
   */
  async #remove(dir: string) {
    try {
      await removeInWorker(dir)
    } catch (error) {
      this.#warn(`Could not remove the old build ${dir}: ${(error as Error).message}`)
    }
  }

  /** After the switch nothing may throw: a log that fails falls back to stderr. */
  #warn(line: string) {
    try {
      this.#log(line)
    } catch {
      console.error(line)
    }
  }

  #setStatus(status: BuildStatus) {
    this.#status = status
    writeFileSync(path.join(this.#sitesDir, 'status.json'), `${JSON.stringify(status, null, 2)}\n`)
  }
}

/** Milliseconds until the next given minute of the day in Hamm (Europe/Berlin); by default 00:05, when yesterday's offers expire. */
export function msUntilNextDailyRun(now: Date = new Date(), atMinute = 5): number {
  const berlin = (date: Date) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour12: false, hour: '2-digit', minute: '2-digit', second: '2-digit' })
        .formatToParts(date)
        .filter((part) => part.type !== 'literal')
        .map((part) => [part.type, Number(part.value)]),
    ) as { hour: number; minute: number; second: number }
  const { hour, minute, second } = berlin(now)
  const secondsToday = (hour % 24) * 3600 + minute * 60 + second
  const target = atMinute * 60
  const waitSeconds = secondsToday < target ? target - secondsToday : 24 * 3600 - secondsToday + target
  return waitSeconds * 1000 - now.getMilliseconds()
}
