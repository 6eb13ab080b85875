import type { ChildProcess } from 'node:child_process'

export type SupervisorOptions = {
  /** Starts the process (again). */
  start: () => ChildProcess
  log: (line: string) => void
  name: string
  /** Waits before the n-th restart in a row (1 s, 2 s, 4 s … up to maxDelayMs). */
  firstDelayMs?: number
  maxDelayMs?: number
  /** A process that ran this long counts as healthy again: the next crash restarts after firstDelayMs. */
  stableAfterMs?: number
  /** How long `stop` waits after SIGTERM before SIGKILL. */
  killAfterMs?: number
}

/**
 * Keeps a process running: when it ends without being asked to, it is started again after a delay
 * that doubles with each crash in a row, and every restart is logged. The rest of the system (the
 * static site above all) keeps serving meanwhile.
 */
export class Supervisor {
  #options: Required<SupervisorOptions>
  #child: ChildProcess
  #startedAt = Date.now()
  #crashesInARow = 0
  #stopping = false
  #timer: NodeJS.Timeout | undefined
  restarts = 0

  constructor(options: SupervisorOptions) {
    this.#options = { firstDelayMs: 1000, maxDelayMs: 30_000, stableAfterMs: 60_000, killAfterMs: 5000, ...options }
    this.#child = this.#spawn()
  }

  get child(): ChildProcess {
    return this.#child
  }

  #spawn(): ChildProcess {
    const child = this.#options.start()
    this.#startedAt = Date.now()
    // A process that cannot even be started (ENOMEM, EAGAIN after a crash) reports 'error' and maybe never 'exit'.
    let ended = false
    const end = (how: string) => {
      if (ended) return
      ended = true
      this.#exited(child, how)
    }
    child.once('exit', (code, signal) => end(signal ? `signal ${signal}` : `exit code ${code}`))
    child.once('error', (error) => end(`could not run: ${error.message}`))
    return child
  }

  #exited(child: ChildProcess, how: string) {
    if (this.#stopping || child !== this.#child) return
    if (Date.now() - this.#startedAt >= this.#options.stableAfterMs) this.#crashesInARow = 0
    const delay = Math.min(this.#options.firstDelayMs * 2 ** this.#crashesInARow, this.#options.maxDelayMs)
    this.#crashesInARow++
    this.#options.log(`The ${this.#options.name} stopped unexpectedly (${how}); restarting in ${Math.round(delay / 100) / 10} s.`)
    this.#timer = setTimeout(() => {
      if (this.#stopping) return
      this.restarts++
      this.#child = this.#spawn()
      this.#options.log(`The ${this.#options.name} was restarted (restart ${this.restarts}).`)
    }, delay)
  }

  /** Stops the process for good: SIGTERM, SIGKILL after killAfterMs; resolves once it has ended. */
  stop(): Promise<void> {
    this.#stopping = true
    clearTimeout(this.#timer)
    const child = this.#child
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
    return new Promise((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), this.#options.killAfterMs)
      child.once('exit', () => {
        clearTimeout(force)
        resolve()
      })
      child.kill('SIGTERM')
    })
  }

  /** For process exit handlers, which cannot wait: kills the process at once if it still runs. */
  killNow(): void {
    this.#stopping = true
    clearTimeout(this.#timer)
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill('SIGKILL')
  }
}
