import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { benefits } from '@familienrathaus/content-schemas'

/**
 * Which Angebot is which benefit became a field: before, the engine took the Angebot whose slug was
 * the benefit's name. Those Angebote (and their versions) get the field, so no chain is lost.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`eligibility_benefit\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_eligibility_benefit\` text;`)
  for (const benefit of benefits) {
    await db.run(
      sql`UPDATE \`angebote\` SET \`eligibility_benefit\` = ${benefit} WHERE \`slug\` = ${benefit} AND \`eligibility_benefit\` IS NULL;`,
    )
    await db.run(
      sql`UPDATE \`_angebote_v\` SET \`version_eligibility_benefit\` = ${benefit} WHERE \`version_slug\` = ${benefit} AND \`version_eligibility_benefit\` IS NULL;`,
    )
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`eligibility_benefit\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_eligibility_benefit\`;`)
}
