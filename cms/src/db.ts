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
  return sqliteAdapter({
    client: { url: uri },
    // Schema changes go through committed migrations only: a pushed file cannot be migrated later.
    push: false,
    // Eligibility rules are nested blocks: one JSON column instead of a table per block and level.
    blocksAsJSON: true,
    migrationDir: path.join(findRepoRoot(), 'cms', 'src', 'migrations'),
    prodMigrations: migrations,
  })
}
