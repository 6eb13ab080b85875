import { describe, expect, it } from 'vitest'

import { ContentLoadError, fetchPublished, parseDocument } from '../src/loaders/payload.ts'

function fakeCms(total: number, pageSize = 100) {
  const requests: URL[] = []
  const fetchImpl = (async (input: URL | RequestInfo) => {
    const url = new URL(String(input))
    requests.push(url)
    const page = Number(url.searchParams.get('page'))
    const docs = Array.from({ length: total }, (_, i) => ({ id: i + 1, _status: 'published' })).slice((page - 1) * pageSize, page * pageSize)
    return new Response(JSON.stringify({ docs, page, hasNextPage: page * pageSize < total }), { status: 200 })
  }) as typeof fetch
  return { fetchImpl, requests }
}

describe('fetchPublished', () => {
  it('follows every page and asks for published documents in German only', async () => {
    const { fetchImpl, requests } = fakeCms(250)
    const docs = await fetchPublished({ cmsUrl: 'http://cms.test', collection: 'angebote', fetchImpl })
    expect(docs).toHaveLength(250)
    expect(requests).toHaveLength(3)
    const first = requests[0]!
    expect(first.pathname).toBe('/api/angebote')
    expect(first.searchParams.get('where[_status][equals]')).toBe('published')
    expect(first.searchParams.get('locale')).toBe('de')
    expect(first.searchParams.get('depth')).toBe('0')
    expect(first.searchParams.get('limit')).toBe('100')
  })

  it('names the CMS address when it cannot be reached', async () => {
    const fetchImpl = (async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } })
    }) as typeof fetch
    await expect(fetchPublished({ cmsUrl: 'http://127.0.0.1:9', collection: 'kontakte', fetchImpl })).rejects.toThrow(
      'Cannot reach the CMS at http://127.0.0.1:9 (ECONNREFUSED)',
    )
  })

  it('reports an HTTP error with the path', async () => {
    const fetchImpl = (async () => new Response('nope', { status: 500 })) as typeof fetch
    await expect(fetchPublished({ cmsUrl: 'http://cms.test', collection: 'kontakte', fetchImpl })).rejects.toThrow(
      /HTTP 500 for \/api\/kontakte/,
    )
  })
})

describe('parseDocument', () => {
  it('throws one line naming the document and the broken fields', () => {
    const broken = {
      id: 3,
      title: 'Familienbüro',
      slug: 'familienbuero',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      kind: 'dienststelle',
      street: 'Theodor-Heuss-Platz 12',
      postalCode: 'Hamm',
      city: 'Hamm',
    }
    expect(() => parseDocument('kontakte', broken)).toThrow(ContentLoadError)
    expect(() => parseDocument('kontakte', broken)).toThrow(
      'Content document kontakte/familienbuero fails its schema: postalCode: must be a five-digit German postal code',
    )
  })
})
