import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook, Field, PayloadRequest, Validate } from 'payload'

import { APIError } from 'payload'

import { type FieldProblem, refuseFields } from '../lib/refusals.ts'

/**
 * Input checks Payload leaves out, so that bad input is refused with a reason instead of reaching
 * the database (where it failed with a 500) or being stored.
 */

/** A document id of the database in use: a positive integer (SQLite) or an ObjectId (MongoDB). */
export function isDocumentId(id: unknown, idType: 'number' | 'text'): boolean {
  if (typeof id === 'number') return idType === 'number' && Number.isSafeInteger(id) && id > 0
  if (typeof id !== 'string') return false
  return idType === 'number' ? /^[1-9]\d{0,14}$/.test(id) : /^[0-9a-f]{24}$/i.test(id)
}

const idType = (req: PayloadRequest): 'number' | 'text' => (req.payload.db.defaultIDType === 'number' ? 'number' : 'text')

/** Refuses ids that cannot name a document (`%00`, `1e309`, an emoji) before any query is built. */
export const checkDocumentId: CollectionBeforeOperationHook = ({ args, req }) => {
  const { id } = args as { id?: unknown }
  if (id !== undefined && id !== null && !isDocumentId(id, idType(req))) {
    throw new APIError('Diese Dokument-ID gibt es nicht: Bitte die Adresse prüfen.', 404, null, true)
  }
  return args
}

type Problem = FieldProblem
type Data = Record<string, unknown>

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
const isPlainObject = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value)

/** The shape each kind of field accepts; Payload's own validators assume it. */
function shapeProblem(field: Field, value: unknown, req: PayloadRequest): string | undefined {
  const many = 'hasMany' in field && field.hasMany === true
  const each = (check: (item: unknown) => boolean) => (many ? Array.isArray(value) && value.every(check) : check(value))
  const relationId = (item: unknown) =>
    isDocumentId(item, idType(req)) ||
    (isPlainObject(item) && 'value' in item && isDocumentId(item.value, idType(req))) ||
    (isPlainObject(item) && isDocumentId(item.id, idType(req)))
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return each((item) => typeof item === 'string') ? undefined : 'Hier gehört ein Text hin.'
    case 'number':
      return each((item) => typeof item === 'number' && Number.isFinite(item)) ? undefined : 'Hier gehört eine Zahl hin.'
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'Hier gehört „ja“ oder „nein“ hin.'
    case 'date':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? undefined : 'Hier gehört ein Datum hin, z. B. 2026-12-31.'
    case 'select':
    case 'radio': {
      const allowed = field.options.map((option) => (typeof option === 'string' ? option : option.value))
      return each((item) => typeof item === 'string' && allowed.includes(item))
        ? undefined
        : `Bitte eine der Auswahlmöglichkeiten wählen (${allowed.join(', ')}).`
    }
    case 'relationship':
    case 'upload':
      return each(relationId) ? undefined : 'Hier gehört ein Verweis auf ein vorhandenes Dokument hin.'
    case 'richText':
      return isPlainObject(value) && isPlainObject(value.root) ? undefined : 'Hier gehört formatierter Text hin.'
    case 'array':
    case 'blocks':
      return Array.isArray(value) && value.every(isPlainObject) ? undefined : 'Hier gehört eine Liste hin.'
    case 'group':
      return isPlainObject(value) ? undefined : 'Hier gehört eine Gruppe von Feldern hin.'
    default:
      return undefined
  }
}

/** Related documents that do not exist would fail in the database; name them instead. */
async function missingRelations(field: Field, value: unknown, req: PayloadRequest): Promise<boolean> {
  if (field.type !== 'relationship' && field.type !== 'upload') return false
  const items = Array.isArray(value) ? value : [value]
  const byCollection = new Map<string, unknown[]>()
  for (const item of items) {
    const relationTo =
      isPlainObject(item) && typeof item.relationTo === 'string'
        ? item.relationTo
        : Array.isArray(field.relationTo)
          ? undefined
          : field.relationTo
    const id = isPlainObject(item) ? ('value' in item ? item.value : item.id) : item
    if (!relationTo) continue
    byCollection.set(relationTo, [...(byCollection.get(relationTo) ?? []), id])
  }
  for (const [collection, ids] of byCollection) {
    const unique = [...new Set(ids.map(String))]
    const { totalDocs } = await req.payload.count({ collection: collection as never, where: { id: { in: unique } }, overrideAccess: true, req })
    if (totalDocs < unique.length) return true
  }
  return false
}

/**
 * Walks the fields given in `data`: every value must have its field's shape, and every non-empty
 * value must pass its field's validator (length limits, formats). Empty values are left to
 * `required`, which drafts may leave open.
 */
async function checkFields(
  fields: Field[],
  data: Data,
  context: { req: PayloadRequest; collectionSlug: string; id?: number | string; operation: string; root: Data },
  prefix = '',
  problems: Problem[] = [],
): Promise<Problem[]> {
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      await checkFields(field.fields, data, context, prefix, problems)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          if (value === undefined || value === null) continue
          if (!isPlainObject(value)) problems.push({ path: `${prefix}${tab.name}`, message: 'Hier gehört eine Gruppe von Feldern hin.' })
          else await checkFields(tab.fields, value, context, `${prefix}${tab.name}.`, problems)
        } else {
          await checkFields(tab.fields, data, context, prefix, problems)
        }
      }
      continue
    }
    if (!('name' in field) || field.type === 'ui' || field.type === 'join') continue
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (isEmpty(value)) continue
    const shape = shapeProblem(field, value, context.req)
    if (shape) {
      problems.push({ path, message: shape })
      continue
    }
    if (field.type === 'group') {
      await checkFields(field.fields, value as Data, context, `${path}.`, problems)
      continue
    }
    if (field.type === 'array') {
      for (const [index, row] of (value as Data[]).entries()) await checkFields(field.fields, row, context, `${path}.${index}.`, problems)
    }
    // Blocks are the eligibility rules, stored as JSON and checked whole against the matcher's
    // rules schema (checkEligibility), which also reads the seed's true/false for ja/nein.
    if (field.type === 'blocks') continue
    if (await missingRelations(field, value, context.req)) {
      problems.push({ path, message: 'Mindestens ein verknüpftes Dokument gibt es nicht (mehr).' })
      continue
    }
    const validate = 'validate' in field ? (field.validate as Validate | undefined) : undefined
    if (validate) {
      const result = await validate(value, {
        ...(field as object),
        required: false,
        id: context.id,
        collectionSlug: context.collectionSlug,
        data: context.root,
        siblingData: data,
        blockData: {},
        event: 'submit',
        operation: context.operation,
        path: path.split('.'),
        preferences: { fields: {} },
        previousValue: undefined,
        req: context.req,
      } as never)
      if (typeof result === 'string') problems.push({ path, message: result })
    }
  }
  return problems
}

/**
 * Drafts are saved without Payload's validation, so that unfinished work is never lost; they
 * still keep every length limit and format, and nothing of the wrong kind reaches the database.
 * Published saves are validated by Payload as well; the shape checks guard them too.
 */
export const checkInput: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const problems = await checkFields(collection.fields, data as Data, {
    req,
    collectionSlug: collection.slug,
    id: (originalDoc as { id?: number | string } | undefined)?.id,
    operation,
    root: { ...(originalDoc as Data | undefined), ...(data as Data) },
  })
  if (problems.length > 0) refuseFields({ collection: collection.slug, fields: collection.fields, problems, req })
  return data
}

/** Adds the input checks to a collection, ahead of its own hooks. */
export function withInputChecks<Config extends { hooks?: { beforeOperation?: unknown[]; beforeChange?: unknown[] } }>(config: Config): Config {
  return {
    ...config,
    hooks: {
      ...config.hooks,
      beforeOperation: [checkDocumentId, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [checkInput, ...(config.hooks?.beforeChange ?? [])],
    },
  }
}
