import type { CollectionAfterChangeHook } from 'payload'

/**
 * The admin saves an empty draft as soon as its create view opens (autosave), so a double click on
 * „Neu erstellen“ made two. When a person's new empty draft is created, that person's other empty,
 * untitled drafts of the last minute go: one draft per click, and no litter of „Ohne Titel“.
 */
export const dropDuplicateEmptyDrafts: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const record = doc as { id: number | string; title?: unknown; _status?: unknown }
  if (operation !== 'create' || !req.user || record.title || record._status !== 'draft') return doc
  const since = new Date(Date.now() - 60_000).toISOString()
  const { docs } = await req.payload.find({
    collection: collection.slug,
    draft: true,
    depth: 0,
    limit: 20,
    overrideAccess: true,
    req,
    where: {
      and: [
        { id: { not_equals: record.id } },
        { or: [{ title: { exists: false } }, { title: { equals: '' } }] },
        { lastModifiedBy: { equals: req.user.id } },
        { createdAt: { greater_than: since } },
        { _status: { equals: 'draft' } },
      ],
    },
  })
  for (const other of docs) await req.payload.delete({ collection: collection.slug, id: other.id, overrideAccess: true, req })
  return doc
}
