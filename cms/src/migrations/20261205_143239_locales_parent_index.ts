import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`angebote_reminders_locales_parent_id_idx\` ON \`angebote_reminders_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`angebote_locales_parent_id_idx\` ON \`angebote_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_angebote_v_version_reminders_locales_parent_id_idx\` ON \`_angebote_v_version_reminders_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_angebote_v_locales_parent_id_idx\` ON \`_angebote_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`handlungsfelder_locales_parent_id_idx\` ON \`handlungsfelder_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_handlungsfelder_v_locales_parent_id_idx\` ON \`_handlungsfelder_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_sources_locales_parent_id_idx\` ON \`meilensteine_sources_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meilensteine_locales_parent_id_idx\` ON \`meilensteine_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_meilensteine_v_version_sources_locales_parent_id_idx\` ON \`_meilensteine_v_version_sources_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_meilensteine_v_locales_parent_id_idx\` ON \`_meilensteine_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`erklaervideos_locales_parent_id_idx\` ON \`erklaervideos_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_erklaervideos_v_locales_parent_id_idx\` ON \`_erklaervideos_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`kontakte_locales_parent_id_idx\` ON \`kontakte_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_kontakte_v_locales_parent_id_idx\` ON \`_kontakte_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`einstellungen_locales_parent_id_idx\` ON \`einstellungen_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_einstellungen_v_locales_parent_id_idx\` ON \`_einstellungen_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`navigation_items_locales_parent_id_idx\` ON \`navigation_items_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_navigation_v_version_items_locales_parent_id_idx\` ON \`_navigation_v_version_items_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`fusszeile_links_locales_parent_id_idx\` ON \`fusszeile_links_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`fusszeile_locales_parent_id_idx\` ON \`fusszeile_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_fusszeile_v_version_links_locales_parent_id_idx\` ON \`_fusszeile_v_version_links_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_fusszeile_v_locales_parent_id_idx\` ON \`_fusszeile_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`impressum_locales_parent_id_idx\` ON \`impressum_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_impressum_v_locales_parent_id_idx\` ON \`_impressum_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`datenschutz_locales_parent_id_idx\` ON \`datenschutz_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_datenschutz_v_locales_parent_id_idx\` ON \`_datenschutz_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`barrierefreiheit_locales_parent_id_idx\` ON \`barrierefreiheit_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_barrierefreiheit_v_locales_parent_id_idx\` ON \`_barrierefreiheit_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`leichte_sprache_locales_parent_id_idx\` ON \`leichte_sprache_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_leichte_sprache_v_locales_parent_id_idx\` ON \`_leichte_sprache_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`gebaerdensprache_videos_locales_parent_id_idx\` ON \`gebaerdensprache_videos_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`gebaerdensprache_locales_parent_id_idx\` ON \`gebaerdensprache_locales\` (\`_parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_gebaerdensprache_v_version_videos_locales_parent_id_idx\` ON \`_gebaerdensprache_v_version_videos_locales\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_gebaerdensprache_v_locales_parent_id_idx\` ON \`_gebaerdensprache_v_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`angebote_reminders_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`angebote_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_angebote_v_version_reminders_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_angebote_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`handlungsfelder_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_handlungsfelder_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`meilensteine_sources_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`meilensteine_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_meilensteine_v_version_sources_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_meilensteine_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`erklaervideos_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_erklaervideos_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`kontakte_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_kontakte_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`einstellungen_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_einstellungen_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`navigation_items_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_navigation_v_version_items_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`fusszeile_links_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`fusszeile_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_fusszeile_v_version_links_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_fusszeile_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`impressum_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_impressum_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`datenschutz_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_datenschutz_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`barrierefreiheit_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_barrierefreiheit_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`leichte_sprache_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_leichte_sprache_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`gebaerdensprache_videos_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`gebaerdensprache_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_gebaerdensprache_v_version_videos_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_gebaerdensprache_v_locales_parent_id_idx\`;`)
}
