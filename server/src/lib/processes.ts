import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'

/** The JS entry of a package's binary, run with this Node (24) rather than whatever `node` is on PATH. */
export function binEntry({ fromDir, pkg, bin }: { fromDir: string; pkg: string; bin: string }): string {
  const require = createRequire(path.join(fromDir, 'package.json'))
  const manifestPath = require.resolve(`${pkg}/package.json`)
  const manifest = require(manifestPath) as { bin?: string | Record<string, string> }
  const relative = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.[bin]
  if (!relative) throw new Error(`${pkg} has no binary named ${bin}`)
  return path.join(path.dirname(manifestPath), relative)
}

export type RunResult = { code: number | null; output: string }

/**
 * Runs a Node script to completion, keeping the last lines of its output for error messages.
 * With `echo`, each line is also printed with a prefix.
 */
export function runNode({
  script,
  args = [],
  cwd,
  env,
  echo,
  signal,
}: {
  script: string
  args?: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  echo?: (line: string) => void
  signal?: AbortSignal
}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], signal })
    const lines: string[] = []
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue
        lines.push(line)
        if (lines.length > 400) lines.shift()
        echo?.(line)
      }
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.once('error', (error) => (error.name === 'AbortError' ? resolve({ code: null, output: lines.join('\n') }) : reject(error)))
    child.once('close', (code) => resolve({ code, output: lines.join('\n') }))
  })
}

/** Starts a long-running Node process whose output is prefixed and passed through. */
export function startNode({
  script,
  args = [],
  cwd,
  env,
  prefix,
}: {
  script: string
  args?: string[]
  cwd: string
  env: NodeJS.ProcessEnv
  prefix: string
}): ChildProcess {
  const child = spawn(process.execPath, [script, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const pass = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split(/\r?\n/)) if (line.trim()) stream.write(`${prefix} ${line}\n`)
  }
  child.stdout?.on('data', pass(process.stdout))
  child.stderr?.on('data', pass(process.stderr))
  return child
}

/** Strips ANSI colour codes so error lines read cleanly in logs and in the admin. */
export function plain(text: string): string {
  return stripVTControlCharacters(text)
}

/**
 * The CMS process that `npm start` (process `startPid`) supervises: its child that runs Next (which
 * renames itself `next-server`). Read from /proc, so Linux only – for drills and tests that kill it.
 */
export function cmsProcessOf(startPid: number): number {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ')
        return parent === startPid && /next-server|next\/dist\/bin\/next/.test(command) ? [Number(entry)] : []
      } catch {
        // The process ended while it was read.
        return []
      }
    })
  if (children.length !== 1) throw new Error(`expected one CMS process under npm start (${startPid}), found ${children.length}`)
  return children[0]!
}
