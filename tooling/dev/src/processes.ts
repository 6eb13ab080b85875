import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import net from 'node:net'

export type LoggedProcess = {
  child: ChildProcess
  output: () => string
  /** Resolves once the output matches; rejects when the process ends first or the time is up. */
  waitFor: (pattern: RegExp, timeoutMs: number) => Promise<void>
  exited: Promise<number | null>
}

/** A child process whose output (stdout and stderr) is kept and can be waited for. */
export function runLogged(command: string, args: string[], options: SpawnOptions): LoggedProcess {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const listeners = new Set<() => void>()
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8')
    for (const listener of listeners) listener()
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(output)) return
          cleanup()
          resolve()
        }
        const timer = setTimeout(() => {
          cleanup()
          reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${pattern}. Output:\n${output.slice(-3000)}`))
        }, timeoutMs)
        const onExit = (code: number | null) => {
          cleanup()
          reject(new Error(`Exited with ${code} before ${pattern}. Output:\n${output.slice(-3000)}`))
        }
        const cleanup = () => {
          clearTimeout(timer)
          listeners.delete(check)
          child.off('exit', onExit)
        }
        listeners.add(check)
        child.once('exit', onExit)
        check()
        // Ended before anyone waited: the exit event is gone.
        if (listeners.has(check) && (child.exitCode !== null || child.signalCode !== null)) onExit(child.exitCode)
      }),
  }
}

/**
 * Ctrl-C to a process started with `detached: true`; if it has not ended within `graceMs` (e.g.
 * stopped while it still builds, before it handles Ctrl-C), its whole group is killed – the group's
 * other processes (a build, the CMS) go in any case, so nothing is left behind.
 */
export async function stopProcess(run: LoggedProcess, graceMs = 60_000): Promise<void> {
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-run.child.pid!, signal)
    } catch {
      // Nothing of the group is left.
    }
  }
  // Ended on its own (a crash): what it started may still run.
  if (run.child.exitCode !== null || run.child.signalCode !== null) return killGroup('SIGTERM')
  run.child.kill('SIGINT')
  const ended = await Promise.race([
    run.exited.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
  ])
  killGroup(ended ? 'SIGTERM' : 'SIGKILL')
  await run.exited
}

/** A TCP port nobody listens on right now (the system picks it). */
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

/**
 * Resident memory (KB) of a process and its descendants right now, read from /proc; with
 * `only`, of the descendants whose command line matches (e.g. the site build's, not the CMS's).
 */
export function processTreeRss(root: number, only?: RegExp): number {
  const children = new Map<number, number[]>()
  const info = new Map<number, { rssKb: number; command: string }>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // The command name may hold spaces and brackets: the fields after it follow the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(name)
      const parent = Number(fields[1])
      children.set(parent, [...(children.get(parent) ?? []), pid])
      const rssKb = (Number(fields[21]) * 4096) / 1024
      info.set(pid, { rssKb, command: readFileSync(`/proc/${name}/cmdline`, 'utf8').replaceAll('\0', ' ') })
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0
  const visit = (pid: number) => {
    const own = info.get(pid)
    if (own && (!only || only.test(own.command))) total += own.rssKb
    for (const child of children.get(pid) ?? []) visit(child)
  }
  visit(root)
  return total
}
