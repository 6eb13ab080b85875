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
 * Payload runs SQLite without transactions (no transactionOptions), so the CMS uses one libsql
 * connection, which carries these settings; a document's write is several statements, each
 * committed on its own.
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
  const { index } = await import('@payloadcms/db-sqlite/drizzle/sqlite-core')
  const { migrations } = await import('./migrations/index.ts')
  return sqliteAdapter({
    // Payload indexes a translations table (`…_locales`) by language first (unique `_locale, _parent_id`),
    // but reads a document's translations by `_parent_id` alone: without this index every document
    // of a page scanned the whole table, so a REST page of 100 Angebote took 9 s at 10,000 (issue 18).
    afterSchemaInit: [
      ({ schema, extendTable }) => {
        for (const [name, table] of Object.entries(schema.tables)) {
          if (!name.endsWith('_locales')) continue
          extendTable({ table, extraConfig: (columns) => ({ parentIdIndex: index(`${name}_parent_id_idx`).on(columns._parentID) }) })
        }
        return schema
      },
    ],
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
}
