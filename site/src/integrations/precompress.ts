import type { AstroIntegration } from 'astro'

import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** Text the static server sends: Pagefind's index files (`.pf_*`, `.pagefind`) are compressed already. */
export const precompressedTypes = /\.(html|css|js|mjs|json|svg|xml|txt|csv|ics|webmanifest)$/
/** Below this a compressed copy saves less than its headers cost. */
const minimumBytes = 1024
/** Files compressed at once: zlib works on the thread pool, and every file is read whole. */
const concurrency = 8

/**
 * Brotli at its best for the few files every visitor loads (hashed assets, Pagefind's script);
 * quality 5 for the pages themselves, which are many (thousands at scale) and each read once.
 */
const bestCompression = (relative: string) => /^(_astro|([a-z]{2}\/)?pagefind)\//.test(relative)

/**
 * Writes `file.br` and `file.gz` beside every text file of the built site, once, at build time:
 * the static server picks the one the browser accepts (server/src/lib/staticServer.ts) instead of
 * compressing every response again. A copy that is not smaller is not written.
 */
export async function precompressSite(dir: string): Promise<{ files: number; bytes: number; brotliBytes: number; gzipBytes: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile() && precompressedTypes.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  const totals = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
  let next = 0
  const work = async () => {
    while (next < files.length) {
      const file = files[next++]!
      if ((await stat(file)).size < minimumBytes) continue
      const content = await readFile(file)
      const relative = path.relative(dir, file).split(path.sep).join('/')
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: bestCompression(relative) ? constants.BROTLI_MAX_QUALITY : 5,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          },
        }),
        gzipped(content, { level: bestCompression(relative) ? 9 : 6 }),
      ])
      if (br.length < content.length) await writeFile(`${file}.br`, br)
      if (gz.length < content.length) await writeFile(`${file}.gz`, gz)
      totals.files++
      totals.bytes += content.length
      totals.brotliBytes += Math.min(br.length, content.length)
      totals.gzipBytes += Math.min(gz.length, content.length)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, work))
  return totals
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
