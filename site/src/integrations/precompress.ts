import type { AstroIntegration } from 'astro'

import { readdir, stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

/** Text the static server sends: Pagefind's index files (`.pf_*`, `.pagefind`) are compressed already. */
export const precompressedTypes = /\.(html|css|js|mjs|json|svg|xml|txt|csv|ics|webmanifest)$/
/** Below this a compressed copy saves less than its headers cost. */
const minimumBytes = 1024

/**
 * Brotli and gzip at their best for the few files many visitors load (hashed assets, Pagefind's
 * scripts, the finder's catalogue and the search's word list of each language); quality 5 and level
 * 6 for the pages themselves, which are many (50,000 at 10,000 offers) and each read once.
 */
const bestCompression = (relative: string) =>
  /^(_astro|([a-z]{2}\/)?pagefind)\//.test(relative) || /^([a-z]{2}\/)?(finder\/angebote\.json|suche\/woerter\.json)$/.test(relative)

/**
 * One worker's share: zlib's synchronous calls in a thread of their own. Its asynchronous calls
 * set up an encoder on the thread pool per file and reached 13 MB/s here; these reach about
 * 45 MB/s per core. Plain JavaScript, so that it runs as it is wherever the build runs.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const { readFileSync, writeFileSync } = require('node:fs')
const { brotliCompressSync, gzipSync, constants } = require('node:zlib')
const totals = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
for (const { file, best } of workerData) {
  const content = readFileSync(file)
  // A page is a few KB: a 256 KB window (lgwin 18) instead of 4 MB saves a fifth of the time, not a byte.
  const br = brotliCompressSync(content, {
    params: best ? { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } : { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 18 },
  })
  const gz = gzipSync(content, { level: best ? 9 : 6 })
  if (br.length < content.length) writeFileSync(file + '.br', br)
  if (gz.length < content.length) writeFileSync(file + '.gz', gz)
  totals.files++
  totals.bytes += content.length
  totals.brotliBytes += Math.min(br.length, content.length)
  totals.gzipBytes += Math.min(gz.length, content.length)
}
parentPort.postMessage(totals)
`

type Totals = { files: number; bytes: number; brotliBytes: number; gzipBytes: number }

/**
 * Writes `file.br` and `file.gz` beside every text file of the built site, once, at build time:
 * the static server picks the one the browser accepts (server/src/lib/staticServer.ts) instead of
 * compressing every response again. A copy that is not smaller is not written. One worker per core.
 */
export async function precompressSite(dir: string): Promise<Totals> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const candidates = entries
    .filter((entry) => entry.isFile() && precompressedTypes.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  const files: { file: string; best: boolean }[] = []
  for (const file of candidates) {
    if ((await stat(file)).size < minimumBytes) continue
    files.push({ file, best: bestCompression(path.relative(dir, file).split(path.sep).join('/')) })
  }
  const workers = Math.max(1, Math.min(availableParallelism(), 8, files.length))
  const shares = Array.from({ length: workers }, (_, worker) => files.filter((_, index) => index % workers === worker))
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Totals>((resolve, reject) => {
          const worker = new Worker(workerSource, { eval: true, workerData: share })
          worker.once('message', resolve)
          worker.once('error', reject)
          worker.once('exit', (code) => code !== 0 && reject(new Error(`precompressing stopped with exit code ${code}`)))
        }),
    ),
  )
  return results.reduce(
    (sum, part) => ({
      files: sum.files + part.files,
      bytes: sum.bytes + part.bytes,
      brotliBytes: sum.brotliBytes + part.brotliBytes,
      gzipBytes: sum.gzipBytes + part.gzipBytes,
    }),
    { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 },
  )
}

/** Runs last, once every other integration (media, Pagefind, sitemap) has written its files. */
export function precompress(): AstroIntegration {
  return {
    name: 'familienrathaus:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now()
        const { files, bytes, brotliBytes, gzipBytes } = await precompressSite(fileURLToPath(dir))
        const mb = (value: number) => (value / 1e6).toFixed(1)
        logger.info(
          `${files} files precompressed in ${((performance.now() - started) / 1000).toFixed(1)} s: ${mb(bytes)} MB → ${mb(brotliBytes)} MB brotli, ${mb(gzipBytes)} MB gzip`,
        )
      },
    },
  }
}
