import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`angebote_lebenslagen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`angebote_lebenslagen_order_idx\` ON \`angebote_lebenslagen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`angebote_lebenslagen_parent_idx\` ON \`angebote_lebenslagen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`angebote_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`angebote_steps_order_idx\` ON \`angebote_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`angebote_steps_parent_id_idx\` ON \`angebote_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`angebote_steps_locale_idx\` ON \`angebote_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`angebote_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`angebote\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`angebote_documents_order_idx\` ON \`angebote_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`angebote_documents_parent_id_idx\` ON \`angebote_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`angebote_documents_locale_idx\` ON \`angebote_documents\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v_version_lebenslagen\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_angebote_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_lebenslagen_order_idx\` ON \`_angebote_v_version_lebenslagen\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_lebenslagen_parent_idx\` ON \`_angebote_v_version_lebenslagen\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v_version_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_angebote_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_steps_order_idx\` ON \`_angebote_v_version_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_steps_parent_id_idx\` ON \`_angebote_v_version_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_steps_locale_idx\` ON \`_angebote_v_version_steps\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_angebote_v_version_documents\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_angebote_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_documents_order_idx\` ON \`_angebote_v_version_documents\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_documents_parent_id_idx\` ON \`_angebote_v_version_documents\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_documents_locale_idx\` ON \`_angebote_v_version_documents\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`kontakte_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`kontakte\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kontakte_languages_order_idx\` ON \`kontakte_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`kontakte_languages_parent_idx\` ON \`kontakte_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`kontakte_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`kontakte\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`kontakte_opening_hours_order_idx\` ON \`kontakte_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`kontakte_opening_hours_parent_id_idx\` ON \`kontakte_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kontakte_v_version_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_kontakte_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_languages_order_idx\` ON \`_kontakte_v_version_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_languages_parent_idx\` ON \`_kontakte_v_version_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_kontakte_v_version_opening_hours\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text,
  	\`opens\` text,
  	\`closes\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_kontakte_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_opening_hours_order_idx\` ON \`_kontakte_v_version_opening_hours\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_opening_hours_parent_id_idx\` ON \`_kontakte_v_version_opening_hours\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`einstellungen\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`publisher\` text NOT NULL,
  	\`contact_email\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`einstellungen_locales\` (
  	\`site_name\` text NOT NULL,
  	\`tagline\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`einstellungen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`einstellungen_locales_locale_parent_id_unique\` ON \`einstellungen_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_einstellungen_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_publisher\` text NOT NULL,
  	\`version_contact_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_einstellungen_v_created_at_idx\` ON \`_einstellungen_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_einstellungen_v_updated_at_idx\` ON \`_einstellungen_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_einstellungen_v_locales\` (
  	\`version_site_name\` text NOT NULL,
  	\`version_tagline\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_einstellungen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_einstellungen_v_locales_locale_parent_id_unique\` ON \`_einstellungen_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`navigation_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`navigation_items_order_idx\` ON \`navigation_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`navigation_items_parent_id_idx\` ON \`navigation_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`navigation_items_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`navigation_items_locales_locale_parent_id_unique\` ON \`navigation_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`navigation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`_navigation_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`href\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_navigation_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_items_order_idx\` ON \`_navigation_v_version_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_version_items_parent_id_idx\` ON \`_navigation_v_version_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_navigation_v_version_items_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_navigation_v_version_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_navigation_v_version_items_locales_locale_parent_id_unique\` ON \`_navigation_v_version_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_navigation_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_navigation_v_created_at_idx\` ON \`_navigation_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_navigation_v_updated_at_idx\` ON \`_navigation_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`fusszeile_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`href\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fusszeile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`fusszeile_links_order_idx\` ON \`fusszeile_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`fusszeile_links_parent_id_idx\` ON \`fusszeile_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`fusszeile_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fusszeile_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`fusszeile_links_locales_locale_parent_id_unique\` ON \`fusszeile_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`fusszeile\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`fusszeile_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fusszeile\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`fusszeile_locales_locale_parent_id_unique\` ON \`fusszeile_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fusszeile_v_version_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`href\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fusszeile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_fusszeile_v_version_links_order_idx\` ON \`_fusszeile_v_version_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_fusszeile_v_version_links_parent_id_idx\` ON \`_fusszeile_v_version_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_fusszeile_v_version_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fusszeile_v_version_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_fusszeile_v_version_links_locales_locale_parent_id_unique\` ON \`_fusszeile_v_version_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_fusszeile_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_fusszeile_v_created_at_idx\` ON \`_fusszeile_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_fusszeile_v_updated_at_idx\` ON \`_fusszeile_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_fusszeile_v_locales\` (
  	\`version_text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fusszeile_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_fusszeile_v_locales_locale_parent_id_unique\` ON \`_fusszeile_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`impressum\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`impressum_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impressum\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`impressum_locales_locale_parent_id_unique\` ON \`impressum_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_impressum_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_impressum_v_created_at_idx\` ON \`_impressum_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_impressum_v_updated_at_idx\` ON \`_impressum_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_impressum_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_impressum_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_impressum_v_locales_locale_parent_id_unique\` ON \`_impressum_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`datenschutz\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`datenschutz_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`datenschutz\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`datenschutz_locales_locale_parent_id_unique\` ON \`datenschutz_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_datenschutz_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_datenschutz_v_created_at_idx\` ON \`_datenschutz_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_datenschutz_v_updated_at_idx\` ON \`_datenschutz_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_datenschutz_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_datenschutz_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_datenschutz_v_locales_locale_parent_id_unique\` ON \`_datenschutz_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`barrierefreiheit_known_issues\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`barrierefreiheit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`barrierefreiheit_known_issues_order_idx\` ON \`barrierefreiheit_known_issues\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`barrierefreiheit_known_issues_parent_id_idx\` ON \`barrierefreiheit_known_issues\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`barrierefreiheit_known_issues_locale_idx\` ON \`barrierefreiheit_known_issues\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`barrierefreiheit\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`conformance\` text DEFAULT 'teilweise' NOT NULL,
  	\`assessed_on\` text NOT NULL,
  	\`feedback_email\` text,
  	\`feedback_phone\` text,
  	\`feedback_postal_address\` text,
  	\`enforcement_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`barrierefreiheit_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`method\` text,
  	\`enforcement_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`barrierefreiheit\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`barrierefreiheit_locales_locale_parent_id_unique\` ON \`barrierefreiheit_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_barrierefreiheit_v_version_known_issues\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_barrierefreiheit_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_barrierefreiheit_v_version_known_issues_order_idx\` ON \`_barrierefreiheit_v_version_known_issues\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_barrierefreiheit_v_version_known_issues_parent_id_idx\` ON \`_barrierefreiheit_v_version_known_issues\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_barrierefreiheit_v_version_known_issues_locale_idx\` ON \`_barrierefreiheit_v_version_known_issues\` (\`_locale\`);`,
  )
  await db.run(sql`CREATE TABLE \`_barrierefreiheit_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_conformance\` text DEFAULT 'teilweise' NOT NULL,
  	\`version_assessed_on\` text NOT NULL,
  	\`version_feedback_email\` text,
  	\`version_feedback_phone\` text,
  	\`version_feedback_postal_address\` text,
  	\`version_enforcement_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_barrierefreiheit_v_created_at_idx\` ON \`_barrierefreiheit_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_barrierefreiheit_v_updated_at_idx\` ON \`_barrierefreiheit_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_barrierefreiheit_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`version_method\` text,
  	\`version_enforcement_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_barrierefreiheit_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_barrierefreiheit_v_locales_locale_parent_id_unique\` ON \`_barrierefreiheit_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`leichte_sprache\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`leichte_sprache_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`leichte_sprache\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`leichte_sprache_locales_locale_parent_id_unique\` ON \`leichte_sprache_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_leichte_sprache_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_leichte_sprache_v_created_at_idx\` ON \`_leichte_sprache_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_leichte_sprache_v_updated_at_idx\` ON \`_leichte_sprache_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_leichte_sprache_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_leichte_sprache_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_leichte_sprache_v_locales_locale_parent_id_unique\` ON \`_leichte_sprache_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`gebaerdensprache_videos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`video_id\` integer NOT NULL,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gebaerdensprache\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`gebaerdensprache_videos_order_idx\` ON \`gebaerdensprache_videos\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`gebaerdensprache_videos_parent_id_idx\` ON \`gebaerdensprache_videos\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`gebaerdensprache_videos_video_idx\` ON \`gebaerdensprache_videos\` (\`video_id\`);`)
  await db.run(sql`CREATE TABLE \`gebaerdensprache_videos_locales\` (
  	\`title\` text NOT NULL,
  	\`transcript\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gebaerdensprache_videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`gebaerdensprache_videos_locales_locale_parent_id_unique\` ON \`gebaerdensprache_videos_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`gebaerdensprache\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`gebaerdensprache_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gebaerdensprache\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`gebaerdensprache_locales_locale_parent_id_unique\` ON \`gebaerdensprache_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_gebaerdensprache_v_version_videos\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`video_id\` integer NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`video_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gebaerdensprache_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_gebaerdensprache_v_version_videos_order_idx\` ON \`_gebaerdensprache_v_version_videos\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`_gebaerdensprache_v_version_videos_parent_id_idx\` ON \`_gebaerdensprache_v_version_videos\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_gebaerdensprache_v_version_videos_video_idx\` ON \`_gebaerdensprache_v_version_videos\` (\`video_id\`);`)
  await db.run(sql`CREATE TABLE \`_gebaerdensprache_v_version_videos_locales\` (
  	\`title\` text NOT NULL,
  	\`transcript\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gebaerdensprache_v_version_videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_gebaerdensprache_v_version_videos_locales_locale_parent_id_\` ON \`_gebaerdensprache_v_version_videos_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_gebaerdensprache_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_gebaerdensprache_v_created_at_idx\` ON \`_gebaerdensprache_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_gebaerdensprache_v_updated_at_idx\` ON \`_gebaerdensprache_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_gebaerdensprache_v_locales\` (
  	\`version_title\` text NOT NULL,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gebaerdensprache_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_gebaerdensprache_v_locales_locale_parent_id_unique\` ON \`_gebaerdensprache_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_media_locales\` (
  	\`alt\` text,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_media_locales\`("alt", "id", "_locale", "_parent_id") SELECT "alt", "id", "_locale", "_parent_id" FROM \`media_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_locales\` RENAME TO \`media_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`leika_key\` text;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`valid_from\` text;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`valid_until\` text;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`angebote\` ADD \`owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`angebote_review_state_idx\` ON \`angebote\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`angebote_last_modified_by_idx\` ON \`angebote\` (\`last_modified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`angebote_owner_idx\` ON \`angebote\` (\`owner_id\`);`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` ADD \`summary_leichte_sprache\` text;`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` ADD \`eligibility_summary\` text;`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` DROP COLUMN \`apply_steps\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_leika_key\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_valid_from\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_valid_until\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`version_owner_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_angebote_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_version_review_state_idx\` ON \`_angebote_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_version_last_modified_by_idx\` ON \`_angebote_v\` (\`version_last_modified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_version_version_owner_idx\` ON \`_angebote_v\` (\`version_owner_id\`);`)
  await db.run(sql`CREATE INDEX \`_angebote_v_autosave_idx\` ON \`_angebote_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` ADD \`version_summary_leichte_sprache\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` ADD \`version_eligibility_summary\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` DROP COLUMN \`version_apply_steps\`;`)
  await db.run(sql`ALTER TABLE \`handlungsfelder\` ADD \`review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`handlungsfelder\` ADD \`last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`handlungsfelder\` ADD \`image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder_review_state_idx\` ON \`handlungsfelder\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder_last_modified_by_idx\` ON \`handlungsfelder\` (\`last_modified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder_image_idx\` ON \`handlungsfelder\` (\`image_id\`);`)
  await db.run(sql`ALTER TABLE \`_handlungsfelder_v\` ADD \`version_review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`_handlungsfelder_v\` ADD \`version_last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_handlungsfelder_v\` ADD \`version_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_handlungsfelder_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_version_version_review_state_idx\` ON \`_handlungsfelder_v\` (\`version_review_state\`);`)
  await db.run(
    sql`CREATE INDEX \`_handlungsfelder_v_version_version_last_modified_by_idx\` ON \`_handlungsfelder_v\` (\`version_last_modified_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_version_version_image_idx\` ON \`_handlungsfelder_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_autosave_idx\` ON \`_handlungsfelder_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`meilensteine\` ADD \`review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`meilensteine\` ADD \`last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`meilensteine_review_state_idx\` ON \`meilensteine\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_last_modified_by_idx\` ON \`meilensteine\` (\`last_modified_by_id\`);`)
  await db.run(sql`ALTER TABLE \`meilensteine_rels\` ADD \`angebote_id\` integer REFERENCES angebote(id);`)
  await db.run(sql`ALTER TABLE \`meilensteine_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_angebote_id_idx\` ON \`meilensteine_rels\` (\`angebote_id\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_media_id_idx\` ON \`meilensteine_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_meilensteine_v\` ADD \`version_review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`_meilensteine_v\` ADD \`version_last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_meilensteine_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_version_version_review_state_idx\` ON \`_meilensteine_v\` (\`version_review_state\`);`)
  await db.run(
    sql`CREATE INDEX \`_meilensteine_v_version_version_last_modified_by_idx\` ON \`_meilensteine_v\` (\`version_last_modified_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_meilensteine_v_autosave_idx\` ON \`_meilensteine_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_meilensteine_v_rels\` ADD \`angebote_id\` integer REFERENCES angebote(id);`)
  await db.run(sql`ALTER TABLE \`_meilensteine_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_angebote_id_idx\` ON \`_meilensteine_v_rels\` (\`angebote_id\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_media_id_idx\` ON \`_meilensteine_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`erklaervideos\` ADD \`review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`erklaervideos\` ADD \`last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`erklaervideos\` ADD \`video_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`erklaervideos\` ADD \`captions_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`erklaervideos\` ADD \`poster_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`erklaervideos\` ADD \`dgs_video_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`erklaervideos\` ADD \`leichte_sprache_video_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`erklaervideos\` ADD \`external_url\` text;`)
  await db.run(sql`CREATE INDEX \`erklaervideos_review_state_idx\` ON \`erklaervideos\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_last_modified_by_idx\` ON \`erklaervideos\` (\`last_modified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_video_idx\` ON \`erklaervideos\` (\`video_id\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_captions_idx\` ON \`erklaervideos\` (\`captions_id\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_poster_idx\` ON \`erklaervideos\` (\`poster_id\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_dgs_video_idx\` ON \`erklaervideos\` (\`dgs_video_id\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_leichte_sprache_video_idx\` ON \`erklaervideos\` (\`leichte_sprache_video_id\`);`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`version_review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`version_last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`version_video_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`version_captions_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`version_poster_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`version_dgs_video_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`version_leichte_sprache_video_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`version_external_url\` text;`)
  await db.run(sql`ALTER TABLE \`_erklaervideos_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version_review_state_idx\` ON \`_erklaervideos_v\` (\`version_review_state\`);`)
  await db.run(
    sql`CREATE INDEX \`_erklaervideos_v_version_version_last_modified_by_idx\` ON \`_erklaervideos_v\` (\`version_last_modified_by_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version_video_idx\` ON \`_erklaervideos_v\` (\`version_video_id\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version_captions_idx\` ON \`_erklaervideos_v\` (\`version_captions_id\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version_poster_idx\` ON \`_erklaervideos_v\` (\`version_poster_id\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_version_version_dgs_video_idx\` ON \`_erklaervideos_v\` (\`version_dgs_video_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_erklaervideos_v_version_version_leichte_sprache_video_idx\` ON \`_erklaervideos_v\` (\`version_leichte_sprache_video_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_autosave_idx\` ON \`_erklaervideos_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`kontakte\` ADD \`review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`kontakte\` ADD \`last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`kontakte\` ADD \`latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`kontakte\` ADD \`longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`kontakte\` ADD \`accessibility_step_free\` integer;`)
  await db.run(sql`ALTER TABLE \`kontakte\` ADD \`accessibility_accessible_toilet\` integer;`)
  await db.run(sql`ALTER TABLE \`kontakte\` ADD \`accessibility_hearing_loop\` integer;`)
  await db.run(sql`ALTER TABLE \`kontakte\` ADD \`appointment_url\` text;`)
  await db.run(sql`CREATE INDEX \`kontakte_review_state_idx\` ON \`kontakte\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`kontakte_last_modified_by_idx\` ON \`kontakte\` (\`last_modified_by_id\`);`)
  await db.run(sql`ALTER TABLE \`kontakte_locales\` ADD \`accessibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`kontakte_locales\` ADD \`opening_hours_note\` text;`)
  await db.run(sql`ALTER TABLE \`kontakte_locales\` DROP COLUMN \`opening_hours\`;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`version_review_state\` text DEFAULT 'in-bearbeitung';`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`version_last_modified_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`version_latitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`version_longitude\` numeric;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`version_accessibility_step_free\` integer;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`version_accessibility_accessible_toilet\` integer;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`version_accessibility_hearing_loop\` integer;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`version_appointment_url\` text;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_version_review_state_idx\` ON \`_kontakte_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_version_version_last_modified_by_idx\` ON \`_kontakte_v\` (\`version_last_modified_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_autosave_idx\` ON \`_kontakte_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_kontakte_v_locales\` ADD \`version_accessibility_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v_locales\` ADD \`version_opening_hours_note\` text;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v_locales\` DROP COLUMN \`version_opening_hours\`;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`seeded\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_small_avif_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_medium_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_medium_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_medium_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_medium_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_medium_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_medium_avif_filename\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_avif_url\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_avif_width\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_avif_height\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_avif_mime_type\` text;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_avif_filesize\` numeric;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sizes_large_avif_filename\` text;`)
  await db.run(sql`CREATE INDEX \`media_sizes_small_avif_sizes_small_avif_filename_idx\` ON \`media\` (\`sizes_small_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_medium_avif_sizes_medium_avif_filename_idx\` ON \`media\` (\`sizes_medium_avif_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_large_avif_sizes_large_avif_filename_idx\` ON \`media\` (\`sizes_large_avif_filename\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`angebote_lebenslagen\`;`)
  await db.run(sql`DROP TABLE \`angebote_steps\`;`)
  await db.run(sql`DROP TABLE \`angebote_documents\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_version_lebenslagen\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_version_steps\`;`)
  await db.run(sql`DROP TABLE \`_angebote_v_version_documents\`;`)
  await db.run(sql`DROP TABLE \`kontakte_languages\`;`)
  await db.run(sql`DROP TABLE \`kontakte_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`_kontakte_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_kontakte_v_version_opening_hours\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`einstellungen\`;`)
  await db.run(sql`DROP TABLE \`einstellungen_locales\`;`)
  await db.run(sql`DROP TABLE \`_einstellungen_v\`;`)
  await db.run(sql`DROP TABLE \`_einstellungen_v_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation_items\`;`)
  await db.run(sql`DROP TABLE \`navigation_items_locales\`;`)
  await db.run(sql`DROP TABLE \`navigation\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v_version_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_navigation_v\`;`)
  await db.run(sql`DROP TABLE \`fusszeile_links\`;`)
  await db.run(sql`DROP TABLE \`fusszeile_links_locales\`;`)
  await db.run(sql`DROP TABLE \`fusszeile\`;`)
  await db.run(sql`DROP TABLE \`fusszeile_locales\`;`)
  await db.run(sql`DROP TABLE \`_fusszeile_v_version_links\`;`)
  await db.run(sql`DROP TABLE \`_fusszeile_v_version_links_locales\`;`)
  await db.run(sql`DROP TABLE \`_fusszeile_v\`;`)
  await db.run(sql`DROP TABLE \`_fusszeile_v_locales\`;`)
  await db.run(sql`DROP TABLE \`impressum\`;`)
  await db.run(sql`DROP TABLE \`impressum_locales\`;`)
  await db.run(sql`DROP TABLE \`_impressum_v\`;`)
  await db.run(sql`DROP TABLE \`_impressum_v_locales\`;`)
  await db.run(sql`DROP TABLE \`datenschutz\`;`)
  await db.run(sql`DROP TABLE \`datenschutz_locales\`;`)
  await db.run(sql`DROP TABLE \`_datenschutz_v\`;`)
  await db.run(sql`DROP TABLE \`_datenschutz_v_locales\`;`)
  await db.run(sql`DROP TABLE \`barrierefreiheit_known_issues\`;`)
  await db.run(sql`DROP TABLE \`barrierefreiheit\`;`)
  await db.run(sql`DROP TABLE \`barrierefreiheit_locales\`;`)
  await db.run(sql`DROP TABLE \`_barrierefreiheit_v_version_known_issues\`;`)
  await db.run(sql`DROP TABLE \`_barrierefreiheit_v\`;`)
  await db.run(sql`DROP TABLE \`_barrierefreiheit_v_locales\`;`)
  await db.run(sql`DROP TABLE \`leichte_sprache\`;`)
  await db.run(sql`DROP TABLE \`leichte_sprache_locales\`;`)
  await db.run(sql`DROP TABLE \`_leichte_sprache_v\`;`)
  await db.run(sql`DROP TABLE \`_leichte_sprache_v_locales\`;`)
  await db.run(sql`DROP TABLE \`gebaerdensprache_videos\`;`)
  await db.run(sql`DROP TABLE \`gebaerdensprache_videos_locales\`;`)
  await db.run(sql`DROP TABLE \`gebaerdensprache\`;`)
  await db.run(sql`DROP TABLE \`gebaerdensprache_locales\`;`)
  await db.run(sql`DROP TABLE \`_gebaerdensprache_v_version_videos\`;`)
  await db.run(sql`DROP TABLE \`_gebaerdensprache_v_version_videos_locales\`;`)
  await db.run(sql`DROP TABLE \`_gebaerdensprache_v\`;`)
  await db.run(sql`DROP TABLE \`_gebaerdensprache_v_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_angebote\` (
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
  await db.run(
    sql`INSERT INTO \`__new_angebote\`("id", "slug", "kind", "apply_url", "legal_basis", "legal_basis_url", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "apply_url", "legal_basis", "legal_basis_url", "updated_at", "created_at", "_status" FROM \`angebote\`;`,
  )
  await db.run(sql`DROP TABLE \`angebote\`;`)
  await db.run(sql`ALTER TABLE \`__new_angebote\` RENAME TO \`angebote\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`angebote_slug_idx\` ON \`angebote\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`angebote_updated_at_idx\` ON \`angebote\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`angebote_created_at_idx\` ON \`angebote\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`angebote__status_idx\` ON \`angebote\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__angebote_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__angebote_v\`("id", "parent_id", "version_slug", "version_kind", "version_apply_url", "version_legal_basis", "version_legal_basis_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_apply_url", "version_legal_basis", "version_legal_basis_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_angebote_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_angebote_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__angebote_v\` RENAME TO \`_angebote_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_handlungsfelder\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_handlungsfelder\`("id", "slug", "order", "updated_at", "created_at", "_status") SELECT "id", "slug", "order", "updated_at", "created_at", "_status" FROM \`handlungsfelder\`;`,
  )
  await db.run(sql`DROP TABLE \`handlungsfelder\`;`)
  await db.run(sql`ALTER TABLE \`__new_handlungsfelder\` RENAME TO \`handlungsfelder\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`handlungsfelder_slug_idx\` ON \`handlungsfelder\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder_updated_at_idx\` ON \`handlungsfelder\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder_created_at_idx\` ON \`handlungsfelder\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder__status_idx\` ON \`handlungsfelder\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__handlungsfelder_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__handlungsfelder_v\`("id", "parent_id", "version_slug", "version_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_order", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_handlungsfelder_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_handlungsfelder_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__handlungsfelder_v\` RENAME TO \`_handlungsfelder_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_meilensteine\` (
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
  await db.run(
    sql`INSERT INTO \`__new_meilensteine\`("id", "slug", "date", "end_date", "status", "updated_at", "created_at", "_status") SELECT "id", "slug", "date", "end_date", "status", "updated_at", "created_at", "_status" FROM \`meilensteine\`;`,
  )
  await db.run(sql`DROP TABLE \`meilensteine\`;`)
  await db.run(sql`ALTER TABLE \`__new_meilensteine\` RENAME TO \`meilensteine\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`meilensteine_slug_idx\` ON \`meilensteine\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_updated_at_idx\` ON \`meilensteine\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_created_at_idx\` ON \`meilensteine\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine__status_idx\` ON \`meilensteine\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_meilensteine_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`handlungsfelder_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meilensteine\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`handlungsfelder_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_meilensteine_rels\`("id", "order", "parent_id", "path", "handlungsfelder_id") SELECT "id", "order", "parent_id", "path", "handlungsfelder_id" FROM \`meilensteine_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`meilensteine_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_meilensteine_rels\` RENAME TO \`meilensteine_rels\`;`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_order_idx\` ON \`meilensteine_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_parent_idx\` ON \`meilensteine_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_path_idx\` ON \`meilensteine_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_rels_handlungsfelder_id_idx\` ON \`meilensteine_rels\` (\`handlungsfelder_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__meilensteine_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__meilensteine_v\`("id", "parent_id", "version_slug", "version_date", "version_end_date", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_date", "version_end_date", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_meilensteine_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_meilensteine_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__meilensteine_v\` RENAME TO \`_meilensteine_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new__meilensteine_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`handlungsfelder_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_meilensteine_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`handlungsfelder_id\`) REFERENCES \`handlungsfelder\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__meilensteine_v_rels\`("id", "order", "parent_id", "path", "handlungsfelder_id") SELECT "id", "order", "parent_id", "path", "handlungsfelder_id" FROM \`_meilensteine_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_meilensteine_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__meilensteine_v_rels\` RENAME TO \`_meilensteine_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_order_idx\` ON \`_meilensteine_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_parent_idx\` ON \`_meilensteine_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_path_idx\` ON \`_meilensteine_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_meilensteine_v_rels_handlungsfelder_id_idx\` ON \`_meilensteine_v_rels\` (\`handlungsfelder_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_erklaervideos\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`duration_seconds\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_erklaervideos\`("id", "slug", "duration_seconds", "updated_at", "created_at", "_status") SELECT "id", "slug", "duration_seconds", "updated_at", "created_at", "_status" FROM \`erklaervideos\`;`,
  )
  await db.run(sql`DROP TABLE \`erklaervideos\`;`)
  await db.run(sql`ALTER TABLE \`__new_erklaervideos\` RENAME TO \`erklaervideos\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`erklaervideos_slug_idx\` ON \`erklaervideos\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_updated_at_idx\` ON \`erklaervideos\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_created_at_idx\` ON \`erklaervideos\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos__status_idx\` ON \`erklaervideos\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__erklaervideos_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__erklaervideos_v\`("id", "parent_id", "version_slug", "version_duration_seconds", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_duration_seconds", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_erklaervideos_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_erklaervideos_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__erklaervideos_v\` RENAME TO \`_erklaervideos_v\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_kontakte\` (
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
  await db.run(
    sql`INSERT INTO \`__new_kontakte\`("id", "slug", "kind", "street", "postal_code", "city", "phone", "email", "website", "updated_at", "created_at", "_status") SELECT "id", "slug", "kind", "street", "postal_code", "city", "phone", "email", "website", "updated_at", "created_at", "_status" FROM \`kontakte\`;`,
  )
  await db.run(sql`DROP TABLE \`kontakte\`;`)
  await db.run(sql`ALTER TABLE \`__new_kontakte\` RENAME TO \`kontakte\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`kontakte_slug_idx\` ON \`kontakte\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`kontakte_updated_at_idx\` ON \`kontakte\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`kontakte_created_at_idx\` ON \`kontakte\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`kontakte__status_idx\` ON \`kontakte\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__kontakte_v\` (
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
  await db.run(
    sql`INSERT INTO \`__new__kontakte_v\`("id", "parent_id", "version_slug", "version_kind", "version_street", "version_postal_code", "version_city", "version_phone", "version_email", "version_website", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_kind", "version_street", "version_postal_code", "version_city", "version_phone", "version_email", "version_website", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_kontakte_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_kontakte_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__kontakte_v\` RENAME TO \`_kontakte_v\`;`)
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
  await db.run(sql`DROP INDEX \`media_sizes_small_avif_sizes_small_avif_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_medium_avif_sizes_medium_avif_filename_idx\`;`)
  await db.run(sql`DROP INDEX \`media_sizes_large_avif_sizes_large_avif_filename_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`seeded\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_avif_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_avif_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_avif_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_avif_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_avif_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_small_avif_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_medium_avif_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_medium_avif_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_medium_avif_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_medium_avif_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_medium_avif_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_medium_avif_filename\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_avif_url\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_avif_width\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_avif_height\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_avif_mime_type\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_avif_filesize\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sizes_large_avif_filename\`;`)
  await db.run(sql`CREATE TABLE \`__new_media_locales\` (
  	\`alt\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_media_locales\`("alt", "id", "_locale", "_parent_id") SELECT "alt", "id", "_locale", "_parent_id" FROM \`media_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_media_locales\` RENAME TO \`media_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` ADD \`apply_steps\` text;`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` DROP COLUMN \`summary_leichte_sprache\`;`)
  await db.run(sql`ALTER TABLE \`angebote_locales\` DROP COLUMN \`eligibility_summary\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` ADD \`version_apply_steps\` text;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` DROP COLUMN \`version_summary_leichte_sprache\`;`)
  await db.run(sql`ALTER TABLE \`_angebote_v_locales\` DROP COLUMN \`version_eligibility_summary\`;`)
  await db.run(sql`ALTER TABLE \`kontakte_locales\` ADD \`opening_hours\` text;`)
  await db.run(sql`ALTER TABLE \`kontakte_locales\` DROP COLUMN \`accessibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`kontakte_locales\` DROP COLUMN \`opening_hours_note\`;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v_locales\` ADD \`version_opening_hours\` text;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v_locales\` DROP COLUMN \`version_accessibility_notes\`;`)
  await db.run(sql`ALTER TABLE \`_kontakte_v_locales\` DROP COLUMN \`version_opening_hours_note\`;`)
}
