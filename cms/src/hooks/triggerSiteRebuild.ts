import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { requestSiteRebuild } from '../lib/siteRebuild.ts'

type Versioned = { _status?: string | null; slug?: string | null } | null | undefined

const isPublished = (doc: Versioned) => doc?._status === 'published'
const hasDrafts = (collection: { versions?: unknown }) => Boolean((collection.versions as { drafts?: unknown } | undefined)?.drafts)

/**
 * The site shows published documents only, so it must be rebuilt when a document enters,
 * changes inside, or leaves the published state; documents without drafts (media) are always
 * live. Seeds and migrations set
 * `context.disableRevalidate` and rebuild once at the end instead.
 */
export const triggerSiteRebuild: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  if (!hasDrafts(collection) || isPublished(doc) || isPublished(previousDoc)) {
    await requestSiteRebuild({ reason: `${collection.slug}/${doc.slug ?? doc.id} changed` })
  }
  return doc
}

export const triggerSiteRebuildOnDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (req.context.disableRevalidate) return doc
  if (!hasDrafts(collection) || isPublished(doc)) await requestSiteRebuild({ reason: `${collection.slug}/${doc.slug ?? doc.id} deleted` })
  return doc
}

/** Globals have no drafts here: every saved change is live and rebuilds the site. */
export const triggerGlobalRebuild: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (req.context.disableRevalidate) return doc
  await requestSiteRebuild({ reason: `${global.slug} changed` })
  return doc
}
