import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`angebote\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`apply_url\` text,
  	\`legal_basis\` text,
  	\`legal_basis_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`angebote_slug_idx\` ON \`angebote\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`angebote_updated_at_idx\` ON \`angebote\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`angebote_created_at_idx\` ON \`angebote\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`angebote__status_idx\` ON \`angebote\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`angebote_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`provider\` text,
  	\`costs\` text,
  	\`apply_steps\` text,
  	\`synonyms\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`angebote_locales_locale_parent_id_unique\` ON \`angebote_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`angebote_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`handlungsfelder_id\` integer,
  	\`kontakte_id\` integer,
  	\`erklaervideos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`handlungsfelder_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kontakte_id\`) REFERENCES \`kontakte\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`erklaervideos_id\`) REFERENCES \`erklaervideos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`angebote_rels_order_idx\` ON \`angebote_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`angebote_rels_parent_idx\` ON \`angebote_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`angebote_rels_path_idx\` ON \`angebote_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`angebote_rels_handlungsfelder_id_idx\` ON \`angebote_rels\` (\`handlungsfelder_id\`);`)
  await db.run(sql`CREATE INDEX \`angebote_rels_kontakte_id_idx\` ON \`angebote_rels\` (\`kontakte_id\`);`)
  await db.run(sql`CREATE INDEX \`angebote_rels_erklaervideos_id_idx\` ON \`angebote_rels\` (\`erklaervideos_id\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_apply_url\` text,
  	\`version_legal_basis\` text,
  	\`version_legal_basis_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_angebote_v_parent_idx\` ON \`_angebote_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_version_slug_idx\` ON \`_angebote_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_version_updated_at_idx\` ON \`_angebote_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_version_created_at_idx\` ON \`_angebote_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_version__status_idx\` ON \`_angebote_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_created_at_idx\` ON \`_angebote_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_updated_at_idx\` ON \`_angebote_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_snapshot_idx\` ON \`_angebote_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_published_locale_idx\` ON \`_angebote_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_latest_idx\` ON \`_angebote_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_provider\` text,
  	\`version_costs\` text,
  	\`version_apply_steps\` text,
  	\`version_synonyms\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_angebote_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_angebote_v_locales_locale_parent_id_unique\` ON \`_angebote_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`handlungsfelder_id\` integer,
  	\`kontakte_id\` integer,
  	\`erklaervideos_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_angebote_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`handlungsfelder_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kontakte_id\`) REFERENCES \`kontakte\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`erklaervideos_id\`) REFERENCES \`erklaervideos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_angebote_v_rels_order_idx\` ON \`_angebote_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_rels_parent_idx\` ON \`_angebote_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_rels_path_idx\` ON \`_angebote_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_rels_handlungsfelder_id_idx\` ON \`_angebote_v_rels\` (\`handlungsfelder_id\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_rels_kontakte_id_idx\` ON \`_angebote_v_rels\` (\`kontakte_id\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_rels_erklaervideos_id_idx\` ON \`_angebote_v_rels\` (\`erklaervideos_id\`);`)
  await db.run(sql`CREATE TABLE \`handlungsfelder\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`handlungsfelder_slug_idx\` ON \`handlungsfelder\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder_updated_at_idx\` ON \`handlungsfelder\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder_created_at_idx\` ON \`handlungsfelder\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder__status_idx\` ON \`handlungsfelder\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`handlungsfelder_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`handlungsfelder_locales_locale_parent_id_unique\` ON \`handlungsfelder_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_handlungsfelder_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_order\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_parent_idx\` ON \`_handlungsfelder_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_version_version_slug_idx\` ON \`_handlungsfelder_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_version_version_updated_at_idx\` ON \`_handlungsfelder_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_version_version_created_at_idx\` ON \`_handlungsfelder_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_version_version__status_idx\` ON \`_handlungsfelder_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_created_at_idx\` ON \`_handlungsfelder_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_updated_at_idx\` ON \`_handlungsfelder_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_snapshot_idx\` ON \`_handlungsfelder_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_published_locale_idx\` ON \`_handlungsfelder_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_latest_idx\` ON \`_handlungsfelder_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_handlungsfelder_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_handlungsfelder_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_handlungsfelder_v_locales_locale_parent_id_unique\` ON \`_handlungsfelder_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`meilensteine_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meilensteine\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meilensteine_sources_order_idx\` ON \`meilensteine_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_sources_parent_id_idx\` ON \`meilensteine_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meilensteine_sources_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meilensteine_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`meilensteine_sources_locales_locale_parent_id_unique\` ON \`meilensteine_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`meilensteine\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`date\` text,
  	\`end_date\` text,
  	\`status\` text DEFAULT 'erreicht',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meilensteine_slug_idx\` ON \`meilensteine\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_updated_at_idx\` ON \`meilensteine\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_created_at_idx\` ON \`meilensteine\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine__status_idx\` ON \`meilensteine\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`meilensteine_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meilensteine\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`meilensteine_locales_locale_parent_id_unique\` ON \`meilensteine_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`meilensteine_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`handlungsfelder_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meilensteine\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`handlungsfelder_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_order_idx\` ON \`meilensteine_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_parent_idx\` ON \`meilensteine_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_path_idx\` ON \`meilensteine_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_handlungsfelder_id_idx\` ON \`meilensteine_rels\` (\`handlungsfelder_id\`);`)
  await db.run(sql`CREATE TABLE \`_meilensteine_v_version_sources\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meilensteine_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_version_sources_order_idx\` ON \`_meilensteine_v_version_sources\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_version_sources_parent_id_idx\` ON \`_meilensteine_v_version_sources\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meilensteine_v_version_sources_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meilensteine_v_version_sources\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_meilensteine_v_version_sources_locales_locale_parent_id_uni\` ON \`_meilensteine_v_version_sources_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meilensteine_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_date\` text,
  	\`version_end_date\` text,
  	\`version_status\` text DEFAULT 'erreicht',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meilensteine\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_parent_idx\` ON \`_meilensteine_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_version_version_slug_idx\` ON \`_meilensteine_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_version_version_updated_at_idx\` ON \`_meilensteine_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_version_version_created_at_idx\` ON \`_meilensteine_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_version_version__status_idx\` ON \`_meilensteine_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_created_at_idx\` ON \`_meilensteine_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_updated_at_idx\` ON \`_meilensteine_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_snapshot_idx\` ON \`_meilensteine_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_published_locale_idx\` ON \`_meilensteine_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_latest_idx\` ON \`_meilensteine_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_meilensteine_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meilensteine_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_meilensteine_v_locales_locale_parent_id_unique\` ON \`_meilensteine_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_meilensteine_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`handlungsfelder_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_meilensteine_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`handlungsfelder_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_order_idx\` ON \`_meilensteine_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_parent_idx\` ON \`_meilensteine_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_path_idx\` ON \`_meilensteine_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_handlungsfelder_id_idx\` ON \`_meilensteine_v_rels\` (\`handlungsfelder_id\`);`)
  await db.run(sql`CREATE TABLE \`erklaervideos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`duration_seconds\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`erklaervideos_slug_idx\` ON \`erklaervideos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_updated_at_idx\` ON \`erklaervideos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_created_at_idx\` ON \`erklaervideos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos__status_idx\` ON \`erklaervideos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`erklaervideos_locales\` (
  	\`title\` text,
  	\`description\` text,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`erklaervideos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`erklaervideos_locales_locale_parent_id_unique\` ON \`erklaervideos_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_erklaervideos_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_duration_seconds\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`erklaervideos\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_parent_idx\` ON \`_erklaervideos_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version_slug_idx\` ON \`_erklaervideos_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version_updated_at_idx\` ON \`_erklaervideos_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version_created_at_idx\` ON \`_erklaervideos_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version__status_idx\` ON \`_erklaervideos_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_created_at_idx\` ON \`_erklaervideos_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_updated_at_idx\` ON \`_erklaervideos_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_snapshot_idx\` ON \`_erklaervideos_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_published_locale_idx\` ON \`_erklaervideos_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_latest_idx\` ON \`_erklaervideos_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_erklaervideos_v_locales\` (
  	\`version_title\` text,
  	\`version_description\` text,
  	\`version_transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_erklaervideos_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_erklaervideos_v_locales_locale_parent_id_unique\` ON \`_erklaervideos_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`kontakte\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`kind\` text,
  	\`street\` text,
  	\`postal_code\` text,
  	\`city\` text DEFAULT 'Hamm',
  	\`phone\` text,
  	\`email\` text,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kontakte_slug_idx\` ON \`kontakte\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`kontakte_updated_at_idx\` ON \`kontakte\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kontakte_created_at_idx\` ON \`kontakte\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kontakte__status_idx\` ON \`kontakte\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`kontakte_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`opening_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kontakte\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`kontakte_locales_locale_parent_id_unique\` ON \`kontakte_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kontakte_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_kind\` text,
  	\`version_street\` text,
  	\`version_postal_code\` text,
  	\`version_city\` text DEFAULT 'Hamm',
  	\`version_phone\` text,
  	\`version_email\` text,
  	\`version_website\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kontakte\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_kontakte_v_parent_idx\` ON \`_kontakte_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_version_slug_idx\` ON \`_kontakte_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_version_updated_at_idx\` ON \`_kontakte_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_version_created_at_idx\` ON \`_kontakte_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_version__status_idx\` ON \`_kontakte_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_created_at_idx\` ON \`_kontakte_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_updated_at_idx\` ON \`_kontakte_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_snapshot_idx\` ON \`_kontakte_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_published_locale_idx\` ON \`_kontakte_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_latest_idx\` ON \`_kontakte_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_kontakte_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_opening_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kontakte_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_kontakte_v_locales_locale_parent_id_unique\` ON \`_kontakte_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_small_url\` text,
  	\`sizes_small_width\` numeric,
  	\`sizes_small_height\` numeric,
  	\`sizes_small_mime_type\` text,
  	\`sizes_small_filesize\` numeric,
  	\`sizes_small_filename\` text,
  	\`sizes_medium_url\` text,
  	\`sizes_medium_width\` numeric,
  	\`sizes_medium_height\` numeric,
  	\`sizes_medium_mime_type\` text,
  	\`sizes_medium_filesize\` numeric,
  	\`sizes_medium_filename\` text,
  	\`sizes_large_url\` text,
  	\`sizes_large_width\` numeric,
  	\`sizes_large_height\` numeric,
  	\`sizes_large_mime_type\` text,
  	\`sizes_large_filesize\` numeric,
  	\`sizes_large_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_sizes_small_filename_idx\` ON \`media\` (\`sizes_small_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_sizes_medium_filename_idx\` ON \`media\` (\`sizes_medium_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_sizes_large_filename_idx\` ON \`media\` (\`sizes_large_filename\`);`)
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`angebote_id\` integer,
  	\`handlungsfelder_id\` integer,
  	\`meilensteine_id\` integer,
  	\`erklaervideos_id\` integer,
  	\`kontakte_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`angebote_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`handlungsfelder_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meilensteine_id\`) REFERENCES \`meilensteine\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`erklaervideos_id\`) REFERENCES \`erklaervideos\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`kontakte_id\`) REFERENCES \`kontakte\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_angebote_id_idx\` ON \`payload_locked_documents_rels\` (\`angebote_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_handlungsfelder_id_idx\` ON \`payload_locked_documents_rels\` (\`handlungsfelder_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_meilensteine_id_idx\` ON \`payload_locked_documents_rels\` (\`meilensteine_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_erklaervideos_id_idx\` ON \`payload_locked_documents_rels\` (\`erklaervideos_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_kontakte_id_idx\` ON \`payload_locked_documents_rels\` (\`kontakte_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`angebote\`;`)
  await db.run(sql`DROP TABLE \`angebote_locales\`;`)
  await db.run(sql`DROP TABLE \`angebote_rels\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_rels\`;`)
  await db.run(sql`DROP TABLE \`handlungsfelder\`;`)
  await db.run(sql`DROP TABLE \`handlungsfelder_locales\`;`)
  await db.run(sql`DROP TABLE \`_handlungsfelder_v\`;`)
  await db.run(sql`DROP TABLE \`_handlungsfelder_v_locales\`;`)
  await db.run(sql`DROP TABLE \`meilensteine_sources\`;`)
  await db.run(sql`DROP TABLE \`meilensteine_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`meilensteine\`;`)
  await db.run(sql`DROP TABLE \`meilensteine_locales\`;`)
  await db.run(sql`DROP TABLE \`meilensteine_rels\`;`)
  await db.run(sql`DROP TABLE \`_meilensteine_v_version_sources\`;`)
  await db.run(sql`DROP TABLE \`_meilensteine_v_version_sources_locales\`;`)
  await db.run(sql`DROP TABLE \`_meilensteine_v\`;`)
  await db.run(sql`DROP TABLE \`_meilensteine_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_meilensteine_v_rels\`;`)
  await db.run(sql`DROP TABLE \`erklaervideos\`;`)
  await db.run(sql`DROP TABLE \`erklaervideos_locales\`;`)
  await db.run(sql`DROP TABLE \`_erklaervideos_v\`;`)
  await db.run(sql`DROP TABLE \`_erklaervideos_v_locales\`;`)
  await db.run(sql`DROP TABLE \`kontakte\`;`)
  await db.run(sql`DROP TABLE \`kontakte_locales\`;`)
  await db.run(sql`DROP TABLE \`_kontakte_v\`;`)
  await db.run(sql`DROP TABLE \`_kontakte_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
