import type { CollectionAfterChangeHook } from 'payload'

import { changedContentFields } from '../lib/contentChanges.ts'

/** A double click, not a second tab opened later: only drafts this young can be the other half of it. */
const doubleClickMs = 5_000

/**
 * The admin saves an empty draft as soon as its create view opens (autosave), so a double click on
 * „Neu erstellen“ made two. When a person's new empty draft is created, that person's other drafts
 * of the same few seconds that hold nothing at all and were never saved again go: one draft per
 * click. A draft with anything typed into it is work and is never touched.
 */
export const dropDuplicateEmptyDrafts: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  const record = doc as Record<string, unknown> & { id: number | string; _status?: unknown }
  if (operation !== 'create' || !req.user || record._status !== 'draft' || record.title) return doc
  // As blank as this new draft (the defaults a create fills in included): nothing typed.
  // Joins (other documents pointing here) are not this draft's content.
  const joins = new Set(collection.flattenedFields.filter((field) => field.type === 'join').map((field) => field.name))
  const content = (other: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(other).filter(([key]) => key in record && !joins.has(key)))
  const blank = (other: Record<string, unknown>) =>
    changedContentFields(content(other), content(record)).filter((key) => key !== 'slug').length === 0
  const neverSavedAgain = (other: Record<string, unknown>) =>
    Math.abs(Date.parse(String(other.updatedAt)) - Date.parse(String(other.createdAt))) < 1000
  const since = new Date(Date.now() - doubleClickMs).toISOString()
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
        { lastModifiedBy: { equals: req.user.id } },
        { createdAt: { greater_than: since } },
        { _status: { equals: 'draft' } },
      ],
    },
  })
  for (const other of docs as unknown as (Record<string, unknown> & { id: number | string })[]) {
    if (!neverSavedAgain(other) || !blank(other)) continue
    await req.payload.delete({ collection: collection.slug, id: other.id, overrideAccess: true, req })
  }
  return doc
}
