import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`angebote_reminders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'until',
  	\`offset\` numeric,
  	\`unit\` text DEFAULT 'months',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`angebote_reminders_order_idx\` ON \`angebote_reminders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`angebote_reminders_parent_id_idx\` ON \`angebote_reminders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`angebote_reminders_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`angebote_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`angebote_reminders_locales_locale_parent_id_unique\` ON \`angebote_reminders_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v_version_reminders\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'until',
  	\`offset\` numeric,
  	\`unit\` text DEFAULT 'months',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_angebote_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_reminders_order_idx\` ON \`_angebote_v_version_reminders\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_reminders_parent_id_idx\` ON \`_angebote_v_version_reminders\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v_version_reminders_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_angebote_v_version_reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_angebote_v_version_reminders_locales_locale_parent_id_uniqu\` ON \`_angebote_v_version_reminders_locales\` (\`_locale\`,\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`angebote_reminders\`;`)
  await db.run(sql`DROP TABLE \`angebote_reminders_locales\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_version_reminders\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_version_reminders_locales\`;`)
}
