/**
 * Which media the site publishes: only those the built content uses (issue 10, point 3). The
 * whole path against a real CMS is in tests/integration/publishedMedia.test.ts; here the parts in detail.
 */
import { afterEach, describe, expect, it } from 'vitest'

import { mediaIdsIn, mediaReferenceFields } from '@familienrathaus/content-schemas'
import { usedMediaIds } from '../src/loaders/payload.ts'

const richText = (...children: unknown[]) => ({ root: { type: 'root', children } })
const uploadNode = (value: unknown, relationTo = 'media') => ({ type: 'upload', relationTo, value })

describe('mediaIdsIn', () => {
  it('finds upload fields, lists of them, rows of arrays and upload nodes anywhere in rich text', () => {
    const doc = {
      image: 7,
      images: [8, { id: 9, filename: 'bild.png' }],
      videos: [{ video: 10, title: 'A' }, { video: null }],
      body: richText(
        { type: 'paragraph', children: [{ type: 'text', text: 'x' }] },
        { type: 'list', children: [{ type: 'listitem', children: [uploadNode(11)] }] },
        uploadNode({ id: 12 }),
      ),
    }
    expect([...mediaIdsIn(doc, ['image', 'images', 'videos.video', 'body'])].sort()).toEqual(['10', '11', '12', '7', '8', '9'])
  })

  it('ignores fields not asked for, empty values and uploads of other collections', () => {
    const doc = { image: null, poster: undefined, handlungsfelder: [3], body: richText(uploadNode(5, 'other')) }
    expect([...mediaIdsIn(doc, ['image', 'poster', 'body'])]).toEqual([])
  })
})

describe('usedMediaIds', () => {
  const saved = process.env.CMS_DRAFTS
  afterEach(() => {
    if (saved === undefined) delete process.env.CMS_DRAFTS
    else process.env.CMS_DRAFTS = saved
  })

  function fakeCms() {
    const requests: URL[] = []
    const fetchImpl = (async (input: URL | RequestInfo) => {
      const url = new URL(String(input))
      requests.push(url)
      const body = url.pathname.startsWith('/api/globals/')
        ? url.pathname.endsWith('/gebaerdensprache')
          ? { videos: [{ video: 40 }] }
          : {}
        : {
            docs: url.pathname === '/api/handlungsfelder' ? [{ id: 1, image: url.searchParams.get('draft') ? 21 : 20 }] : [],
            page: 1,
            hasNextPage: false,
          }
      return new Response(JSON.stringify(body), { status: 200 })
    }) as typeof fetch
    return { fetchImpl, requests }
  }

  it('reads only the published documents, only the fields that can refer to uploads', async () => {
    delete process.env.CMS_DRAFTS
    const { fetchImpl, requests } = fakeCms()
    expect([...(await usedMediaIds({ cmsUrl: 'http://cms.test', fetchImpl }))].sort()).toEqual(['20', '40'])
    const felder = requests.find((url) => url.pathname === '/api/handlungsfelder')!
    expect(felder.searchParams.get('where[_status][equals]')).toBe('published')
    expect(felder.searchParams.get('draft')).toBeNull()
    expect([...felder.searchParams.keys()].filter((key) => key.startsWith('select[')).sort()).toEqual(['select[body]', 'select[image]'])
    // Collections and globals without such fields are not read at all.
    expect(requests.map((url) => url.pathname)).not.toContain('/api/kontakte')
    expect(requests.map((url) => url.pathname)).not.toContain('/api/globals/navigation')
    const read = new Set(requests.map((url) => url.pathname.replace(/^\/api\/(globals\/)?/, '')))
    const withFields = (lists: Record<string, readonly string[]>) => Object.keys(lists).filter((slug) => lists[slug]!.length > 0)
    expect([...read].sort()).toEqual([...withFields(mediaReferenceFields.collections), ...withFields(mediaReferenceFields.globals)].sort())
  })

  it('adds what the drafts use in a preview build', async () => {
    process.env.CMS_DRAFTS = '1'
    const { fetchImpl } = fakeCms()
    expect([...(await usedMediaIds({ cmsUrl: 'http://cms.test', fetchImpl }))].sort()).toEqual(['20', '21', '40'])
  })
})
