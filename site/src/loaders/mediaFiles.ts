import type { Media } from '@familienrathaus/content-schemas'

import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

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
