import type { AstroIntegration } from 'astro'

import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefindApi from 'pagefind'

/**
 * Indexes the built site with Pagefind's Node API once the HTML is written. Only `<main
 * data-pagefind-body>` is indexed; the language comes from `<html lang="de">`.
 */
export async function indexSite({ dir, log }: { dir: string; log: (line: string) => void }): Promise<number> {
  const { index, errors } = await pagefindApi.createIndex({})
  try {
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: dir })
    if (added.errors.length) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`)
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${dir}`)
    const written = await index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`)
    log(`Pagefind indexed ${added.page_count} pages`)
    return added.page_count
  } finally {
    await pagefindApi.close()
  }
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
