import type { ContentSlug, GlobalSlugName, Media } from '@familienrathaus/content-schemas'

import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { mediaSlug } from '@familienrathaus/content-schemas'

/**
 * Every field through which content can use an upload, per collection and global, as paths (a
 * dot steps into a group or into each row of an array), taken from the content schemas: upload
 * fields (optionalMedia, `images`, the sign-language `videos`) hold media IDs, rich-text fields
 * (richTextSchema) may hold upload nodes. Only media found here reach the built site.
 * cms/test/publishedMedia.test.ts compares this list with every upload and rich-text field of
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

/** Where downloaded files wait until the build copies them into `/medien/`. Kept across builds. */
export function mediaCacheDir(): string {
  const dir = process.env.SITE_MEDIA_CACHE ?? path.resolve('node_modules/.cache/familienrathaus-media')
  mkdirSync(dir, { recursive: true })
  return dir
}

/** The files of one media document: the original and each generated size. */
export function filesOf(media: Media): string[] {
  return [media.filename, ...Object.values(media.sizes).map((size) => size.filename)]
}

/**
 * Downloads the files of the given media (those the built content uses) from the CMS, skipping
 * those already cached, and records them as the files of this build. The site then serves them
 * itself: no page asks another server for an image or video.
 */
export async function cacheMediaFiles({ cmsUrl, media }: { cmsUrl: string; media: Media[] }): Promise<number> {
  const dir = mediaCacheDir()
  let downloaded = 0
  const current = media.flatMap(filesOf).map((filename) => path.basename(filename))
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(current))
  for (const doc of media) {
    for (const filename of filesOf(doc)) {
      const target = path.join(dir, path.basename(filename))
      if (existsSync(target) && (filename !== doc.filename || statSync(target).size === doc.filesize)) continue
      const response = await fetch(new URL(`/api/media/file/${encodeURIComponent(filename)}`, cmsUrl))
      if (!response.ok || !response.body) throw new Error(`Cannot download media file ${filename}: HTTP ${response.status}`)
      await pipeline(Readable.fromWeb(response.body as never), createWriteStream(target))
      downloaded++
    }
  }
  return downloaded
}

/**
 * Copies the files recorded by the last cacheMediaFiles into the built site: the media the built
 * content uses, not every upload in the cache or the CMS.
 */
export function copyMediaInto(outDir: string): number {
  const dir = mediaCacheDir()
  const manifest = path.join(dir, 'manifest.json')
  if (!existsSync(manifest)) return 0
  const files = JSON.parse(readFileSync(manifest, 'utf8')) as string[]
  const target = path.join(outDir, 'medien')
  mkdirSync(target, { recursive: true })
  for (const file of files) copyFileSync(path.join(dir, file), path.join(target, file))
  return files.length
}
