import type { Migration, Payload } from 'payload'

import { getPayload } from 'payload'

import config from '../payload.config.ts'
import { databaseKind, databaseUri } from '../db.ts'
import { migrations } from '../migrations/index.ts'

/** A Payload instance for scripts and tests (outside Next), with the committed migrations applied. */
export async function openPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  if (databaseKind(databaseUri()) === 'sqlite') {
    // The migrations array is passed in: the runner cannot import .ts migration files by itself.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  return payload
}
