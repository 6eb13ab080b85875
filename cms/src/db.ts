import type { Client, TransactionMode } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import path from 'node:path'

import { defaultDatabaseUri, findRepoRoot } from './lib/paths.ts'

export type DatabaseKind = 'mongodb' | 'sqlite'

export function databaseKind(uri: string): DatabaseKind {
  return /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

export function databaseUri(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URI?.trim() || defaultDatabaseUri()
}

/**
 * SQLite's settings, and why: WAL lets readers (a backup, a second process) work beside the
 * writer without ever blocking it; synchronous FULL syncs the WAL on every commit, so an
 * acknowledged write survives a crash of the process and of the machine; a second writer (a
 * restore, the seed, create-admin) is waited for up to the busy timeout instead of failing.
 */
export const sqliteSettings = { busyTimeoutMs: 5000, synchronous: 'FULL', journalSizeLimitBytes: 64 * 1024 * 1024 } as const

/**
 * The one place that chooses the database. SQLite (embedded, zero setup) is the default;
 * a `mongodb://` or `mongodb+srv://` URI selects MongoDB, the production choice that scales out
 * as a replica set or sharded cluster. Each adapter is imported only when chosen, so SQLite
 * installations never load mongoose.
 */
export async function databaseAdapter(uri: string = databaseUri()): Promise<DatabaseAdapterObj> {
  if (databaseKind(uri) === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: uri })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const { migrations } = await import('./migrations/index.ts')
  const adapter = sqliteAdapter({
    client: { url: uri },
    busyTimeout: sqliteSettings.busyTimeoutMs,
    wal: { synchronous: sqliteSettings.synchronous, journalSizeLimit: sqliteSettings.journalSizeLimitBytes },
    // Schema changes go through committed migrations only: a pushed file cannot be migrated later.
    push: false,
    // Eligibility rules are nested blocks: one JSON column instead of a table per block and level.
    blocksAsJSON: true,
    migrationDir: path.join(findRepoRoot(), 'cms', 'src', 'migrations'),
    prodMigrations: migrations,
  })
  const init = adapter.init
  adapter.init = (args) => {
    const instance = init(args) as SQLiteAdapter
    const connect = instance.connect!
    instance.connect = async function (this: SQLiteAdapter, options) {
      await connect.call(this, options)
      settingsOnEveryConnection(this.client, `PRAGMA busy_timeout = ${sqliteSettings.busyTimeoutMs}`)
    }
    return instance
  }
  return adapter
}

/**
 * Payload sets the busy timeout once, on the libsql client's first connection; but the client hands
 * that connection to each transaction and opens a new one for what comes next, without it (measured:
 * 0 ms after the first write). So the first call after a transaction sets it again on the new one.
 * (journal_mode is stored in the file; synchronous FULL is the default of every connection.)
 */
function settingsOnEveryConnection(client: Client, pragma: string): void {
  let newConnection = false
  const prepare = async () => {
    if (!newConnection) return
    newConnection = false
    await execute(pragma)
  }
  const execute = client.execute.bind(client)
  const batch = client.batch.bind(client)
  const executeMultiple = client.executeMultiple.bind(client)
  const transaction = client.transaction.bind(client)
  client.execute = (async (...args: Parameters<typeof execute>) => {
    await prepare()
    return execute(...args)
  }) as typeof client.execute
  client.batch = async (...args) => {
    await prepare()
    return batch(...args)
  }
  client.executeMultiple = async (...args) => {
    await prepare()
    return executeMultiple(...args)
  }
  client.transaction = async (mode?: TransactionMode) => {
    await prepare()
    const started = await transaction(mode)
    newConnection = true
    return started
  }
}
