import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { databaseKind } from '../src/db.ts'
import { MissingSecretError, resolvePayloadSecret } from '../src/lib/secret.ts'

describe('databaseKind', () => {
  it.each([
    ['mongodb://db.example:27017/familienrathaus', 'mongodb'],
    ['mongodb+srv://cluster.example/familienrathaus', 'mongodb'],
    ['file:/srv/familienrathaus/data/familienrathaus.db', 'sqlite'],
    ['libsql://replica.example', 'sqlite'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })
})

describe('resolvePayloadSecret', () => {
  let dir: string
  const saved = process.env.DATA_DIR
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fp-secret-'))
    process.env.DATA_DIR = dir
  })
  afterEach(() => {
    process.env.DATA_DIR = saved
    rmSync(dir, { recursive: true, force: true })
  })

  it('uses PAYLOAD_SECRET when set', () => {
    expect(resolvePayloadSecret({ PAYLOAD_SECRET: 'from-env', NODE_ENV: 'production' })).toBe('from-env')
  })

  it('refuses to run in production without it, with a clear message', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(MissingSecretError)
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set/)
  })

  it('generates one into the data folder in development and keeps it', () => {
    const first = resolvePayloadSecret({ NODE_ENV: 'development' })
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(path.join(dir, 'payload-secret'), 'utf8').trim()).toBe(first)
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toBe(first)
  })

  it('lets the Next build run without one, writing nothing', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatch(/^[0-9a-f]{64}$/)
    expect(existsSync(path.join(dir, 'payload-secret'))).toBe(false)
  })
})

describe('the Testfamilien help text (issue 10, point 14)', () => {
  it('asks for made-up households, never a real family’s link', async () => {
    const { Angebote } = await import('../src/collections/Angebote.ts')
    const find = (fields: unknown[]): { admin?: { description?: unknown } } | undefined => {
      for (const field of fields as { name?: string; fields?: unknown[]; tabs?: { fields: unknown[] }[] }[]) {
        if (field.name === 'testFamilies') return field as never
        const inner = find([...(field.fields ?? []), ...(field.tabs?.flatMap((tab) => tab.fields) ?? [])])
        if (inner) return inner
      }
      return undefined
    }
    const description = String(find(Angebote.fields)?.admin?.description)
    expect(description).toMatch(/Erfundene/)
    expect(description).toMatch(/Nie den Link oder die Angaben einer echten Familie/)
  })
})
