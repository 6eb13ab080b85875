import type { Migration, Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../payload.config.ts'
import { databaseKind, databaseUri } from '../db.ts'
import { migrations } from '../migrations/index.ts'

/**
 * Runs a script's work with Payload, then closes the database and ends the process. Now and then
 * the SQLite client keeps the process alive after destroy() (seen in CI: `npm start` waited
 * forever for its prepare step, all its work done), so a script that is done ends itself.
 * An error is printed and ends the process with exit code 1.
 */
export async function runWithPayload(work: (payload: Payload) => Promise<void>): Promise<never> {
  const payload = await openPayload()
  let code = 0
  try {
    await work(payload)
  } catch (error) {
    console.error(error)
    code = 1
  }
  await Promise.race([payload.destroy(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())])
  process.exit(code)
}

/** A Payload instance for scripts and tests (outside Next), with the committed migrations applied. */
export async function openPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  if (databaseKind(databaseUri()) === 'sqlite') {
    // The migrations array is passed in: the runner cannot import .ts migration files by itself.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  return payload
}
