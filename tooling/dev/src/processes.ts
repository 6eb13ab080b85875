import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import net from 'node:net'

export type LoggedProcess = { child: ChildProcess; output: () => string; exited: Promise<number | null> }

/** A child process whose output is kept (and can be waited for). */
export function runLogged(command: string, args: string[], options: SpawnOptions): LoggedProcess {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

export async function waitFor(run: LoggedProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!pattern.test(run.output())) {
    if (run.child.exitCode !== null) throw new Error(`exited with ${run.child.exitCode} before ${pattern}:\n${run.output().slice(-3000)}`)
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}:\n${run.output().slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** Ctrl-C to a process started with `detached: true`, then its whole group. */
export async function stopProcess(run: LoggedProcess, graceMs = 60_000): Promise<void> {
  if (run.child.exitCode !== null || run.child.signalCode !== null) return
  run.child.kill('SIGINT')
  const ended = await Promise.race([
    run.exited.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
  ])
  try {
    process.kill(-run.child.pid!, ended ? 'SIGTERM' : 'SIGKILL')
  } catch {
    // The group is gone.
  }
  await run.exited
}

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
