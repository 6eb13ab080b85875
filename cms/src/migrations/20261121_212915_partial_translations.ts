import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_einstellungen_locales\` (
  	\`site_name\` text,
  	\`tagline\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`einstellungen\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_einstellungen_locales\`("site_name", "tagline", "description", "id", "_locale", "_parent_id") SELECT "site_name", "tagline", "description", "id", "_locale", "_parent_id" FROM \`einstellungen_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`einstellungen_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_einstellungen_locales\` RENAME TO \`einstellungen_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`einstellungen_locales_locale_parent_id_unique\` ON \`einstellungen_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__einstellungen_v_locales\` (
  	\`version_site_name\` text,
  	\`version_tagline\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_einstellungen_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__einstellungen_v_locales\`("version_site_name", "version_tagline", "version_description", "id", "_locale", "_parent_id") SELECT "version_site_name", "version_tagline", "version_description", "id", "_locale", "_parent_id" FROM \`_einstellungen_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_einstellungen_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__einstellungen_v_locales\` RENAME TO \`_einstellungen_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_einstellungen_v_locales_locale_parent_id_unique\` ON \`_einstellungen_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_navigation_items_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_navigation_items_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`navigation_items_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`navigation_items_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_navigation_items_locales\` RENAME TO \`navigation_items_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`navigation_items_locales_locale_parent_id_unique\` ON \`navigation_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__navigation_v_version_items_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_navigation_v_version_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__navigation_v_version_items_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`_navigation_v_version_items_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_navigation_v_version_items_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__navigation_v_version_items_locales\` RENAME TO \`_navigation_v_version_items_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_navigation_v_version_items_locales_locale_parent_id_unique\` ON \`_navigation_v_version_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_fusszeile_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fusszeile_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_fusszeile_links_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`fusszeile_links_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`fusszeile_links_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_fusszeile_links_locales\` RENAME TO \`fusszeile_links_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`fusszeile_links_locales_locale_parent_id_unique\` ON \`fusszeile_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__fusszeile_v_version_links_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fusszeile_v_version_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__fusszeile_v_version_links_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`_fusszeile_v_version_links_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_fusszeile_v_version_links_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__fusszeile_v_version_links_locales\` RENAME TO \`_fusszeile_v_version_links_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_fusszeile_v_version_links_locales_locale_parent_id_unique\` ON \`_fusszeile_v_version_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_impressum_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impressum\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_impressum_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`impressum_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`impressum_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_impressum_locales\` RENAME TO \`impressum_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`impressum_locales_locale_parent_id_unique\` ON \`impressum_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__impressum_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_impressum_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__impressum_v_locales\`("version_title", "version_intro", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "id", "_locale", "_parent_id" FROM \`_impressum_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_impressum_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__impressum_v_locales\` RENAME TO \`_impressum_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_impressum_v_locales_locale_parent_id_unique\` ON \`_impressum_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_datenschutz_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`datenschutz\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_datenschutz_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`datenschutz_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`datenschutz_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_datenschutz_locales\` RENAME TO \`datenschutz_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`datenschutz_locales_locale_parent_id_unique\` ON \`datenschutz_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__datenschutz_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_datenschutz_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__datenschutz_v_locales\`("version_title", "version_intro", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "id", "_locale", "_parent_id" FROM \`_datenschutz_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_datenschutz_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__datenschutz_v_locales\` RENAME TO \`_datenschutz_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_datenschutz_v_locales_locale_parent_id_unique\` ON \`_datenschutz_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_barrierefreiheit_locales\` (
  	\`title\` text,
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
    sql`INSERT INTO \`__new_barrierefreiheit_locales\`("title", "intro", "body", "method", "enforcement_body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "method", "enforcement_body", "id", "_locale", "_parent_id" FROM \`barrierefreiheit_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`barrierefreiheit_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_barrierefreiheit_locales\` RENAME TO \`barrierefreiheit_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`barrierefreiheit_locales_locale_parent_id_unique\` ON \`barrierefreiheit_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__barrierefreiheit_v_locales\` (
  	\`version_title\` text,
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
    sql`INSERT INTO \`__new__barrierefreiheit_v_locales\`("version_title", "version_intro", "version_body", "version_method", "version_enforcement_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "version_method", "version_enforcement_body", "id", "_locale", "_parent_id" FROM \`_barrierefreiheit_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_barrierefreiheit_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__barrierefreiheit_v_locales\` RENAME TO \`_barrierefreiheit_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_barrierefreiheit_v_locales_locale_parent_id_unique\` ON \`_barrierefreiheit_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_leichte_sprache_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`leichte_sprache\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_leichte_sprache_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`leichte_sprache_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`leichte_sprache_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_leichte_sprache_locales\` RENAME TO \`leichte_sprache_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`leichte_sprache_locales_locale_parent_id_unique\` ON \`leichte_sprache_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__leichte_sprache_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_leichte_sprache_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__leichte_sprache_v_locales\`("version_title", "version_intro", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "id", "_locale", "_parent_id" FROM \`_leichte_sprache_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_leichte_sprache_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__leichte_sprache_v_locales\` RENAME TO \`_leichte_sprache_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_leichte_sprache_v_locales_locale_parent_id_unique\` ON \`_leichte_sprache_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_gebaerdensprache_videos_locales\` (
  	\`title\` text,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gebaerdensprache_videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_gebaerdensprache_videos_locales\`("title", "transcript", "id", "_locale", "_parent_id") SELECT "title", "transcript", "id", "_locale", "_parent_id" FROM \`gebaerdensprache_videos_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`gebaerdensprache_videos_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_gebaerdensprache_videos_locales\` RENAME TO \`gebaerdensprache_videos_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`gebaerdensprache_videos_locales_locale_parent_id_unique\` ON \`gebaerdensprache_videos_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_gebaerdensprache_locales\` (
  	\`title\` text,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gebaerdensprache\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_gebaerdensprache_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`gebaerdensprache_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`gebaerdensprache_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_gebaerdensprache_locales\` RENAME TO \`gebaerdensprache_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`gebaerdensprache_locales_locale_parent_id_unique\` ON \`gebaerdensprache_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__gebaerdensprache_v_version_videos_locales\` (
  	\`title\` text,
  	\`transcript\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gebaerdensprache_v_version_videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__gebaerdensprache_v_version_videos_locales\`("title", "transcript", "id", "_locale", "_parent_id") SELECT "title", "transcript", "id", "_locale", "_parent_id" FROM \`_gebaerdensprache_v_version_videos_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_gebaerdensprache_v_version_videos_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__gebaerdensprache_v_version_videos_locales\` RENAME TO \`_gebaerdensprache_v_version_videos_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_gebaerdensprache_v_version_videos_locales_locale_parent_id_\` ON \`_gebaerdensprache_v_version_videos_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__gebaerdensprache_v_locales\` (
  	\`version_title\` text,
  	\`version_intro\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gebaerdensprache_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__gebaerdensprache_v_locales\`("version_title", "version_intro", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "id", "_locale", "_parent_id" FROM \`_gebaerdensprache_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_gebaerdensprache_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__gebaerdensprache_v_locales\` RENAME TO \`_gebaerdensprache_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_gebaerdensprache_v_locales_locale_parent_id_unique\` ON \`_gebaerdensprache_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_einstellungen_locales\` (
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
    sql`INSERT INTO \`__new_einstellungen_locales\`("site_name", "tagline", "description", "id", "_locale", "_parent_id") SELECT "site_name", "tagline", "description", "id", "_locale", "_parent_id" FROM \`einstellungen_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`einstellungen_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_einstellungen_locales\` RENAME TO \`einstellungen_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`einstellungen_locales_locale_parent_id_unique\` ON \`einstellungen_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__einstellungen_v_locales\` (
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
    sql`INSERT INTO \`__new__einstellungen_v_locales\`("version_site_name", "version_tagline", "version_description", "id", "_locale", "_parent_id") SELECT "version_site_name", "version_tagline", "version_description", "id", "_locale", "_parent_id" FROM \`_einstellungen_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_einstellungen_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__einstellungen_v_locales\` RENAME TO \`_einstellungen_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_einstellungen_v_locales_locale_parent_id_unique\` ON \`_einstellungen_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_navigation_items_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`navigation_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_navigation_items_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`navigation_items_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`navigation_items_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_navigation_items_locales\` RENAME TO \`navigation_items_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`navigation_items_locales_locale_parent_id_unique\` ON \`navigation_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__navigation_v_version_items_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_navigation_v_version_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__navigation_v_version_items_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`_navigation_v_version_items_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_navigation_v_version_items_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__navigation_v_version_items_locales\` RENAME TO \`_navigation_v_version_items_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_navigation_v_version_items_locales_locale_parent_id_unique\` ON \`_navigation_v_version_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_fusszeile_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`fusszeile_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_fusszeile_links_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`fusszeile_links_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`fusszeile_links_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_fusszeile_links_locales\` RENAME TO \`fusszeile_links_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`fusszeile_links_locales_locale_parent_id_unique\` ON \`fusszeile_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__fusszeile_v_version_links_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_fusszeile_v_version_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__fusszeile_v_version_links_locales\`("label", "id", "_locale", "_parent_id") SELECT "label", "id", "_locale", "_parent_id" FROM \`_fusszeile_v_version_links_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_fusszeile_v_version_links_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__fusszeile_v_version_links_locales\` RENAME TO \`_fusszeile_v_version_links_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_fusszeile_v_version_links_locales_locale_parent_id_unique\` ON \`_fusszeile_v_version_links_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_impressum_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`impressum\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_impressum_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`impressum_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`impressum_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_impressum_locales\` RENAME TO \`impressum_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`impressum_locales_locale_parent_id_unique\` ON \`impressum_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__impressum_v_locales\` (
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
    sql`INSERT INTO \`__new__impressum_v_locales\`("version_title", "version_intro", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "id", "_locale", "_parent_id" FROM \`_impressum_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_impressum_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__impressum_v_locales\` RENAME TO \`_impressum_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_impressum_v_locales_locale_parent_id_unique\` ON \`_impressum_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_datenschutz_locales\` (
  	\`title\` text NOT NULL,
  	\`intro\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`datenschutz\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_datenschutz_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`datenschutz_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`datenschutz_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_datenschutz_locales\` RENAME TO \`datenschutz_locales\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`datenschutz_locales_locale_parent_id_unique\` ON \`datenschutz_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__datenschutz_v_locales\` (
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
    sql`INSERT INTO \`__new__datenschutz_v_locales\`("version_title", "version_intro", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "id", "_locale", "_parent_id" FROM \`_datenschutz_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_datenschutz_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__datenschutz_v_locales\` RENAME TO \`_datenschutz_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_datenschutz_v_locales_locale_parent_id_unique\` ON \`_datenschutz_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_barrierefreiheit_locales\` (
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
    sql`INSERT INTO \`__new_barrierefreiheit_locales\`("title", "intro", "body", "method", "enforcement_body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "method", "enforcement_body", "id", "_locale", "_parent_id" FROM \`barrierefreiheit_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`barrierefreiheit_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_barrierefreiheit_locales\` RENAME TO \`barrierefreiheit_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`barrierefreiheit_locales_locale_parent_id_unique\` ON \`barrierefreiheit_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__barrierefreiheit_v_locales\` (
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
    sql`INSERT INTO \`__new__barrierefreiheit_v_locales\`("version_title", "version_intro", "version_body", "version_method", "version_enforcement_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "version_method", "version_enforcement_body", "id", "_locale", "_parent_id" FROM \`_barrierefreiheit_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_barrierefreiheit_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__barrierefreiheit_v_locales\` RENAME TO \`_barrierefreiheit_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_barrierefreiheit_v_locales_locale_parent_id_unique\` ON \`_barrierefreiheit_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_leichte_sprache_locales\` (
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
    sql`INSERT INTO \`__new_leichte_sprache_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`leichte_sprache_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`leichte_sprache_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_leichte_sprache_locales\` RENAME TO \`leichte_sprache_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`leichte_sprache_locales_locale_parent_id_unique\` ON \`leichte_sprache_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__leichte_sprache_v_locales\` (
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
    sql`INSERT INTO \`__new__leichte_sprache_v_locales\`("version_title", "version_intro", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "id", "_locale", "_parent_id" FROM \`_leichte_sprache_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_leichte_sprache_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__leichte_sprache_v_locales\` RENAME TO \`_leichte_sprache_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_leichte_sprache_v_locales_locale_parent_id_unique\` ON \`_leichte_sprache_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_gebaerdensprache_videos_locales\` (
  	\`title\` text NOT NULL,
  	\`transcript\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`gebaerdensprache_videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_gebaerdensprache_videos_locales\`("title", "transcript", "id", "_locale", "_parent_id") SELECT "title", "transcript", "id", "_locale", "_parent_id" FROM \`gebaerdensprache_videos_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`gebaerdensprache_videos_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_gebaerdensprache_videos_locales\` RENAME TO \`gebaerdensprache_videos_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`gebaerdensprache_videos_locales_locale_parent_id_unique\` ON \`gebaerdensprache_videos_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_gebaerdensprache_locales\` (
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
    sql`INSERT INTO \`__new_gebaerdensprache_locales\`("title", "intro", "body", "id", "_locale", "_parent_id") SELECT "title", "intro", "body", "id", "_locale", "_parent_id" FROM \`gebaerdensprache_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`gebaerdensprache_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new_gebaerdensprache_locales\` RENAME TO \`gebaerdensprache_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`gebaerdensprache_locales_locale_parent_id_unique\` ON \`gebaerdensprache_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__gebaerdensprache_v_version_videos_locales\` (
  	\`title\` text NOT NULL,
  	\`transcript\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_gebaerdensprache_v_version_videos\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__gebaerdensprache_v_version_videos_locales\`("title", "transcript", "id", "_locale", "_parent_id") SELECT "title", "transcript", "id", "_locale", "_parent_id" FROM \`_gebaerdensprache_v_version_videos_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_gebaerdensprache_v_version_videos_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__gebaerdensprache_v_version_videos_locales\` RENAME TO \`_gebaerdensprache_v_version_videos_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_gebaerdensprache_v_version_videos_locales_locale_parent_id_\` ON \`_gebaerdensprache_v_version_videos_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__gebaerdensprache_v_locales\` (
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
    sql`INSERT INTO \`__new__gebaerdensprache_v_locales\`("version_title", "version_intro", "version_body", "id", "_locale", "_parent_id") SELECT "version_title", "version_intro", "version_body", "id", "_locale", "_parent_id" FROM \`_gebaerdensprache_v_locales\`;`,
  )
  await db.run(sql`DROP TABLE \`_gebaerdensprache_v_locales\`;`)
  await db.run(sql`ALTER TABLE \`__new__gebaerdensprache_v_locales\` RENAME TO \`_gebaerdensprache_v_locales\`;`)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_gebaerdensprache_v_locales_locale_parent_id_unique\` ON \`_gebaerdensprache_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}
