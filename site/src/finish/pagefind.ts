import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefindApi from 'pagefind'

import { defaultLocale, locales } from '../i18n/locales.ts'
import { pagefindBundlePath } from '../lib/searchIndex.ts'

const pagesInFlight = 32

/** Folders of the build that hold no page: Pagefind's own output, the hashed assets, the media. */
const notPages = new Set(['pagefind', '_astro', 'medien', 'opendata'])

/** The built pages of one language that ask to be searched (`<main data-pagefind-body>`), as paths below the language's folder. */
async function searchablePages(dir: string, locale: string): Promise<{ file: string; url: string }[]> {
  const languageDir = locale === defaultLocale ? dir : path.join(dir, locale)
  const entries = await readdir(languageDir, { recursive: true, withFileTypes: true })
  const otherLanguages = new Set<string>(locales.filter((other) => other !== defaultLocale))
  return entries
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => path.relative(languageDir, path.join(entry.parentPath, entry.name)).split(path.sep))
    .filter(([first]) => !notPages.has(first!) && (locale !== defaultLocale || !otherLanguages.has(first!)))
    .map((segments) => ({
      file: path.join(languageDir, ...segments),
      // Below the language's folder: Pagefind puts the folder its bundle lives in (`/en/`) before every result.
      url: `/${segments.slice(0, -1).join('/')}${segments.length > 1 ? '/' : ''}`,
    }))
}

/** What Pagefind is told for a language's index (part of what decides whether a live index can be taken as it is). */
const indexOptions = (locale: string) => ({ forceLanguage: locale })

/**
 * Kept beside each language's bundle (a dotfile: the static server does not serve it): a digest of
 * what the index was made from – Pagefind's version, the options, and every indexed page's address
 * and bytes – and how many pages that were.
 */
const indexRecordName = '.familienrathaus-index.json'
type IndexRecord = { digest: string; pages: number }

/** Pagefind's installed version, found as Node finds the package (it does not export its package.json); undefined when not found. */
function pagefindVersion(): string | undefined {
  try {
    for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
      const manifest = path.join(dir, 'node_modules', 'pagefind', 'package.json')
      if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version?.toString()
      if (path.dirname(dir) === dir) return undefined
    }
  } catch {
    return undefined
  }
}

/** A page as it goes into the index: its address and a hash of its bytes. */
const pageHash = (url: string, content: string) => `${url}\n${createHash('sha256').update(content).digest('hex')}`
const isIndexed = (content: string) => content.includes('data-pagefind-body')

const inputDigest = (pageHashes: string[], locale: string, version: string) =>
  createHash('sha256')
    .update(JSON.stringify({ pagefind: version, options: indexOptions(locale), pages: [...pageHashes].sort() }))
    .digest('hex')

/**
 * Reads the pages Pagefind is given (those with `data-pagefind-body`), several in flight at once, hands
 * each to `visit` and returns their hashes (see inputDigest).
 */
async function readIndexedPages(
  pages: { file: string; url: string }[],
  visit: (url: string, content: string) => Promise<void> = async () => {},
): Promise<string[]> {
  const hashes: string[] = []
  for (let start = 0; start < pages.length; start += pagesInFlight) {
    await Promise.all(
      pages.slice(start, start + pagesInFlight).map(async ({ file, url }) => {
        const content = await readFile(file, 'utf8')
        if (!isIndexed(content)) return
        await visit(url, content)
        hashes.push(pageHash(url, content))
      }),
    )
  }
  return hashes
}

const readRecord = async (bundle: string): Promise<IndexRecord | undefined> => {
  try {
    const record = JSON.parse(await readFile(path.join(bundle, indexRecordName), 'utf8')) as Partial<IndexRecord>
    return typeof record.digest === 'string' && Number.isInteger(record.pages) && record.pages! > 0 ? (record as IndexRecord) : undefined
  } catch {
    return undefined
  }
}

/** Every file of `from` hard-linked into `to` (the live build's files are never written to). */
async function linkTree(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    const source = path.join(entry.parentPath, entry.name)
    const target = path.join(to, path.relative(from, source))
    if (entry.isDirectory()) await mkdir(target, { recursive: true })
    else {
      await mkdir(path.dirname(target), { recursive: true })
      await link(source, target)
    }
  }
}

const rmTree = (dir: string) => rm(dir, { recursive: true, force: true })

/**
 * Indexes the built site with Pagefind's Node API once the HTML is written: one index per language,
 * one after the other, each in its own Pagefind process. One index for all five languages held every
 * page in memory at once – 8 GB and more at 10,000 offers (issue 18). Only `<main data-pagefind-body>`
 * is indexed (offers, Handlungsfelder, Kontakte, Meilensteine, videos – no listing that repeats them).
 */
export async function indexSite({
  dir,
  previous,
  log,
}: {
  dir: string
  /** The live build: a language none of whose indexed pages changed takes its index from there. */
  previous?: string
  log: (line: string) => void
}): Promise<number> {
  let total = 0
  const version = pagefindVersion()
  if (version === undefined) log('Pagefind: its version is unknown, so no index is taken from the live build')
  for (const locale of locales) {
    const pages = await searchablePages(dir, locale)
    const bundle = (root: string) => path.join(root, ...pagefindBundlePath(locale).split('/').filter(Boolean))
    const live = previous === undefined || version === undefined ? undefined : await readRecord(bundle(previous))
    if (live) {
      // The same pages, the same Pagefind, the same options: the same index. A publish changes the
      // pages of one language at a time where the others are translated completely.
      if (inputDigest(await readIndexedPages(pages), locale, version!) === live.digest) {
        try {
          await linkTree(bundle(previous!), bundle(dir))
          log(`Pagefind: no page in ${locale} changed, its index taken from the live build (${live.pages} pages)`)
          total += live.pages
          continue
        } catch (error) {
          log(`Pagefind: the live build's index in ${locale} could not be taken (${(error as Error).message}); indexing it anew`)
          await rmTree(bundle(dir))
        }
      }
    }
    const { index, errors } = await pagefindApi.createIndex(indexOptions(locale))
    try {
      if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`)
      // Several pages in flight at once: Pagefind's service indexes while the next ones are read and sent.
      const hashes = await readIndexedPages(pages, async (url, content) => {
        const result = await index.addHTMLFile({ url, content })
        if (result.errors.length) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`)
      })
      if (hashes.length === 0) throw new Error(`Pagefind found no pages to index in ${locale} in ${dir}`)
      const outputPath = bundle(dir)
      const written = await index.writeFiles({ outputPath })
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
      if (version !== undefined) {
        const record: IndexRecord = { digest: inputDigest(hashes, locale, version), pages: hashes.length }
        await writeFile(path.join(outputPath, indexRecordName), JSON.stringify(record))
      }
      log(`Pagefind indexed ${hashes.length} pages in ${locale}`)
      total += hashes.length
    } finally {
      await pagefindApi.close()
    }
  }
  return total
}
