/**
 * Issue 18: reading the CMS grew quadratically with the catalogue. Payload reads a document's
 * translations (`…_locales`) by `_parent_id`, but the only index there was `(_locale, _parent_id)`:
 * each document of a page scanned the whole table, and SQLite computes those columns for every
 * matching row before sorting, so a REST page of 100 Angebote took 9 s at 10,000 offers whatever
 * its number. Checked on the migrated schema itself, for every translations table.
 */
import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let db: Client

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  db = (payload.db as unknown as { client: Client }).client
})
afterAll(async () => {
  await stop?.()
})

describe('the SQLite schema', () => {
  it('indexes every translations table by its document, so that reading a page costs the page, not the catalogue', async () => {
    const tables = (await db.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'`)).rows.map(
      (row) => String(row.name),
    )
    expect(tables).toContain('angebote_locales')
    const unindexed: string[] = []
    for (const table of tables) {
      const indexes = (await db.execute(`PRAGMA index_list("${table}")`)).rows.map((row) => String(row.name))
      const leadingColumns = await Promise.all(
        indexes.map(async (index) =>
          String((await db.execute(`PRAGMA index_info("${index}")`)).rows.find((row) => Number(row.seqno) === 0)?.name),
        ),
      )
      if (!leadingColumns.includes('_parent_id')) unindexed.push(table)
    }
    expect(unindexed).toEqual([])
  })

  it('reads an Angebot’s translations through that index, as Payload asks for them', async () => {
    const plan = await db.execute(
      `EXPLAIN QUERY PLAN SELECT id, (SELECT json_group_array(json_array(_locale, title)) FROM angebote_locales l WHERE l._parent_id = a.id)
       FROM angebote a WHERE _status = 'published' ORDER BY id LIMIT 100`,
    )
    const steps = plan.rows.map((row) => String(row.detail))
    expect(steps.some((step) => /SEARCH l USING INDEX angebote_locales_parent_id_idx/.test(step))).toBe(true)
    expect(steps.some((step) => /^SCAN l\b/.test(step))).toBe(false)
  })
})
