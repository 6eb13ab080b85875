import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`einstellungen\` ADD \`open_data_licence\` text DEFAULT 'dl-de-by-2.0';`)
  await db.run(sql`ALTER TABLE \`_einstellungen_v\` ADD \`version_open_data_licence\` text DEFAULT 'dl-de-by-2.0';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`einstellungen\` DROP COLUMN \`open_data_licence\`;`)
  await db.run(sql`ALTER TABLE \`_einstellungen_v\` DROP COLUMN \`version_open_data_licence\`;`)
}
