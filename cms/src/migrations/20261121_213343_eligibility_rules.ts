import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`angebote_eligibility_test_families\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`household\` text,
  	\`expected\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`angebote_eligibility_test_families_order_idx\` ON \`angebote_eligibility_test_families\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`angebote_eligibility_test_families_parent_id_idx\` ON \`angebote_eligibility_test_families\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_angebote_v_version_eligibility_test_families\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`household\` text,
  	\`expected\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_angebote_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_angebote_v_version_eligibility_test_families_order_idx\` ON \`_angebote_v_version_eligibility_test_families\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_angebote_v_version_eligibility_test_families_parent_id_idx\` ON \`_angebote_v_version_eligibility_test_families\` (\`_parent_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`eligibility_rules\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_eligibility_rules\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`angebote_eligibility_test_families\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_version_eligibility_test_families\`;`)
  await db.run(sql`ALTER TABLE \`angebote\` DROP COLUMN \`eligibility_rules\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` DROP COLUMN \`version_eligibility_rules\`;`)
}
