/**
 * After publishing, the admin says when the change is live and links to the page, or why the build
 * failed (issue 16: the admin said only „Erfolgreich aktualisiert“). It reads the site builder's
 * status through GET /api/site-status, for editors only.
 */
import type { Payload } from 'payload'

import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { liveState } from '../src/lib/liveState.ts'
import { apiClient } from './apiClient.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let dataDir: string
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  ;({ payload, stop, dataDir } = await startTestPayload())
  api = apiClient(Promise.resolve(payload.config))
  await payload.create({
    collection: 'users',
    data: { email: 'redaktion@status.invalid', password: 'Ein-langes-Passwort-2026', roles: ['redaktion'] } as never,
  })
})
afterAll(async () => {
  await stop?.()
})

describe('GET /api/site-status', () => {
  it('tells editors the site builder’s state and the site’s address, and nobody else', async () => {
    mkdirSync(path.join(dataDir, 'site'), { recursive: true })
    writeFileSync(path.join(dataDir, 'site', 'status.json'), JSON.stringify({ state: 'ok', lastSuccessAt: '2026-12-05T10:00:00.000Z' }))
    expect((await api.rest('GET', '/site-status')).status).toBe(401)
    const token = await api.login('redaktion@status.invalid', 'Ein-langes-Passwort-2026')
    const { status, json } = await api.rest('GET', '/site-status', { token })
    expect(status).toBe(200)
    expect(json).toMatchObject({ state: 'ok', lastSuccessAt: '2026-12-05T10:00:00.000Z', siteUrl: expect.stringMatching(/^http/) })
  })
})

describe('what the admin says about a published change', () => {
  const saved = '2026-12-05T10:00:00.000Z'
  it('live once a build finished after the save, with the page’s address', () => {
    expect(
      liveState(
        { status: 'published', updatedAt: saved, slug: 'kita-platz' },
        { state: 'ok', lastSuccessAt: '2026-12-05T10:00:20.000Z' },
        'https://familie.hamm.de',
      ),
    ).toEqual({
      kind: 'live',
      since: '2026-12-05T10:00:20.000Z',
      href: 'https://familie.hamm.de/angebote/kita-platz/',
    })
  })
  it('on its way while the build runs or has not yet taken the change', () => {
    expect(
      liveState(
        { status: 'published', updatedAt: saved, slug: 'x' },
        { state: 'building', lastSuccessAt: '2026-12-05T09:00:00.000Z' },
        'http://s',
      ).kind,
    ).toBe('pending')
    expect(
      liveState({ status: 'published', updatedAt: saved, slug: 'x' }, { state: 'ok', lastSuccessAt: '2026-12-05T09:59:00.000Z' }, 'http://s')
        .kind,
    ).toBe('pending')
  })
  it('failed, with the reason, when the build after the save failed; the old page stays', () => {
    expect(
      liveState(
        { status: 'published', updatedAt: saved, slug: 'x' },
        { state: 'failed', lastError: 'Titel fehlt', lastErrorAt: '2026-12-05T10:00:30.000Z', lastSuccessAt: '2026-12-05T09:00:00.000Z' },
        'http://s',
      ),
    ).toEqual({ kind: 'failed', reason: 'Titel fehlt', at: '2026-12-05T10:00:30.000Z' })
  })
  it('nothing to say for a draft', () => {
    expect(liveState({ status: 'draft', updatedAt: saved, slug: 'x' }, { state: 'ok', lastSuccessAt: saved }, 'http://s').kind).toBe('draft')
  })
})
