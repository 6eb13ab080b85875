/**
 * Issue 13: `npm run backup` and `npm run restore` on MongoDB, by the same commands as on SQLite.
 * Runs where MONGODB_URI names a MongoDB server (no server can be installed on the development
 * machines); the test works in two databases of its own beside the one the URI names and drops them.
 * The seeded content plus edits is backed up, restored into an empty database, and every document
 * of every collection is compared in Extended JSON; a non-empty database is not replaced without --force.
 */
import type { Payload } from 'payload'

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { BSON, MongoClient } from 'mongodb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { angeboteSlug } from '@familienrathaus/content-schemas'
import { seed } from '@familienrathaus/cms/seed'
import { startTestPayload } from '@familienrathaus/cms/testing/payload'
import { createBackup, RestoreRefused, restoreBackup, type Manifest } from '@familienrathaus/server/backup'

const mongoUri = process.env.MONGODB_URI
if (!mongoUri) console.log('MongoDB backup tests skipped: set MONGODB_URI (e.g. mongodb://127.0.0.1:27017/familienrathaus-test) to run them.')

/**
 * The URI with another database name (hosts, credentials and options kept). With credentials and no
 * authSource, the driver would log in against the new database: the user's own stays the source.
 */
function withDatabase(uri: string, name: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/)([^/?]+)(?:\/([^?]*))?(?:\?(.*))?$/.exec(uri)
  if (!match) throw new Error(`MONGODB_URI is not a mongodb:// URI: ${uri}`)
  const [, scheme, hosts, database, query] = match
  const options = new URLSearchParams(query ?? '')
  if (hosts!.includes('@') && !options.has('authSource')) options.set('authSource', database || 'admin')
  const rest = options.toString()
  return `${scheme}${hosts}/${name}${rest ? `?${rest}` : ''}`
}

/** Every document of every collection, as Extended JSON in `_id` order. */
async function documentsOf(uri: string): Promise<Record<string, string[]>> {
  const client = await MongoClient.connect(uri)
  try {
    const database = client.db()
    const all: Record<string, string[]> = {}
    for (const { name } of await database.listCollections({}, { nameOnly: true }).toArray()) {
      if (name.startsWith('system.')) continue
      const documents = await database.collection(name).find({}).sort({ _id: 1 }).toArray()
      all[name] = documents.map((document) => BSON.EJSON.stringify(document, { relaxed: false }))
    }
    return all
  } finally {
    await client.close()
  }
}

async function dropDatabase(uri: string) {
  const client = await MongoClient.connect(uri)
  try {
    await client.db().dropDatabase()
  } finally {
    await client.close()
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

describe.skipIf(!mongoUri)('npm run backup and npm run restore on MongoDB (MONGODB_URI)', () => {
  const run = `${process.pid}-${Date.now().toString(36)}`
  const sourceUri = mongoUri ? withDatabase(mongoUri, `fr-backup-source-${run}`) : ''
  const targetUri = mongoUri ? withDatabase(mongoUri, `fr-backup-target-${run}`) : ''
  let work = ''
  let archive = ''
  let payload: Payload
  let stop: (() => Promise<void>) | undefined
  let source = ''
  let manifest: Manifest
  let restoredTables = 0

  // Seeded content plus edits, backed up and restored into an empty database once; the tests look at the outcome.
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'fp-backup-mongo-'))
    archive = path.join(work, 'familienrathaus-mongo.tar.gz')
    let dataDir: string
    ;({ payload, stop, dataDir } = await startTestPayload({ databaseUri: sourceUri }))
    source = dataDir
    await seed({ payload })
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
    manifest = await createBackup({ instance: { dataDir: source, databaseUri: sourceUri }, archive })
    restoredTables = (await restoreBackup({ instance: { dataDir: path.join(work, 'restored'), databaseUri: targetUri }, archive })).tables
  }, 300_000)

  afterAll(async () => {
    try {
      await stop?.()
    } finally {
      if (sourceUri) await dropDatabase(sourceUri)
      if (targetUri) await dropDatabase(targetUri)
      if (work) rmSync(work, { recursive: true, force: true })
    }
  })

  it('round trip: every document of every collection and every media file is restored identically', async () => {
    expect(manifest.database.kind).toBe('mongodb')
    // The adapter names MongoDB collections itself (mongoose pluralises: „angebotes"); ask it.
    const collectionName = (slug: string) =>
      (payload.db as unknown as { collections: Record<string, { collection: { name: string } }> }).collections[slug]!.collection.name
    for (const collection of [collectionName(angeboteSlug), collectionName('users')])
      expect(manifest.database.tables[collection]?.rows, collection).toBeGreaterThan(0)
    expect(restoredTables).toBe(Object.keys(manifest.database.tables).length)
    expect(await documentsOf(targetUri)).toEqual(await documentsOf(sourceUri))
    expect(filesIn(path.join(work, 'restored', 'media'))).toEqual(filesIn(path.join(source, 'media')))
  }, 180_000)

  it('does not replace a non-empty MongoDB database without --force', async () => {
    const instance = { dataDir: path.join(work, 'again'), databaseUri: targetUri }
    await expect(restoreBackup({ instance, archive })).rejects.toThrow(RestoreRefused)
    await expect(restoreBackup({ instance, archive })).rejects.toThrow(/not empty/)
    await restoreBackup({ instance, archive, force: true })
    expect(await documentsOf(targetUri)).toEqual(await documentsOf(sourceUri))
  }, 180_000)
})
