import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`eligibility_benefit\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_eligibility_benefit\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`eligibility_benefit\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_eligibility_benefit\`;`)
}
