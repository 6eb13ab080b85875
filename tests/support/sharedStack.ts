/**
 * One `npm start` for every browser test file of a run (vitest global setup): starting the stack
 * (seed, site build, CMS) is the slowest part of the suite, and the files only read what it serves
 * or change content through the admin, as editors would on a running instance. It starts before
 * the run's first test (vitest runs all global setups first) and waits, idle, for the browser group.
 *
 * The files reach it through `inject('stack')`. The last file stops it with Ctrl-C by its process
 * id; how the process ended is written to `exitFile`, so that a test can read it.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'
import type { TestProject } from 'vitest/node'

import { startStack } from './stack.ts'

export type SharedStack = { cms: string; site: string; dataDir: string; pid: number; exitFile: string }
/** What the browser files get: the stack, or why it could not start (each file then fails with that reason). */
type ProvidedStack = { ok: true; stack: SharedStack } | { ok: false; error: string }

declare module 'vitest' {
  export interface ProvidedContext {
    stack: ProvidedStack
  }
}

export default async function setup(project: TestProject) {
  // Vitest runs every project's global setup before the first test of any project: a stack that
  // cannot start must fail the browser files, not the unit tests that never needed it.
  let stack: Awaited<ReturnType<typeof startStack>>
  try {
    stack = await startStack()
  } catch (error) {
    project.provide('stack', { ok: false, error: (error as Error).message })
    return
  }
  const exitFile = path.join(stack.dataDir, '..', `${path.basename(stack.dataDir)}.exit`)
  void stack.start.exited.then((code) => {
    writeFileSync(`${exitFile}.part`, JSON.stringify({ code }))
    renameSync(`${exitFile}.part`, exitFile)
  })
  project.provide('stack', {
    ok: true,
    stack: { cms: stack.cms, site: stack.site, dataDir: stack.dataDir, pid: stack.start.child.pid!, exitFile },
  })
  return async () => {
    await stack.stop()
    rmSync(exitFile, { force: true })
  }
}

/** The running stack, in a test file. */
export function sharedStack(): SharedStack {
  const provided = inject('stack')
  if (!provided.ok) throw new Error(`npm start did not come up for the browser tests: ${provided.error}`)
  return provided.stack
}

/** Ctrl-C to the shared `npm start`; resolves with its exit code once it has ended. */
export async function interruptSharedStack(timeoutMs = 60_000): Promise<number | null> {
  const { pid, exitFile } = sharedStack()
  process.kill(pid, 'SIGINT')
  const deadline = Date.now() + timeoutMs
  while (!existsSync(exitFile)) {
    if (Date.now() > deadline) throw new Error(`npm start (pid ${pid}) did not end within ${timeoutMs} ms of Ctrl-C`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return (JSON.parse(readFileSync(exitFile, 'utf8')) as { code: number | null }).code
}
