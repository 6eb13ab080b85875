import { beforeEach, describe, expect, it, vi } from 'vitest'

vi.mock('../src/lib/siteRebuild.ts', () => ({ requestSiteRebuild: vi.fn(async () => true) }))

const { requestSiteRebuild } = await import('../src/lib/siteRebuild.ts')
const { triggerSiteRebuild, triggerSiteRebuildOnDelete } = await import('../src/hooks/triggerSiteRebuild.ts')

type HookArgs = Parameters<typeof triggerSiteRebuild>[0]
type DeleteArgs = Parameters<typeof triggerSiteRebuildOnDelete>[0]

const change = (doc: object, previousDoc: object, context: Record<string, unknown> = {}) =>
  ({
    collection: { slug: 'angebote', versions: { drafts: true } },
    doc,
    previousDoc,
    req: { context },
    operation: 'update',
  }) as unknown as HookArgs

describe('triggerSiteRebuild', () => {
  beforeEach(() => vi.mocked(requestSiteRebuild).mockClear())

  it('rebuilds when a document is published', async () => {
    const doc = { id: 1, slug: 'kindergeld', _status: 'published' }
    expect(await triggerSiteRebuild(change(doc, { _status: 'draft' }))).toBe(doc)
    expect(requestSiteRebuild).toHaveBeenCalledWith({ reason: 'angebote/kindergeld changed' })
  })

  it('rebuilds when a published document changes or is unpublished', async () => {
    await triggerSiteRebuild(change({ slug: 'a', _status: 'published' }, { _status: 'published' }))
    await triggerSiteRebuild(change({ slug: 'a', _status: 'draft' }, { _status: 'published' }))
    expect(requestSiteRebuild).toHaveBeenCalledTimes(2)
  })

  it('does not rebuild for a draft of a never-published document', async () => {
    await triggerSiteRebuild(change({ slug: 'a', _status: 'draft' }, { _status: 'draft' }))
    await triggerSiteRebuild(change({ slug: 'a', _status: 'draft' }, {}))
    expect(requestSiteRebuild).not.toHaveBeenCalled()
  })

  it('honours context.disableRevalidate (seed, migrations)', async () => {
    await triggerSiteRebuild(change({ slug: 'a', _status: 'published' }, {}, { disableRevalidate: true }))
    expect(requestSiteRebuild).not.toHaveBeenCalled()
  })

  it('always rebuilds for collections without drafts (media)', async () => {
    const args = { collection: { slug: 'media' }, doc: { id: 3 }, previousDoc: {}, req: { context: {} } }
    await triggerSiteRebuild(args as unknown as HookArgs)
    expect(requestSiteRebuild).toHaveBeenCalledWith({ reason: 'media/3 changed' })
  })

  it('rebuilds when a published document is deleted', async () => {
    const args = {
      collection: { slug: 'kontakte', versions: { drafts: true } },
      doc: { id: 2, slug: 'familienbuero', _status: 'published' },
      req: { context: {} },
    }
    await triggerSiteRebuildOnDelete(args as unknown as DeleteArgs)
    expect(requestSiteRebuild).toHaveBeenCalledWith({ reason: 'kontakte/familienbuero deleted' })
  })
})
