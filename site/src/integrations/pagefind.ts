import type { AstroIntegration } from 'astro'

import { readdir, readFile } from 'node:fs/promises'
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

/**
 * Indexes the built site with Pagefind's Node API once the HTML is written: one index per language,
 * one after the other, each in its own Pagefind process. One index for all five languages held every
 * page in memory at once – 8 GB and more at 10,000 offers (issue 18). Only `<main data-pagefind-body>`
 * is indexed (offers, Handlungsfelder, Kontakte, Meilensteine, videos – no listing that repeats them).
 */
export async function indexSite({ dir, log }: { dir: string; log: (line: string) => void }): Promise<number> {
  let total = 0
  for (const locale of locales) {
    const pages = await searchablePages(dir, locale)
    const { index, errors } = await pagefindApi.createIndex({ forceLanguage: locale })
    try {
      if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`)
      let added = 0
      // Several pages in flight at once: Pagefind's service indexes while the next ones are read and sent.
      for (let start = 0; start < pages.length; start += pagesInFlight) {
        await Promise.all(
          pages.slice(start, start + pagesInFlight).map(async ({ file, url }) => {
            const content = await readFile(file, 'utf8')
            if (!content.includes('data-pagefind-body')) return
            const result = await index.addHTMLFile({ url, content })
            if (result.errors.length) throw new Error(`Pagefind could not index ${url}: ${result.errors.join('; ')}`)
            added++
          }),
        )
      }
      if (added === 0) throw new Error(`Pagefind found no pages to index in ${locale} in ${dir}`)
      const outputPath = path.join(dir, ...pagefindBundlePath(locale).split('/').filter(Boolean))
      const written = await index.writeFiles({ outputPath })
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
      log(`Pagefind indexed ${added} pages in ${locale}`)
      total += added
    } finally {
      await pagefindApi.close()
    }
  }
  return total
}

export function pagefind(): AstroIntegration {
  return {
    name: 'familienrathaus:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Draft previews are seen by one editor and never searched.
        if (process.env.CMS_DRAFTS === '1') return
        await indexSite({ dir: fileURLToPath(dir), log: (line) => logger.info(line) })
      },
    },
  }
}
