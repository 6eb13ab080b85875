import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`angebote_amount_by_age\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`below_age\` numeric,
  	\`value\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`angebote_amount_by_age_order_idx\` ON \`angebote_amount_by_age\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`angebote_amount_by_age_parent_id_idx\` ON \`angebote_amount_by_age\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v_version_amount_by_age\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`below_age\` numeric,
  	\`value\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_angebote_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_amount_by_age_order_idx\` ON \`_angebote_v_version_amount_by_age\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_amount_by_age_parent_id_idx\` ON \`_angebote_v_version_amount_by_age\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_kind\` text;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_period\` text;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_value\` numeric;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_maybe_below_age\` numeric;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_min\` numeric;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_up_to\` integer;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_calculator\` text;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_source\` text;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`amount_as_of\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_period\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_value\` numeric;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_maybe_below_age\` numeric;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_min\` numeric;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_max\` numeric;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_up_to\` integer;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_calculator\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_source\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_amount_as_of\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`angebote_amount_by_age\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_version_amount_by_age\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_kind\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_period\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_value\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_maybe_below_age\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_min\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_max\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_up_to\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_calculator\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_source\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`amount_as_of\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_kind\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_period\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_value\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_maybe_below_age\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_min\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_max\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_up_to\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_calculator\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_source\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_amount_as_of\`;`)
}
