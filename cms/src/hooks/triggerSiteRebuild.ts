import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { requestSiteRebuild } from '../lib/siteRebuild.ts'

type Versioned = { _status?: string | null; slug?: string | null } | null | undefined

const isPublished = (doc: Versioned) => doc?._status === 'published'

/**
 * The site shows published documents only, so it must be rebuilt when a document enters,
 * changes inside, or leaves the published state. Seeds and migrations set
 * `context.disableRevalidate` and rebuild once at the end instead.
 */
export const triggerSiteRebuild: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  if (isPublished(doc) || isPublished(previousDoc)) {
    await requestSiteRebuild({ reason: `${collection.slug}/${doc.slug ?? doc.id} changed` })
  }
  return doc
}

export const triggerSiteRebuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.disableRevalidate) return doc
  if (isPublished(doc)) await requestSiteRebuild({ reason: `${collection.slug}/${doc.slug ?? doc.id} deleted` })
  return doc
}
