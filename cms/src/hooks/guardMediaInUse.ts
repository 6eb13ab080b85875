import type { CollectionBeforeOperationHook, Payload, Where } from 'payload'

import { APIError } from 'payload'

import { localeOptions, mediaIdsIn, mediaReferenceFields, mediaSlug } from '@familienrathaus/content-schemas'

import { canPublish } from '../access/hasRole.ts'

const localeCodes = localeOptions.map((option) => option.value as string)

/** A document read with `locale: 'all'`, narrowed to one locale's values. */
function inLocale(value: unknown, locale: string): unknown {
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length > 0 && entries.every(([key]) => localeCodes.includes(key)))
    return inLocale((value as Record<string, unknown>)[locale], locale)
  return Object.fromEntries(entries.map(([key, inner]) => [key, inLocale(inner, locale)]))
}

const uses = (doc: unknown, fields: readonly string[], id: string) =>
  localeCodes.some((locale) => mediaIdsIn(inLocale(doc, locale), fields).has(id))

/** Whether a published document or a global (globals are live as saved) shows the medium. */
export async function isMediaInUse(payload: Payload, id: number | string): Promise<boolean> {
  const wanted = String(id)
  for (const [collection, fields] of Object.entries(mediaReferenceFields.collections)) {
    if (fields.length === 0) continue
    const select = Object.fromEntries(fields.map((field) => [field.split('.')[0]!, true]))
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: collection as never,
        where: { _status: { equals: 'published' } },
        select: select as never,
        depth: 0,
        limit: 100,
        page,
        locale: 'all',
        overrideAccess: true,
      })
      if (result.docs.some((doc) => uses(doc, fields, wanted))) return true
      if (!result.hasNextPage) break
    }
  }
  for (const [slug, fields] of Object.entries(mediaReferenceFields.globals)) {
    if (fields.length === 0) continue
    const global = await payload.findGlobal({ slug: slug as never, depth: 0, locale: 'all', overrideAccess: true })
    if (uses(global, fields, wanted)) return true
  }
  return false
}

/**
 * A file or its texts, once a published page shows them, change on the site with the next build:
 * that is a publication, so it needs Freigabe like any other (four-eyes rule). Redaktion uploads
 * a new file instead and links it in a draft. Checked before the operation starts: Payload
 * replaces the stored file before any change hook runs.
 */
export const guardMediaInUse: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || canPublish(req.user)) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const ids =
    id !== undefined
      ? [id]
      : (await req.payload.find({ collection: mediaSlug, where: where ?? {}, depth: 0, limit: 0, select: {}, overrideAccess: true })).docs.map(
          (doc) => doc.id,
        )
  for (const candidate of ids) {
    if (await isMediaInUse(req.payload, candidate)) {
      throw new APIError(
        'Diese Datei ist auf der Website zu sehen. Änderungen daran gingen ohne Freigabe online. Bitte eine neue Datei hochladen und im Entwurf verknüpfen, oder eine Person mit der Rolle „Freigabe“ bitten, die Datei zu ändern.',
        403,
        null,
        true,
      )
    }
  }
  return args
}
