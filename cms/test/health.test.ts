/** Issue 13: a health endpoint that a load balancer or monitoring can poll. */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { apiClient } from './apiClient.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  api = apiClient(Promise.resolve(payload.config))
})
afterAll(async () => {
  await stop?.()
})

describe('GET /api/health', () => {
  it('answers 200 for anybody while the database answers', async () => {
    const { status, json } = await api.rest('GET', '/health')
    expect(status).toBe(200)
    expect(json).toMatchObject({ status: 'ok', database: 'ok' })
  })

  it('answers 503 when the database does not', async () => {
    const client = (payload.db as unknown as { client: { execute: (...args: unknown[]) => Promise<unknown> } }).client
    const execute = client.execute
    client.execute = () => Promise.reject(new Error('disk I/O error'))
    try {
      const { status, json } = await api.rest('GET', '/health')
      expect(status).toBe(503)
      expect(json).toEqual({ status: 'unavailable', database: 'unreachable' })
    } finally {
      client.execute = execute
    }
  })
})
