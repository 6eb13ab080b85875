import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { freePort, runLogged, stopProcess, type LoggedProcess } from '@familienrathaus/dev/processes'

export const repoRoot = path.resolve(import.meta.dirname, '..', '..')

export { freePort }

/** `npm start` as a test runs it: its output kept, to be waited for. */
export type StartedProcess = LoggedProcess

/** Environment variables for `npm start` (undefined removes one). */
export type StartEnv = Record<string, string | undefined>

/** Runs `npm start`'s script (server/src/start.ts) with the given environment. */
export function runStart(env: StartEnv): StartedProcess {
  // As `npm start` runs it: tsx as a loader in this process, so that Ctrl-C reaches start.ts
  // itself (tsx's own process SIGKILLs a child that does not confirm a signal within 60 ms).
  // Nothing of the test process's own secret or mode: npm start makes its own.
  const inherited: StartEnv = { ...process.env }
  delete inherited.PAYLOAD_SECRET
  delete inherited.NODE_ENV
  return runLogged(process.execPath, ['--import', 'tsx', 'server/src/start.ts'], {
    cwd: repoRoot,
    env: { ...inherited, ...env } as NodeJS.ProcessEnv,
    // A process group of its own: a stack stopped before it is up (still building) can be ended with all its children.
    detached: true,
  })
}

export function makeDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fp-e2e-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

export type RunningStack = {
  cms: string
  site: string
  dataDir: string
  start: StartedProcess
  /** Ctrl-C to `npm start` (if it still runs), then the data folder goes. */
  stop: () => Promise<void>
}

/**
 * `npm start` on free ports and a throwaway data folder, launched: `ready` resolves once both URLs
 * are served (and rejects with the output when it ends or hangs before that).
 */
export async function launchStack(env: StartEnv = {}): Promise<RunningStack & { ready: Promise<void> }> {
  const data = makeDataDir()
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const site = `http://127.0.0.1:${sitePort}`
  const start = runStart({ DATA_DIR: data.dir, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort), HOST: '127.0.0.1', ...env })
  return {
    cms: `http://127.0.0.1:${cmsPort}`,
    site,
    dataDir: data.dir,
    start,
    ready: start.waitFor(/Familienrathaus is running/, 540_000),
    stop: async () => {
      await stopStart(start)
      data.remove()
    },
  }
}

/** Ctrl-C to `npm start`, then its whole process group (no build or CMS is left behind). */
export const stopStart = (start: StartedProcess, graceMs?: number) => stopProcess(start, graceMs)

/** `npm start` on free ports and a throwaway data folder, resolved once both URLs are served. */
export async function startStack(env: StartEnv = {}): Promise<RunningStack> {
  const { ready, ...stack } = await launchStack(env)
  try {
    await ready
  } catch (error) {
    await stack.stop()
    throw error
  }
  return stack
}
