/**
 * Issue 13: a reader (a backup, a second process, the site build) never makes an editor's write
 * fail, and neither does a second writer for a moment. Before, the database ran in rollback-journal
 * mode without a busy timeout: `sqlite3 .backup` made CMS writes fail with "database is locked".
 * Real Payload on a real SQLite file; the other side is a second connection to the same file.
 */
import type { Payload } from 'payload'

import { createClient, type Client } from '@libsql/client'
import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { angeboteSlug } from '@familienrathaus/content-schemas'

import { sqliteSettings } from '../src/db.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let file = ''
let other: Client
let handlungsfeld: number

const createAngebot = (title: string) =>
  payload.create({
    collection: angeboteSlug,
    data: { title, summary: 'Ein Angebot für Familien.', kind: 'beratung', handlungsfelder: [handlungsfeld], _status: 'published' },
    overrideAccess: true,
  })

beforeAll(async () => {
  let dataDir: string
  ;({ payload, stop, dataDir } = await startTestPayload())
  file = path.join(dataDir, 'test.db')
  other = createClient({ url: `file:${file}` })
  handlungsfeld = (
    await payload.create({ collection: 'handlungsfelder', data: { title: 'Bildung', summary: 'Lernen.', order: 1 }, overrideAccess: true })
  ).id as number
  // A first write, so that the CMS has handed at least one connection to a transaction already.
  await createAngebot('Erstes Angebot')
})
afterAll(async () => {
  other?.close()
  await stop?.()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('SQLite under a second process', () => {
  it('runs in WAL mode, and the CMS connection waits for a lock and syncs each commit', async () => {
    expect((await other.execute('PRAGMA journal_mode')).rows[0]).toMatchObject({ journal_mode: 'wal' })
    const own = (payload.db as unknown as { client: Client }).client
    for (let round = 0; round < 3; round++) {
      await createAngebot(`Runde ${round}`)
      expect((await own.execute('PRAGMA busy_timeout')).rows[0]).toMatchObject({ timeout: sqliteSettings.busyTimeoutMs })
      expect((await own.execute('PRAGMA synchronous')).rows[0]).toMatchObject({ synchronous: 2 })
    }
  })

  it('keeps writing while a reader holds a long read transaction (as a backup or the site build does)', async () => {
    const reader = await other.transaction('read')
    await reader.execute(`SELECT count(*) FROM ${angeboteSlug}`)
    const writes = Array.from({ length: 10 }, (_, index) => createAngebot(`Während des Lesens ${index}`))
    const results = await Promise.allSettled(writes)
    await reader.commit()
    expect(results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason))).toEqual(
      [],
    )
  })

  it('waits for a second writer (another process) that holds the lock for a moment instead of failing', async () => {
    // Another process, as a restore or `npm run seed` would be: in this process the wait for the lock
    // would block the very event loop that has to release it.
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient } from '@libsql/client'
         const client = createClient({ url: process.argv[1] })
         const writer = await client.transaction('write')
         await writer.execute('UPDATE ${angeboteSlug} SET updated_at = updated_at WHERE id = (SELECT min(id) FROM ${angeboteSlug})')
         console.log('locked')
         await new Promise((resolve) => setTimeout(resolve, 1500))
         await writer.commit()
         console.log('released')`,
        `file:${file}`,
      ],
      { cwd: path.join(import.meta.dirname, '..'), stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let output = ''
    holder.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    while (!output.includes('locked')) {
      if (holder.exitCode !== null) throw new Error(`the lock holder ended early: ${output}`)
      await sleep(20)
    }
    const started = Date.now()
    await expect(createAngebot('Während eines anderen Schreibers')).resolves.toMatchObject({ title: 'Während eines anderen Schreibers' })
    expect(Date.now() - started).toBeGreaterThan(500)
    if (holder.exitCode === null) await new Promise((resolve) => holder.once('exit', resolve))
    expect(output).toContain('released')
  })

  it('takes a consistent snapshot while editors write, and every write succeeds', async () => {
    const snapshot = path.join(path.dirname(file), 'snapshot.db')
    const writes = Array.from({ length: 10 }, (_, index) => createAngebot(`Während der Sicherung ${index}`))
    await other.execute({ sql: 'VACUUM INTO ?', args: [snapshot] })
    const results = await Promise.allSettled(writes)
    expect(results.filter((result) => result.status === 'rejected').map((result) => String((result as PromiseRejectedResult).reason))).toEqual(
      [],
    )
    const copy = createClient({ url: `file:${snapshot}` })
    try {
      expect((await copy.execute('PRAGMA integrity_check')).rows[0]).toMatchObject({ integrity_check: 'ok' })
    } finally {
      copy.close()
    }
  })
})
