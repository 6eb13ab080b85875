/**
 * The site build's second step, run once `astro build` has exited (`npm run build -w site`, and
 * `npm start` for every build it makes live): each language's search index, then the compressed
 * copies of every text file. In Astro's `astro:build:done` hook they ran while Astro still held
 * the whole site in memory – at 10,000 offers Pagefind's gigabytes came on top of Astro's (issue 18:
 * peak memory of the build). Reads SITE_OUT_DIR (default `dist`), SITE_PREVIOUS_OUT_DIR (the live
 * build, whose unchanged indexes and copies are taken) and CMS_DRAFTS (previews are not searched).
 */
import path from 'node:path'

import { indexSite } from './finish/pagefind.ts'
import { precompressSite } from './finish/precompress.ts'

export async function finishBuild({
  dir,
  previous,
  drafts = false,
  log,
}: {
  dir: string
  previous?: string | undefined
  /** A draft preview: seen by one editor and never searched. */
  drafts?: boolean
  log: (line: string) => void
}): Promise<void> {
  if (!drafts) await indexSite({ dir, previous, log })
  const started = performance.now()
  const { files, reused, bytes, brotliBytes, gzipBytes } = await precompressSite(dir, { previous })
  const mb = (value: number) => (value / 1e6).toFixed(1)
  log(
    `${files} files precompressed in ${((performance.now() - started) / 1000).toFixed(1)} s (${reused} unchanged, their copies taken from the live build): ${mb(bytes)} MB → ${mb(brotliBytes)} MB brotli, ${mb(gzipBytes)} MB gzip`,
  )
}

if (import.meta.main) {
  const time = () => new Date().toTimeString().slice(0, 8)
  const log = (line: string) => console.log(`${time()} [finish] ${line}`)
  const started = performance.now()
  // As Astro resolves its outDir: against the site's folder.
  const dir = path.resolve(import.meta.dirname, '..', process.env.SITE_OUT_DIR || './dist')
  try {
    await finishBuild({ dir, previous: process.env.SITE_PREVIOUS_OUT_DIR || undefined, drafts: process.env.CMS_DRAFTS === '1', log })
    log(`search and compressed copies done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  } catch (error) {
    // The stack for the log; the one line last, which npm start reports as the build's cause.
    console.error(error instanceof Error ? error.stack : String(error))
    console.error(`${time()} [finish] error: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
