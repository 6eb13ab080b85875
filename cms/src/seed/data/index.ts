import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { SeedAngebot, SeedErklaervideo, SeedHandlungsfeld, SeedKontakt, SeedMeilenstein } from '../types.ts'

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
