import { createHash } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  openSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient, type Client } from '@libsql/client'
import { databaseKind } from '@familienrathaus/cms/db'
import { BSON, MongoClient, type Document } from 'mongodb'
import * as tar from 'tar'

/**
 * One archive holds everything needed to rebuild an instance: the database (SQLite: a consistent
 * snapshot taken beside the running CMS; MongoDB: every collection as Extended JSON), the uploaded
 * media files, the generated secret, and a manifest with a row count and a content hash per table
 * or collection (versions, users and globals included) and a hash per media file.
 */
export type Manifest = {
  format: 'familienrathaus-backup'
  version: 1
  createdAt: string
  database: { kind: 'sqlite' | 'mongodb'; tables: Record<string, TableDigest> }
  media: Record<string, { bytes: number; sha256: string }>
  /** Media documents whose file was gone when the files were copied (deleted while the backup ran). */
  missingMedia: string[]
}
type TableDigest = { rows: number; sha256: string }

const databaseFile = 'database.sqlite'
const mongoFolder = 'mongodb'
const mediaFolder = 'media'
const secretFile = 'payload-secret'

export type Instance = {
  /** The data folder (DATA_DIR): media, the secret and, for SQLite, usually the database file. */
  dataDir: string
  /** DATABASE_URI: `file:…` for SQLite, `mongodb://…` for MongoDB. */
  databaseUri: string
}

const isMongo = (uri: string) => databaseKind(uri) === 'mongodb'
const sqlitePath = (uri: string) => path.resolve(uri.replace(/^file:/, ''))

/** A JSON form of a value that any SQLite value survives (bigints, blobs). */
const plainValue = (value: unknown): unknown =>
  typeof value === 'bigint' ? `${value}n` : value instanceof ArrayBuffer ? Buffer.from(value).toString('base64') : value

async function sqliteDigest(file: string): Promise<Record<string, TableDigest>> {
  const client = createClient({ url: `file:${file}` })
  try {
    const tables = (
      await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    ).rows.map((row) => String(row.name))
    const digest: Record<string, TableDigest> = {}
    for (const table of tables) {
      const hash = createHash('sha256')
      const { rows, columns } = await client.execute(`SELECT * FROM "${table.replaceAll('"', '""')}" ORDER BY rowid`)
      hash.update(JSON.stringify(columns))
      for (const row of rows) hash.update(JSON.stringify(columns.map((_, index) => plainValue(row[index]))))
      digest[table] = { rows: rows.length, sha256: hash.digest('hex') }
    }
    return digest
  } finally {
    client.close()
  }
}

async function mongoDigest(folder: string): Promise<Record<string, TableDigest>> {
  const digest: Record<string, TableDigest> = {}
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const text = readFileSync(path.join(folder, name), 'utf8')
    const documents = JSON.parse(text) as unknown[]
    digest[name.replace(/\.json$/, '')] = { rows: documents.length, sha256: createHash('sha256').update(text).digest('hex') }
  }
  return digest
}

function filesDigest(folder: string): Manifest['media'] {
  const files: Manifest['media'] = {}
  const walk = (dir: string) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.isFile()) {
        const content = readFileSync(full)
        files[path.relative(folder, full).split(path.sep).join('/')] = {
          bytes: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
        }
      }
    }
  }
  walk(folder)
  return files
}

/** Every collection of the MongoDB database as Extended JSON, in `_id` order, one file each. */
async function exportMongo(uri: string, folder: string) {
  const client = await MongoClient.connect(uri)
  try {
    const database = client.db()
    mkdirSync(folder, { recursive: true })
    for (const { name } of await database.listCollections({}, { nameOnly: true }).toArray()) {
      if (name.startsWith('system.')) continue
      const documents = await database.collection(name).find({}).sort({ _id: 1 }).toArray()
      writeFileSync(path.join(folder, `${name}.json`), BSON.EJSON.stringify(documents, { relaxed: false }))
    }
  } finally {
    await client.close()
  }
}

async function importMongo(uri: string, folder: string) {
  const client = await MongoClient.connect(uri)
  try {
    const database = client.db()
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.json'))) {
      const collection = database.collection(name.replace(/\.json$/, ''))
      await collection.deleteMany({})
      const documents = BSON.EJSON.parse(readFileSync(path.join(folder, name), 'utf8'), { relaxed: false }) as Document[]
      if (documents.length) await collection.insertMany(documents)
      else await database.createCollection(collection.collectionName).catch(() => undefined)
    }
  } finally {
    await client.close()
  }
}

/** The media documents' file names that have no file in `folder`. */
async function missingMediaFiles(snapshot: string, folder: string): Promise<string[]> {
  const client = createClient({ url: `file:${snapshot}` })
  try {
    const exists = (await client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'media'")).rows.length > 0
    if (!exists) return []
    const names = (await client.execute('SELECT filename FROM media WHERE filename IS NOT NULL')).rows.map((row) => String(row.filename))
    return names.filter((name) => !existsSync(path.join(folder, name))).sort()
  } finally {
    client.close()
  }
}

/**
 * Writes one archive (`.tar.gz`) of a running or stopped instance. SQLite is copied with
 * `VACUUM INTO`, a read transaction: consistent, and in WAL mode it never blocks the CMS's writes.
 */
export async function createBackup({ instance, archive }: { instance: Instance; archive: string }): Promise<Manifest> {
  const staging = mkdtempSync(path.join(path.dirname(path.resolve(archive)), '.backup-'))
  try {
    const kind = databaseKind(instance.databaseUri)
    let tables: Manifest['database']['tables']
    if (kind === 'mongodb') {
      await exportMongo(instance.databaseUri, path.join(staging, mongoFolder))
      tables = await mongoDigest(path.join(staging, mongoFolder))
    } else {
      const snapshot = path.join(staging, databaseFile)
      // libsql would create a missing file: a mistyped DATABASE_URI must not give an empty "backup".
      if (!existsSync(sqlitePath(instance.databaseUri)))
        throw new Error(`there is no database at ${sqlitePath(instance.databaseUri)} (DATABASE_URI)`)
      const live: Client = createClient({ url: `file:${sqlitePath(instance.databaseUri)}` })
      try {
        await live.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
      } finally {
        live.close()
      }
      tables = await sqliteDigest(snapshot)
      if (Object.keys(tables).length === 0) throw new Error(`the database at ${sqlitePath(instance.databaseUri)} has no tables`)
    }
    // Files after the database: a file uploaded meanwhile is extra, a file deleted meanwhile is noted (SQLite).
    copyMedia(path.join(instance.dataDir, mediaFolder), path.join(staging, mediaFolder))
    const missingMedia = kind === 'sqlite' ? await missingMediaFiles(path.join(staging, databaseFile), path.join(staging, mediaFolder)) : []
    const secret = path.join(instance.dataDir, secretFile)
    if (existsSync(secret)) copyFileSync(secret, path.join(staging, secretFile))
    const manifest: Manifest = {
      format: 'familienrathaus-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      database: { kind, tables },
      media: filesDigest(path.join(staging, mediaFolder)),
      missingMedia,
    }
    writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    const partial = `${archive}.part`
    try {
      // The archive holds the password hashes and the secret: for its owner only, from its first byte.
      // Created empty with its mode first: tar truncates and fills it, the mode stays.
      closeSync(openSync(partial, 'w', 0o600))
      await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, readdirSync(staging).sort())
      renameSync(partial, archive)
    } finally {
      rmSync(partial, { force: true })
    }
    return manifest
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

function copyMedia(from: string, to: string) {
  mkdirSync(to, { recursive: true })
  if (existsSync(from)) cpSync(from, to, { recursive: true })
}

export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefused'
  }
}

/** Whether `npm start` runs on this data folder (it writes its process id there while it runs). */
export function runningInstancePid(dataDir: string): number | undefined {
  const file = path.join(dataDir, startPidFile)
  if (!existsSync(file)) return undefined
  const pid = Number(readFileSync(file, 'utf8').trim())
  if (!Number.isInteger(pid) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}
export const startPidFile = 'npm-start.pid'

/** Where the manifest and what was restored disagree, one line each (none: identical). */
export function manifestDifferences(expected: Manifest, actual: Pick<Manifest, 'database' | 'media'>): string[] {
  const lines: string[] = []
  const compare = (what: string, left: Record<string, unknown>, right: Record<string, unknown>) => {
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      if (JSON.stringify(left[key]) !== JSON.stringify(right[key]))
        lines.push(`${what} ${key}: expected ${JSON.stringify(left[key])}, found ${JSON.stringify(right[key])}`)
    }
  }
  compare('table', expected.database.tables, actual.database.tables)
  compare('media file', expected.media, actual.media)
  return lines
}

/**
 * Restores an archive into an instance's data folder (and, for MongoDB, its database). Refuses a
 * running instance unless `force`; checks the archive against its manifest before anything is
 * replaced; what it replaces is kept beside it (`….before-restore-<time>`), so nothing is lost;
 * afterwards it checks what was restored against the manifest again.
 */
export async function restoreBackup({ instance, archive, force = false }: { instance: Instance; archive: string; force?: boolean }) {
  const running = runningInstancePid(instance.dataDir)
  if (running && !force) {
    throw new RestoreRefused(
      `npm start is running on ${instance.dataDir} (process ${running}): stop it first, or restore anyway with --force and restart it.`,
    )
  }
  mkdirSync(instance.dataDir, { recursive: true })
  const staging = mkdtempSync(path.join(instance.dataDir, '.restore-'))
  try {
    // Only what a backup writes, only files and folders: no links, nothing outside the staging folder.
    await tar.extract({
      file: archive,
      cwd: staging,
      strict: true,
      filter: (entryPath, entry) =>
        ('type' in entry ? entry.type === 'File' || entry.type === 'Directory' : true) &&
        !entryPath.split('/').includes('..') &&
        /^(manifest\.json|payload-secret|database\.sqlite|media(\/.*)?|mongodb(\/[^/]+\.json)?)\/?$/.test(entryPath),
    })
    const manifest = JSON.parse(readFileSync(path.join(staging, 'manifest.json'), 'utf8')) as Manifest
    if (manifest.format !== 'familienrathaus-backup' || manifest.version !== 1)
      throw new RestoreRefused(`${archive} is no backup of this portal (format ${manifest.format} ${manifest.version}).`)
    if (manifest.database.kind !== databaseKind(instance.databaseUri)) {
      throw new RestoreRefused(
        `${archive} holds a ${manifest.database.kind} database, but DATABASE_URI names ${isMongo(instance.databaseUri) ? 'MongoDB' : 'SQLite'}.`,
      )
    }
    const inArchive = {
      database: {
        kind: manifest.database.kind,
        tables:
          manifest.database.kind === 'mongodb'
            ? await mongoDigest(path.join(staging, mongoFolder))
            : await sqliteDigest(path.join(staging, databaseFile)),
      },
      media: filesDigest(path.join(staging, mediaFolder)),
    }
    const damaged = manifestDifferences(manifest, inArchive)
    if (damaged.length) throw new RestoreRefused(`${archive} does not match its manifest, nothing was changed:\n  ${damaged.join('\n  ')}`)

    const stamp = new Date().toISOString().replace(/[:.]/g, '-')
    const keepAside = (file: string, as = `${file}.before-restore-${stamp}`) => {
      if (existsSync(file)) renameSync(file, as)
    }
    if (manifest.database.kind === 'mongodb') {
      // MongoDB's documents are replaced in place, not kept beside: only into an empty database, or with --force.
      if (!force && (await mongoHasDocuments(instance.databaseUri))) {
        throw new RestoreRefused(
          `the MongoDB database of DATABASE_URI is not empty, and a restore replaces it without keeping it: use an empty database, or --force.`,
        )
      }
      await importMongo(instance.databaseUri, path.join(staging, mongoFolder))
    } else {
      const target = sqlitePath(instance.databaseUri)
      mkdirSync(path.dirname(target), { recursive: true })
      // The WAL and its index keep their pairing with the database (x.db-T, x.db-T-wal): SQLite opens them together.
      const kept = `${target}.before-restore-${stamp}`
      keepAside(target, kept)
      keepAside(`${target}-wal`, `${kept}-wal`)
      keepAside(`${target}-shm`, `${kept}-shm`)
      renameSync(path.join(staging, databaseFile), target)
    }
    const media = path.join(instance.dataDir, mediaFolder)
    keepAside(media)
    renameSync(path.join(staging, mediaFolder), media)
    if (existsSync(path.join(staging, secretFile))) {
      keepAside(path.join(instance.dataDir, secretFile))
      renameSync(path.join(staging, secretFile), path.join(instance.dataDir, secretFile))
      chmodSync(path.join(instance.dataDir, secretFile), 0o600)
    }

    const restored = {
      database: {
        kind: manifest.database.kind,
        tables:
          manifest.database.kind === 'mongodb'
            ? pick(await mongoDigestOfDatabase(instance.databaseUri), Object.keys(manifest.database.tables))
            : await sqliteDigest(sqlitePath(instance.databaseUri)),
      },
      media: filesDigest(media),
    }
    const differences = manifestDifferences(manifest, restored)
    if (differences.length) throw new Error(`The restored instance does not match the manifest:\n  ${differences.join('\n  ')}`)
    return { manifest, tables: Object.keys(manifest.database.tables).length, mediaFiles: Object.keys(manifest.media).length }
  } finally {
    rmSync(staging, { recursive: true, force: true })
  }
}

const pick = <T>(record: Record<string, T>, keys: string[]) =>
  Object.fromEntries(keys.filter((key) => key in record).map((key) => [key, record[key]!]))

async function mongoHasDocuments(uri: string): Promise<boolean> {
  const client = await MongoClient.connect(uri)
  try {
    const database = client.db()
    for (const { name } of await database.listCollections({}, { nameOnly: true }).toArray()) {
      if (!name.startsWith('system.') && (await database.collection(name).estimatedDocumentCount()) > 0) return true
    }
    return false
  } finally {
    await client.close()
  }
}

/** The restored MongoDB database, digested as a backup of it would be. */
async function mongoDigestOfDatabase(uri: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'fp-mongo-check-'))
  try {
    await exportMongo(uri, folder)
    return await mongoDigest(folder)
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Keeps the newest `keep` nightly archives in `folder` and removes older nightly ones; archives made by hand stay. */
export function pruneBackups(folder: string, keep: number): string[] {
  const archives = readdirSync(folder)
    .filter((name) => /^familienrathaus-nightly-.*\.tar\.gz$/.test(name))
    .sort()
  const removed = archives.slice(0, Math.max(0, archives.length - keep))
  for (const name of removed) rmSync(path.join(folder, name))
  return removed
}

/** The name of a new archive: sortable by time. */
export const backupName = (now = new Date(), kind: 'nightly' | 'manual' = 'manual') =>
  `familienrathaus-${kind === 'nightly' ? 'nightly-' : ''}${now.toISOString().replace(/[:.]/g, '-')}.tar.gz`
