import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Issue 14: an Angebot gets its deadline (a sentence families must know, shown first in the finder),
 * its importance in the finder, and the day of its translation into each other language.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`importance\` text;`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` ADD \`deadline\` text;`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` ADD \`translated_on\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_importance\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` ADD \`version_deadline\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` ADD \`version_translated_on\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`importance\`;`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` DROP COLUMN \`deadline\`;`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` DROP COLUMN \`translated_on\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_importance\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` DROP COLUMN \`version_deadline\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` DROP COLUMN \`version_translated_on\`;`)
}
