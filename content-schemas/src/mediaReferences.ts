import type { ContentSlug } from './slugs.ts'
import type { GlobalSlugName } from './globals.ts'

import { mediaSlug } from './slugs.ts'

/**
 * Every field through which content can use an upload, per collection and global, as paths (a
 * dot steps into a group or into each row of an array), taken from the content schemas: upload
 * fields (optionalMedia, `images`, the sign-language `videos`) hold media IDs, rich-text fields
 * (richTextSchema) may hold upload nodes. Only media found here reach the built site.
 * The CMS (which guards media in use) and the site build (which copies only these) read it;
 * tests/integration/publishedMedia.test.ts compares this list with every upload and rich-text field of
 * the CMS, so a new field cannot be forgotten here.
 */
export const mediaReferenceFields: {
  collections: Record<ContentSlug, readonly string[]>
  globals: Record<GlobalSlugName, readonly string[]>
} = {
  collections: {
    angebote: ['body'],
    handlungsfelder: ['body', 'image'],
    meilensteine: ['body', 'images'],
    erklaervideos: ['video', 'captions', 'poster', 'dgsVideo', 'leichteSpracheVideo'],
    kontakte: [],
  },
  globals: {
    einstellungen: [],
    navigation: [],
    fusszeile: [],
    impressum: ['body'],
    datenschutz: ['body'],
    barrierefreiheit: ['body'],
    'leichte-sprache': ['body'],
    gebaerdensprache: ['body', 'videos.video'],
  },
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** The values at a path; arrays on the way are stepped through row by row. */
function valuesAt(value: unknown, steps: string[]): unknown[] {
  if (steps.length === 0) return [value]
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, steps))
  return isRecord(value) ? valuesAt(value[steps[0]!], steps.slice(1)) : []
}

/** Media IDs in a field's value: an upload's ID (or the document at depth > 0), a list of them, or rich text's upload nodes. */
function collectIds(value: unknown, into: Set<string>): void {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) into.add(String(value))
  else if (Array.isArray(value)) for (const item of value) collectIds(item, into)
  else if (isRecord(value)) {
    if (isRecord(value.root)) collectUploadNodes(value.root, into)
    else collectIds(value.id, into)
  }
}

function collectUploadNodes(node: unknown, into: Set<string>): void {
  if (!isRecord(node)) return
  if (node.type === 'upload' && node.relationTo === mediaSlug) collectIds(node.value, into)
  if (Array.isArray(node.children)) for (const child of node.children) collectUploadNodes(child, into)
}

/** The IDs (as strings) of the media a document or global uses in the given fields. */
export function mediaIdsIn(doc: unknown, fields: readonly string[]): Set<string> {
  const ids = new Set<string>()
  for (const field of fields) for (const value of valuesAt(doc, field.split('.'))) collectIds(value, ids)
  return ids
}
