import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const repoRoot = path.resolve(import.meta.dirname, '..', '..')

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export type StartedProcess = {
  child: ChildProcess
  output: () => string
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<void>
  exited: Promise<number | null>
}

/** Runs `npm start`'s script (server/src/start.ts) with the given environment. */
/** Environment variables for `npm start` (undefined removes one). */
export type StartEnv = Record<string, string | undefined>

export function runStart(env: StartEnv): StartedProcess {
  // As `npm start` runs it: tsx as a loader in this process, so that Ctrl-C reaches start.ts
  // itself (tsx's own process SIGKILLs a child that does not confirm a signal within 60 ms).
  // Nothing of the test process's own secret or mode: npm start makes its own.
  const inherited: StartEnv = { ...process.env }
  delete inherited.PAYLOAD_SECRET
  delete inherited.NODE_ENV
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/start.ts'], {
    cwd: repoRoot,
    env: { ...inherited, ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own: a stack stopped before it is up (still building) can be ended with all its children.
    detached: true,
  })
  let output = ''
  const listeners = new Set<() => void>()
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8')
    for (const listener of listeners) listener()
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (pattern.test(output)) {
            cleanup()
            resolve()
          }
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${pattern}. Output:\n${output.slice(-3000)}`))
        }, timeoutMs)
        const onExit = (code: number | null) => {
          cleanup()
          reject(new Error(`start exited with ${code} before ${pattern}. Output:\n${output.slice(-3000)}`))
        }
        const cleanup = () => {
          clearTimeout(timer)
          listeners.delete(check)
          child.off('exit', onExit)
        }
        listeners.add(check)
        child.once('exit', onExit)
        check()
      }),
  }
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

/**
 * Ctrl-C to `npm start`; if it has not ended within `graceMs` (e.g. stopped while it still builds,
 * before it handles Ctrl-C), the whole process group is killed, so no build or CMS is left behind.
 */
export async function stopStart(start: StartedProcess, graceMs = 60_000): Promise<void> {
  if (start.child.exitCode !== null || start.child.signalCode !== null) return
  start.child.kill('SIGINT')
  const ended = await Promise.race([
    start.exited.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
  ])
  const group = -start.child.pid!
  try {
    // The group's other processes (a build, the CMS) go too, whether start.ts ended or not.
    process.kill(group, ended ? 'SIGTERM' : 'SIGKILL')
  } catch {
    // Nothing of the group is left.
  }
  if (!ended) await start.exited
}

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
