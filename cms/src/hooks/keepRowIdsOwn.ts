import type { CollectionBeforeChangeHook, Field, Where } from 'payload'

import ObjectId from 'bson-objectid'

/** The dot paths of a collection's array fields (inside groups and named tabs; rows of arrays included). */
export function arrayPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((field): string[] => {
    if (field.type === 'array') return [`${prefix}${field.name}`, ...arrayPaths(field.fields, `${prefix}${field.name}.`)]
    if (field.type === 'group')
      return 'name' in field && field.name ? arrayPaths(field.fields, `${prefix}${field.name}.`) : arrayPaths(field.fields, prefix)
    if (field.type === 'row' || field.type === 'collapsible') return arrayPaths(field.fields, prefix)
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => arrayPaths(tab.fields, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix))
    return []
  })
}

type Row = { id?: unknown } & Record<string, unknown>

const isRow = (row: unknown): row is Row => row !== null && typeof row === 'object' && !Array.isArray(row)

/**
 * Every row at `path` (arrays within arrays: the rows of every parent row); a translated array read
 * in every language (`{ de: [...], en: [...] }`) gives the rows of all of them.
 */
function rowsAt(value: unknown, path: string[]): Row[] {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap((item) => rowsAt(item, path))
  const [head, ...rest] = path
  const next = (value as Record<string, unknown>)[head!]
  if (rest.length > 0) return rowsAt(next, rest)
  if (Array.isArray(next)) return next.filter(isRow)
  return isRow(next) ? Object.values(next).flatMap((perLanguage) => (Array.isArray(perLanguage) ? perLanguage.filter(isRow) : [])) : []
}

/** The rows of a translated array (read in every language) in the languages other than `locale`. */
function rowsInOtherLanguages(value: unknown, path: string[], locale: string | undefined): Row[] {
  if (value === null || typeof value !== 'object') return []
  if (Array.isArray(value)) return value.flatMap((item) => rowsInOtherLanguages(item, path, locale))
  const [head, ...rest] = path
  const next = (value as Record<string, unknown>)[head!]
  if (rest.length > 0) return rowsInOtherLanguages(next, rest, locale)
  if (!isRow(next)) return []
  return Object.entries(next).flatMap(([language, perLanguage]) =>
    language !== locale && Array.isArray(perLanguage) ? perLanguage.filter(isRow) : [],
  )
}

/**
 * The rows of an array belong to their document: SQLite keeps each array in one table whose row
 * ids are unique across all documents. A row that arrives with the id of another document's row
 * (copied through the API or an integration, or twice in one save) made the save fail with a 500
 * („UNIQUE constraint failed“); it now gets an id of its own, and both documents keep their rows.
 * Rows the document already has keep their ids.
 */
export const keepRowIdsOwn: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const paths = arrayPaths(collection.fields).filter((path) => rowsAt(data, path.split('.')).length > 0)
  // The document in every language, read only when a row is not the document's own in this
  // language (new rows, copies): the admin autosaves every few seconds with the rows it has.
  let itself: Promise<unknown> | undefined
  const readItself = () =>
    (itself ??=
      originalDoc?.id === undefined
        ? Promise.resolve(undefined)
        : req.payload.findByID({ collection: collection.slug, id: originalDoc.id, depth: 0, overrideAccess: true, locale: 'all' }))
  for (const path of paths) {
    const segments = path.split('.')
    const rows = rowsAt(data, segments)
    const own = new Set(rowsAt(originalDoc, segments).map((row) => String(row.id)))
    const seen = new Set<string>()
    const candidates = new Map<string, Row[]>()
    for (const row of rows) {
      if (typeof row.id !== 'string' || row.id === '') continue
      if (seen.has(row.id)) {
        row.id = new ObjectId().toHexString()
        continue
      }
      seen.add(row.id)
      if (!own.has(row.id)) candidates.set(row.id, [...(candidates.get(row.id) ?? []), row])
    }
    if (candidates.size === 0) continue
    // A translated array keeps the rows of every language in that table too: an English row may not
    // take the id of the document's German row (an import that reads German and writes English).
    const otherLanguages = new Set(rowsInOtherLanguages(await readItself(), segments, req.locale).map((row) => String(row.id)))
    for (const [id, sharing] of candidates) {
      if (!otherLanguages.has(id)) continue
      for (const row of sharing) row.id = new ObjectId().toHexString()
      candidates.delete(id)
    }
    if (candidates.size === 0) continue
    const others: Where[] = [{ [`${path}.id`]: { in: [...candidates.keys()] } }]
    if (originalDoc?.id !== undefined) others.push({ id: { not_equals: originalDoc.id } })
    // Without the request: the Local API would set its locale ('all') on the save in progress.
    const { docs } = await req.payload.find({
      collection: collection.slug,
      where: { and: others },
      depth: 0,
      limit: 100,
      overrideAccess: true,
      locale: 'all',
    })
    const taken = new Set(docs.flatMap((doc) => rowsAt(doc, segments).map((row) => String(row.id))))
    for (const [id, sharing] of candidates) if (taken.has(id)) for (const row of sharing) row.id = new ObjectId().toHexString()
  }
  return data
}
