/**
 * One `npm start` for every browser test file of a run (vitest global setup): starting the stack
 * (seed, CMS build, site build) is the slowest part of the suite, and the files only read what it
 * serves or change content through the admin, as editors would on a running instance.
 *
 * Vitest awaits every global setup before the first test of any project, so the setup only
 * launches it: it comes up while the other groups run, and the browser files wait for it
 * (`await sharedStack()`), each failing with its output if it never came up. The last file stops
 * it with Ctrl-C by its process id; how the process ended is written to `exitFile`, so that a test
 * can read it.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'
import type { TestProject } from 'vitest/node'

import { launchStack } from './stack.ts'

export type SharedStack = { cms: string; site: string; dataDir: string; pid: number; exitFile: string }
/** What the browser files get: the stack and where it says whether it came up, or why it could not be launched. */
type ProvidedStack = { ok: true; stack: SharedStack; readyFile: string } | { ok: false; error: string }

declare module 'vitest' {
  export interface ProvidedContext {
    stack: ProvidedStack
  }
}

const written = (file: string, content: string) => {
  writeFileSync(`${file}.part`, content)
  renameSync(`${file}.part`, file)
}

export default async function setup(project: TestProject) {
  // A stack that cannot start must fail the browser files, not the unit tests that never needed it.
  let stack: Awaited<ReturnType<typeof launchStack>>
  try {
    stack = await launchStack()
  } catch (error) {
    project.provide('stack', { ok: false, error: (error as Error).message })
    return
  }
  const base = path.join(stack.dataDir, '..', path.basename(stack.dataDir))
  const exitFile = `${base}.exit`
  const readyFile = `${base}.ready`
  void stack.ready.then(
    () => written(readyFile, JSON.stringify({ ok: true })),
    (error: Error) => written(readyFile, JSON.stringify({ ok: false, error: error.message })),
  )
  void stack.start.exited.then((code) => written(exitFile, JSON.stringify({ code })))
  project.provide('stack', {
    ok: true,
    stack: { cms: stack.cms, site: stack.site, dataDir: stack.dataDir, pid: stack.start.child.pid!, exitFile },
    readyFile,
  })
  return async () => {
    await stack.stop()
    rmSync(exitFile, { force: true })
    rmSync(readyFile, { force: true })
  }
}

/** The running stack, in a test file: waits until it serves both URLs (or fails with why it did not). */
export async function sharedStack(timeoutMs = 600_000): Promise<SharedStack> {
  const provided = inject('stack')
  if (!provided.ok) throw new Error(`npm start could not be launched for the browser tests: ${provided.error}`)
  const deadline = Date.now() + timeoutMs
  while (!existsSync(provided.readyFile)) {
    if (Date.now() > deadline) throw new Error(`npm start did not come up for the browser tests within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const ready = JSON.parse(readFileSync(provided.readyFile, 'utf8')) as { ok: boolean; error?: string }
  if (!ready.ok) throw new Error(`npm start did not come up for the browser tests: ${ready.error}`)
  return provided.stack
}

/** Ctrl-C to the shared `npm start`; resolves with its exit code once it has ended. */
export async function interruptSharedStack(timeoutMs = 60_000): Promise<number | null> {
  const { pid, exitFile } = await sharedStack()
  process.kill(pid, 'SIGINT')
  const deadline = Date.now() + timeoutMs
  while (!existsSync(exitFile)) {
    if (Date.now() > deadline) throw new Error(`npm start (pid ${pid}) did not end within ${timeoutMs} ms of Ctrl-C`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return (JSON.parse(readFileSync(exitFile, 'utf8')) as { code: number | null }).code
}
