import type { AstroIntegration, AstroUserConfig } from 'astro'

import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

type VitePlugin = NonNullable<NonNullable<AstroUserConfig['vite']>['plugins']>[number]

/** The module through which Astro's page renderer gets the content store (astro/dist/content/consts.js), as resolved. */
export const resolvedContentStoreModuleId = '\0astro:data-layer-content'

/**
 * The content store module of a build, reading Astro's store file when the pages are rendered.
 * Astro's own module carries the whole file as one string literal, which the bundler and then
 * Node have to parse as code: for a 35 MB store (3,000 offers) that compiled for 8.3 s in Node
 * alone where `JSON.parse` of the file takes 0.4 s, and it held the text twice more in memory.
 * The value is the same: the file's JSON, which Astro then unflattens.
 */
export function contentStoreModule(storeFile: string): string {
  const file = JSON.stringify(storeFile)
  // Astro takes a store module that fails to load for an empty store: say why before a page finds its content missing.
  return [
    `import { readFileSync } from 'node:fs'`,
    `let store`,
    `try {`,
    `  store = JSON.parse(readFileSync(${file}, 'utf8'))`,
    `} catch (error) {`,
    `  console.error('Cannot read the content store ' + ${file} + ': ' + error.message)`,
    `  throw error`,
    `}`,
    `export default store`,
  ].join('\n')
}

/**
 * A Vite plugin that answers for Astro's content store module in a build (see
 * contentStoreModule). It runs before Astro's own loader of that module (`order: 'pre'`) and
 * leaves the module to Astro when there is no store file yet.
 */
export function contentStorePlugin(storeFile: string, onUse: () => void = () => {}): VitePlugin {
  return {
    name: 'familienrathaus:content-store-from-disk',
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${resolvedContentStoreModuleId}$`) },
      handler(id: string) {
        if (id !== resolvedContentStoreModuleId || !existsSync(storeFile)) return null
        onUse()
        // Marked as Astro marks its own content data module, for builds that track what pages depend on.
        return { code: contentStoreModule(storeFile), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } }
      },
    },
  }
}

/**
 * Renders the pages of `astro build` from Astro's content store file read at run time instead of
 * from a copy compiled into the page renderer's code (see contentStoreModule). Builds only, and
 * only with Astro's default single-file store; `astro dev` keeps Astro's module.
 */
export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'familienrathaus:content-store',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        if (command !== 'build' || config.experimental.collectionStorage !== 'single-file') return
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir))
        updateConfig({ vite: { plugins: [contentStorePlugin(storeFile, () => logger.info(`pages read the content store from ${storeFile}`))] } })
      },
    },
  }
}
