import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

import { storedBlockTypes } from '@familienrathaus/content-schemas'

/**
 * Data only: rules saved before nested groups were stored under their level's block name
 * ("allInner" …) kept a nested "all", and the admin could not open those Angebote, so nobody could
 * save them to repair them. Rewrites the rules of every Angebot and of every stored version.
 */
async function rewrite(db: MigrateUpArgs['db'], table: string, column: string): Promise<void> {
  const rows = (await db.all(sql.raw(`SELECT id, ${column} AS rules FROM ${table} WHERE ${column} IS NOT NULL`))) as {
    id: number
    rules: string
  }[]
  for (const { id, rules } of rows) {
    let parsed: unknown
    try {
      parsed = JSON.parse(rules)
    } catch {
      continue
    }
    const stored = storedBlockTypes(parsed)
    if (!stored) continue
    const text = JSON.stringify(stored)
    if (text !== rules) await db.run(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = ${text} WHERE id = ${id}`)
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rewrite(db, 'angebote', 'eligibility_rules')
  await rewrite(db, '_angebote_v', 'version_eligibility_rules')
}

/** Nothing to undo: the matcher reads both block names the same. */
export async function down(_: MigrateDownArgs): Promise<void> {}
