import type { Payload } from 'payload'

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/**
 * A Payload instance on a throwaway database: a fresh SQLite file with the committed migrations
 * applied, or the MongoDB at `databaseUri` when given. The environment must be set before the
 * config is imported, because the config reads it at import time.
 */
export async function startTestPayload({ databaseUri }: { databaseUri?: string } = {}): Promise<{
  payload: Payload
  dataDir: string
  stop: () => Promise<void>
}> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'fp-cms-test-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = databaseUri ?? `file:${path.join(dataDir, 'test.db')}`
  process.env.PAYLOAD_SECRET = 'test-secret-that-is-only-used-in-tests'
  const { openPayload } = await import('../src/lib/payload.ts')
  const payload = await openPayload()
  return {
    payload,
    dataDir,
    stop: async () => {
      await payload.destroy()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
