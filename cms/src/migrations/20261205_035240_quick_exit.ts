import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/** Issue 14: „Seite schnell verlassen“ – its neutral target in the settings, and Angebote that show it large. */

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`prominent_quick_exit\` integer;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_prominent_quick_exit\` integer;`)
  await db.run(sql`ALTER TABLE \`einstellungen\` ADD \`quick_exit_url\` text;`)
  await db.run(sql`ALTER TABLE \`_einstellungen_v\` ADD \`version_quick_exit_url\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`prominent_quick_exit\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_prominent_quick_exit\`;`)
  await db.run(sql`ALTER TABLE \`einstellungen\` DROP COLUMN \`quick_exit_url\`;`)
  await db.run(sql`ALTER TABLE \`_einstellungen_v\` DROP COLUMN \`version_quick_exit_url\`;`)
}
