import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_less_maintenance\` integer;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_less_maintenance\` integer;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_less_maintenance\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_less_maintenance\`;`)
}
