import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
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
const bestCompressionFor = [/^(_astro|([a-z]{2}\/)?pagefind)\//, /^([a-z]{2}\/)?(finder\/angebote\.json|suche\/woerter\.json)$/]
const bestCompression = (relative: string) => bestCompressionFor.some((pattern) => pattern.test(relative))

/** Brotli quality, its window (lgwin) and gzip's level: best, and for the pages (a 256 KB window saves a fifth of the time, not a byte). */
const levels = { best: { brotli: 11, gzip: 9 }, page: { brotli: 5, window: 18, gzip: 6 } }

/**
 * Kept in the build's root (a dotfile: never served): how its copies were made. Copies are taken
 * from the live build only when it made them the same way.
 */
const settingsFile = '.precompressed.json'
const settings = JSON.stringify({ levels, best: bestCompressionFor.map((pattern) => pattern.source), minimumBytes })

/**
 * One worker's share: zlib's synchronous calls in a thread of their own. Its asynchronous calls
 * set up an encoder on the thread pool per file and reached 13 MB/s here; these reach about
 * 45 MB/s per core. Plain JavaScript, so that it runs as it is wherever the build runs.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const { existsSync, linkSync, readFileSync, rmSync, statSync, writeFileSync } = require('node:fs')
const { brotliCompressSync, gzipSync, constants } = require('node:zlib')
const { files, levels } = workerData
const totals = { files: 0, reused: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 }
// Never write through a link: a copy taken from the live build is the live build's file.
const put = (target, data) => {
  rmSync(target, { force: true })
  writeFileSync(target, data)
}
const readOrNothing = (file) => {
  try {
    return readFileSync(file)
  } catch {
    return undefined
  }
}
for (const { file, best, previous } of files) {
  const content = readFileSync(file)
  totals.files++
  totals.bytes += content.length
  // The live build has the same file with both copies: they are hard-linked, not made again.
  const before = previous === undefined ? undefined : readOrNothing(previous)
  if (before && before.equals(content) && existsSync(previous + '.br') && existsSync(previous + '.gz')) {
    try {
      for (const copy of ['.br', '.gz']) {
        rmSync(file + copy, { force: true })
        linkSync(previous + copy, file + copy)
      }
      totals.reused++
      totals.brotliBytes += statSync(file + '.br').size
      totals.gzipBytes += statSync(file + '.gz').size
      continue
    } catch {
      // Another file system, or the live build was removed meanwhile: compressed below.
    }
  }
  const br = brotliCompressSync(content, {
    params: best
      ? { [constants.BROTLI_PARAM_QUALITY]: levels.best.brotli }
      : { [constants.BROTLI_PARAM_QUALITY]: levels.page.brotli, [constants.BROTLI_PARAM_LGWIN]: levels.page.window },
  })
  const gz = gzipSync(content, { level: best ? levels.best.gzip : levels.page.gzip })
  for (const [copy, data] of [['.br', br], ['.gz', gz]]) {
    if (data.length < content.length) put(file + copy, data)
    else rmSync(file + copy, { force: true })
  }
  totals.brotliBytes += Math.min(br.length, content.length)
  totals.gzipBytes += Math.min(gz.length, content.length)
}
parentPort.postMessage(totals)
`

type Totals = { files: number; reused: number; bytes: number; brotliBytes: number; gzipBytes: number }

/**
 * Writes `file.br` and `file.gz` beside every text file of the built site, once, at build time:
 * the static server picks the one the browser accepts (server/src/lib/staticServer.ts) instead of
 * compressing every response again. A copy that is not smaller is not written. One worker per core.
 * With `previous` (the live build), a file whose content is the same there takes its copies as
 * hard links: a publish changes a few pages, and the build writes every page again byte for byte.
 */
export async function precompressSite(dir: string, { previous: live }: { previous?: string } = {}): Promise<Totals> {
  const sameSettings = live !== undefined && (await readFile(path.join(live, settingsFile), 'utf8').catch(() => undefined)) === settings
  const previous = sameSettings ? live : undefined
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const candidates = entries
    .filter((entry) => entry.isFile() && precompressedTypes.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
  const files: { file: string; best: boolean; previous?: string }[] = []
  for (const file of candidates) {
    if ((await stat(file)).size < minimumBytes) continue
    const relative = path.relative(dir, file)
    files.push({
      file,
      best: bestCompression(relative.split(path.sep).join('/')),
      ...(previous === undefined ? {} : { previous: path.join(previous, relative) }),
    })
  }
  const workers = Math.max(1, Math.min(availableParallelism(), 8, files.length))
  const shares = Array.from({ length: workers }, (_, worker) => files.filter((_, index) => index % workers === worker))
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Totals>((resolve, reject) => {
          const worker = new Worker(workerSource, { eval: true, workerData: { files: share, levels } })
          worker.once('message', resolve)
          worker.once('error', reject)
          worker.once('exit', (code) => code !== 0 && reject(new Error(`precompressing stopped with exit code ${code}`)))
        }),
    ),
  )
  await writeFile(path.join(dir, settingsFile), settings)
  return results.reduce(
    (sum, part) => ({
      files: sum.files + part.files,
      reused: sum.reused + part.reused,
      bytes: sum.bytes + part.bytes,
      brotliBytes: sum.brotliBytes + part.brotliBytes,
      gzipBytes: sum.gzipBytes + part.gzipBytes,
    }),
    { files: 0, reused: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 },
  )
}
