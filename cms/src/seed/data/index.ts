import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { SeedAngebot, SeedAngebotTranslation, SeedErklaervideo, SeedHandlungsfeld, SeedKontakt, SeedMeilenstein } from '../types.ts'

/**
 * Every seed document is a file of its own (`<folder>/<slug>.ts`, checked with `satisfies`);
 * the folders are read here, so adding a document needs no list to be kept in step.
 */
const here = path.dirname(fileURLToPath(import.meta.url))

/** The seed's media files (videos, captions, images), uploaded by the runner. */
export const seedMediaDir = path.join(here, '..', 'media')

async function load<T>(folder: string): Promise<T[]> {
  const files = readdirSync(path.join(here, folder))
    .filter((name) => name.endsWith('.ts'))
    .sort()
  const modules = await Promise.all(files.map((name) => import(`./${folder}/${name}`) as Promise<{ default: T }>))
  return modules.map((module) => module.default)
}

// No order counts as 0, as the site reads it.
const byOrder = (a: SeedHandlungsfeld, b: SeedHandlungsfeld) => (a.order ?? 0) - (b.order ?? 0)
const byDate = (a: SeedMeilenstein, b: SeedMeilenstein) => a.date.localeCompare(b.date)

export const handlungsfelder = (await load<SeedHandlungsfeld>('handlungsfelder')).sort(byOrder)
export const meilensteine = (await load<SeedMeilenstein>('meilensteine')).sort(byDate)
export const kontakte = await load<SeedKontakt>('kontakte')
export const erklaervideos = await load<SeedErklaervideo>('erklaervideos')
export const angebote = await load<SeedAngebot>('angebote')

/** Translations of the seed Angebote, by language and slug (`angebot-translations/<language>/<slug>.ts`). */
export const angebotTranslations: Record<string, Record<string, SeedAngebotTranslation>> = Object.fromEntries(
  await Promise.all(
    readdirSync(path.join(here, 'angebot-translations'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(async ({ name: language }) => {
        const folder = `angebot-translations/${language}`
        const slugs = readdirSync(path.join(here, folder))
          .filter((name) => name.endsWith('.ts'))
          .map((name) => name.slice(0, -3))
        const translations = await load<SeedAngebotTranslation>(folder)
        return [language, Object.fromEntries(slugs.sort().map((slug, index) => [slug, translations[index]!]))] as const
      }),
  ),
)
