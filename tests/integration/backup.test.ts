/**
 * Issue 13: `npm run backup` and `npm run restore` round trip. The seeded content plus edits
 * (versions, a new user, a changed global, an uploaded image) is backed up while an editor keeps
 * writing (here in the same process, so between two writes; a writer in another process beside a
 * snapshot is cms/test/sqliteConcurrency.test.ts), restored into an empty data folder, and every row and media file that existed before
 * the backup began is there, byte for byte. A running instance is not overwritten without --force,
 * a damaged archive changes nothing, and what a restore replaces is kept.
 */
import type { Payload } from 'payload'

import { createClient } from '@libsql/client'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import * as tar from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { angeboteSlug } from '@familienrathaus/content-schemas'
import { seed } from '@familienrathaus/cms/seed'
import { startTestPayload } from '@familienrathaus/cms/testing/payload'
import { createBackup, RestoreRefused, restoreBackup, startPidFile } from '@familienrathaus/server/backup'

let payload: Payload
let stop: () => Promise<void>
let source = ''
const work = mkdtempSync(path.join(tmpdir(), 'fp-backup-'))
const archive = path.join(work, 'familienrathaus-test.tar.gz')
const before = path.join(work, 'before.sqlite')

/** Every row of every table, as JSON lines per table. */
async function rowsOf(file: string): Promise<Map<string, string[]>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).rows.map((row) =>
      String(row.name),
    )
    const all = new Map<string, string[]>()
    for (const table of tables) {
      const { rows, columns } = await client.execute(`SELECT * FROM "${table}"`)
      all.set(
        table,
        rows.map((row) => JSON.stringify(columns.map((_, index) => (typeof row[index] === 'bigint' ? String(row[index]) : row[index])))),
      )
    }
    return all
  } finally {
    client.close()
  }
}

const filesIn = (folder: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const full = path.join(entry.parentPath, entry.name)
        return [path.relative(folder, full), readFileSync(full).toString('base64')]
      }),
  )

beforeAll(async () => {
  let dataDir: string
  ;({ payload, stop, dataDir } = await startTestPayload())
  source = dataDir
  await seed({ payload, translations: false })
  // Edits after the seed: a new version of an Angebot, a new user, a changed global, an uploaded image.
  const { docs } = await payload.find({ collection: angeboteSlug, where: { slug: { equals: 'kindergeld' } }, limit: 1, depth: 0 })
  await payload.update({
    collection: angeboteSlug,
    id: docs[0]!.id,
    data: { costs: 'Kostenlos (geändert vor der Sicherung).' },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'users',
    data: { email: 'sicherung@familienrathaus.invalid', password: 'ein-langes-Testpasswort-2026', roles: ['redaktion'] },
    overrideAccess: true,
  })
  await payload.updateGlobal({ slug: 'einstellungen', data: {}, overrideAccess: true })
  const image = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  await payload.create({
    collection: 'media',
    data: { alt: 'Familie im Park' },
    file: { data: image, mimetype: 'image/png', name: 'park.png', size: image.length },
    overrideAccess: true,
  })
  writeFileSync(path.join(source, 'payload-secret'), 'geheim-nur-fuer-den-test\n')
}, 240_000)

afterAll(async () => {
  await stop?.()
  rmSync(work, { recursive: true, force: true })
})

describe('npm run backup and npm run restore', () => {
  it('round trip: everything that existed before the backup is restored identically, while an editor kept writing', async () => {
    const database = path.join(source, 'test.db')
    const snapshotBefore = createClient({ url: `file:${database}` })
    await snapshotBefore.execute({ sql: 'VACUUM INTO ?', args: [before] })
    snapshotBefore.close()
    const felder = await payload.find({ collection: 'handlungsfelder', limit: 1, depth: 0 })
    let written = 0
    let writing = true
    const editor = (async () => {
      while (writing) {
        await payload.create({
          collection: angeboteSlug,
          data: { title: `Während der Sicherung ${written}`, summary: 'Ein Entwurf.', kind: 'beratung', handlungsfelder: [felder.docs[0]!.id] },
          draft: true,
          overrideAccess: true,
        })
        written++
        // libsql answers synchronously: without a turn of the event loop this loop would starve the backup.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const manifest = await createBackup({ instance: { dataDir: source, databaseUri: `file:${database}` }, archive })
    writing = false
    await editor
    expect(written).toBeGreaterThan(0)
    expect(manifest.database.kind).toBe('sqlite')
    for (const table of ['angebote', '_angebote_v', 'users', 'einstellungen', 'media'])
      expect(manifest.database.tables[table]?.rows, table).toBeGreaterThan(0)

    const target = path.join(work, 'restored')
    const result = await restoreBackup({
      instance: { dataDir: target, databaseUri: `file:${path.join(target, 'familienrathaus.db')}` },
      archive,
    })
    expect(result.tables).toBe(Object.keys(manifest.database.tables).length)

    const original = await rowsOf(before)
    const restored = await rowsOf(path.join(target, 'familienrathaus.db'))
    const missing: string[] = []
    for (const [table, rows] of original) {
      const there = new Set(restored.get(table) ?? [])
      for (const row of rows) if (!there.has(row)) missing.push(`${table}: ${row.slice(0, 120)}`)
    }
    expect(missing).toEqual([])
    expect(filesIn(path.join(target, 'media'))).toEqual(filesIn(path.join(source, 'media')))
    expect(Object.keys(manifest.media).length).toBeGreaterThan(1)
    expect(readFileSync(path.join(target, 'payload-secret'), 'utf8')).toBe('geheim-nur-fuer-den-test\n')
    const check = createClient({ url: `file:${path.join(target, 'familienrathaus.db')}` })
    expect((await check.execute('PRAGMA integrity_check')).rows[0]).toMatchObject({ integrity_check: 'ok' })
    check.close()
  }, 120_000)

  it('does not overwrite a running instance without --force, and keeps what a forced restore replaces', async () => {
    const target = path.join(work, 'running')
    mkdirSync(target, { recursive: true })
    const instance = { dataDir: target, databaseUri: `file:${path.join(target, 'familienrathaus.db')}` }
    await restoreBackup({ instance, archive })
    // As npm start does while it runs: its process id in the data folder (here: this process, alive).
    writeFileSync(path.join(target, startPidFile), `${process.pid}\n`)
    await expect(restoreBackup({ instance, archive })).rejects.toThrow(RestoreRefused)
    await expect(restoreBackup({ instance, archive })).rejects.toThrow(
      /npm start is running on .* stop it first, or restore anyway with --force/,
    )
    await restoreBackup({ instance, archive, force: true })
    expect(readdirSync(target).filter((name) => name.startsWith('familienrathaus.db.before-restore-'))).toHaveLength(1)
    expect(readdirSync(target).filter((name) => name.startsWith('media.before-restore-'))).toHaveLength(1)
  }, 60_000)

  it('refuses an archive that does not match its manifest, and changes nothing', async () => {
    const unpacked = path.join(work, 'unpacked')
    mkdirSync(unpacked)
    await tar.extract({ file: archive, cwd: unpacked })
    const mediaFile = Object.keys(filesIn(path.join(unpacked, 'media')))[0]!
    writeFileSync(path.join(unpacked, 'media', mediaFile), 'verändert')
    const damaged = path.join(work, 'damaged.tar.gz')
    await tar.create({ gzip: true, file: damaged, cwd: unpacked }, readdirSync(unpacked))
    const target = path.join(work, 'untouched')
    const instance = { dataDir: target, databaseUri: `file:${path.join(target, 'familienrathaus.db')}` }
    await expect(restoreBackup({ instance, archive: damaged })).rejects.toThrow(
      /does not match its manifest, nothing was changed:\n {2}media file /,
    )
    expect(existsSync(path.join(target, 'familienrathaus.db'))).toBe(false)
    expect(existsSync(path.join(target, 'media'))).toBe(false)
  }, 60_000)
})
