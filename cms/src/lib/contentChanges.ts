/** Bookkeeping fields that change without anybody editing the content. */
const bookkeepingKeys = new Set([
  'id',
  '_id',
  '__v',
  '_status',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'publishedAt',
  'lastModifiedBy',
  'reviewState',
])

/** Comparable form of a field value: empty means empty however it is spelled; array row IDs are ignored. */
function normalise(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    const items = value.map(normalise)
    return items.length === 0 ? null : items
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'id')
      .map(([key, item]) => [key, normalise(item)] as const)
      .filter(([, item]) => item !== null)
      .sort(([a], [b]) => a.localeCompare(b))
    // A populated relation and its bare ID are the same value.
    const id = (value as { id?: unknown }).id
    if (entries.length > 0 && (typeof id === 'number' || typeof id === 'string') && 'createdAt' in (value as object)) {
      return id
    }
    return entries.length === 0 ? null : Object.fromEntries(entries)
  }
  return value
}

/** The content fields in `data` whose value differs from `original` (fields absent from `data` are unchanged). */
export function changedContentFields(data: Record<string, unknown>, original: Record<string, unknown> | undefined): string[] {
  return Object.keys(data).filter(
    (key) => !bookkeepingKeys.has(key) && JSON.stringify(normalise(data[key])) !== JSON.stringify(normalise(original?.[key])),
  )
}
