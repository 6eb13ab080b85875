import { stringify } from 'csv-stringify/sync'

import {
  openDataJsonSchemas,
  openDataLocationRows,
  openDataLocations,
  openDataServiceRows,
  openDataServices,
  type OpenDataLocationsFile,
  type OpenDataServicesFile,
} from '@familienrathaus/content-schemas'

import { getGlobal, loadContent } from './content.ts'

let built: Promise<{ services: OpenDataServicesFile; locations: OpenDataLocationsFile }> | undefined

/** The open-data files of this build: the published, current Angebote and Kontakte in German. Built once per build. */
export function openDataOf(site: URL | undefined): Promise<{ services: OpenDataServicesFile; locations: OpenDataLocationsFile }> {
  if (!import.meta.env.PROD) built = undefined
  built ??= (async () => {
    const [content, einstellungen] = await Promise.all([loadContent('de'), getGlobal('einstellungen')])
    const context = {
      // The site's address with its base path (a preview build lives under one).
      siteUrl: new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), site ?? 'http://localhost/').href,
      publisher: einstellungen.publisher,
      licence: einstellungen.openDataLicence,
      generated: new Date().toISOString(),
    }
    const kontaktSlugs = new Map(content.kontakte.map((kontakt) => [String(kontakt.data.id), kontakt.data.slug]))
    return {
      services: openDataServices(
        content.angebote.map((angebot) => angebot.data),
        { ...context, kontaktSlugs },
      ),
      locations: openDataLocations(
        content.kontakte.map((kontakt) => kontakt.data),
        context,
      ),
    }
  })()
  return built
}

export const jsonResponse = (data: unknown) =>
  new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } })

/** CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the umlauts), comma-separated, a header row. */
export const csvResponse = (rows: Record<string, string>[]) =>
  new Response(`\uFEFF${stringify(rows, { header: true, record_delimiter: 'windows' })}`, {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  })

export const openDataRows = { services: openDataServiceRows, locations: openDataLocationRows }
export { openDataJsonSchemas }
