/**
 * Limits every request to the CMS's API must keep before Payload spends work on it. Pure
 * functions and one in-memory counter; `restHandlers.ts` applies them to the route handlers.
 */
import * as qs from 'qs-esm'

/** The most documents one read may return; the site build reads pages of 100. */
export const maxPageSize = 100
/** How deep relationships may be resolved in one read (the site reads with depth 0, the admin with at most 2). */
export const maxDepth = 3
/** A `where` may combine this many conditions, nested this deep. */
export const maxWhereConditions = 100
export const maxWhereNesting = 6
/** Documents are small: the largest seeded Angebot is about 20 KB of JSON. Uploads are multipart and limited apart. */
export const maxJsonBytes = 2 * 1024 * 1024
/** JSON deeper than this is no document of ours (rich text nests about 10 levels). */
export const maxJsonNesting = 64

/** How a read asks for every language at once: Payload takes `*` for `all`. */
export const everyLocale: readonly string[] = ['all', '*']

/** A refusal with its HTTP status and the German sentence the editor or visitor reads. */
export class RequestRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'RequestRefusal'
  }
}

/** Payload's own query parsing, so that what is checked here is what Payload would read. */
export function parseQuery(search: string): Record<string, unknown> {
  return qs.parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>
}

function integerParameter(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^-?\d{1,12}$/.test(value)) return undefined
  return Number(value)
}

/** Counts the conditions of a `where` and how deep its and/or groups nest. */
export function whereSize(where: unknown, nesting = 0): { conditions: number; nesting: number } {
  if (where === null || typeof where !== 'object') return { conditions: 1, nesting }
  let conditions = 0
  let deepest = nesting
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if ((key === 'and' || key === 'or') && value && typeof value === 'object') {
      for (const part of Object.values(value as Record<string, unknown>)) {
        const inner = whereSize(part, nesting + 1)
        conditions += inner.conditions
        deepest = Math.max(deepest, inner.nesting)
      }
    } else {
      conditions += 1
    }
  }
  return { conditions, nesting: deepest }
}

/**
 * Checks the query of a read: page size, depth, pagination, locales and the size of `where`.
 * Everybody gets the same caps; the site build reads within them.
 */
export function checkReadQuery(query: Record<string, unknown>, { anonymous }: { anonymous: boolean }): void {
  if ('limit' in query) {
    const limit = integerParameter(query.limit)
    if (limit === undefined || limit < 1 || limit > maxPageSize) {
      throw new RequestRefusal(400, `Der Parameter „limit“ muss eine ganze Zahl von 1 bis ${maxPageSize} sein.`)
    }
  }
  if ('page' in query) {
    const page = integerParameter(query.page)
    if (page === undefined || page < 1 || page > 1_000_000)
      throw new RequestRefusal(400, 'Der Parameter „page“ muss eine positive ganze Zahl sein.')
  }
  if ('depth' in query) {
    const depth = integerParameter(query.depth)
    if (depth === undefined || depth < 0 || depth > maxDepth) {
      throw new RequestRefusal(400, `Der Parameter „depth“ muss eine ganze Zahl von 0 bis ${maxDepth} sein.`)
    }
  }
  if ('pagination' in query && query.pagination !== 'true') {
    throw new RequestRefusal(400, `Ohne Seiten kann nicht gelesen werden: höchstens ${maxPageSize} Einträge je Anfrage.`)
  }
  const locales = [query.locale, query['fallback-locale'], query.fallbackLocale].flat()
  if (anonymous && locales.some((locale) => everyLocale.includes(locale as string))) {
    throw new RequestRefusal(
      400,
      'Bitte eine Sprache angeben (z. B. locale=de); alle Sprachen auf einmal liefert die Schnittstelle nur der Redaktion.',
    )
  }
  checkWhere(query.where)
  // Join fields read related documents with a page size and a `where` of their own.
  const joins = query.joins
  if (joins !== undefined) {
    if (joins === 'false' || joins === false) return
    if (joins === null || typeof joins !== 'object') throw new RequestRefusal(400, 'Der Parameter „joins“ ist ungültig.')
    for (const join of Object.values(joins as Record<string, unknown>)) {
      if (join === 'false' || join === false) continue
      if (join === null || typeof join !== 'object') throw new RequestRefusal(400, 'Der Parameter „joins“ ist ungültig.')
      const { limit, where, ...rest } = join as Record<string, unknown>
      checkReadQuery({ ...(limit === undefined ? {} : { limit }), ...rest }, { anonymous })
      checkWhere(where)
    }
  }
}

/**
 * A `where` as brackets, or as a JSON string (Payload parses that too): at most so many
 * conditions in so many levels.
 */
function checkWhere(where: unknown): void {
  if (where === undefined) return
  let value = where
  if (typeof where === 'string') {
    if (where.length > maxJsonBytes) throw tooLarge()
    try {
      value = JSON.parse(where)
    } catch {
      throw new RequestRefusal(400, 'Die Suchbedingung ist kein gültiges JSON.')
    }
    if (jsonNesting(value) > maxJsonNesting)
      throw new RequestRefusal(400, `Die Suchbedingung ist zu tief verschachtelt (höchstens ${maxJsonNesting} Ebenen).`)
  }
  const size = whereSize(value)
  if (size.conditions > maxWhereConditions || size.nesting > maxWhereNesting) {
    throw new RequestRefusal(
      400,
      `Die Suchbedingung ist zu umfangreich: höchstens ${maxWhereConditions} Bedingungen in höchstens ${maxWhereNesting} Ebenen.`,
    )
  }
}

/** How deep a parsed JSON value nests (arrays and objects), counted without recursion. */
export function jsonNesting(value: unknown): number {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!
    if (item === null || typeof item !== 'object') continue
    deepest = Math.max(deepest, depth + 1)
    if (deepest > maxJsonNesting) return deepest
    for (const child of Object.values(item as Record<string, unknown>)) stack.push([child, depth + 1])
  }
  return deepest
}

/** Reads a body of at most `maxJsonBytes`, refusing a larger one as soon as it shows. */
export async function readBytes(request: Request): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length') ?? NaN)
  if (declared > maxJsonBytes) throw tooLarge()
  if (!request.body) return Buffer.alloc(0)
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxJsonBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * Parses a JSON body and refuses what no endpoint of ours accepts: broken JSON, JSON nested
 * deeper than `maxJsonNesting`, anything but an object, and (with `objectRequired`) an empty body
 * or an empty object.
 */
export function parseJsonBody(text: string, { objectRequired }: { objectRequired: boolean }): Record<string, unknown> | undefined {
  const noData = () => new RequestRefusal(400, 'Die Anfrage enthält keine Daten. Bitte die Felder des Dokuments mitsenden.')
  if (text.trim() === '') {
    if (objectRequired) throw noData()
    return undefined
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new RequestRefusal(400, 'Die Anfrage ist kein gültiges JSON.')
  }
  if (jsonNesting(value) > maxJsonNesting)
    throw new RequestRefusal(400, `Die Daten sind zu tief verschachtelt (höchstens ${maxJsonNesting} Ebenen).`)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RequestRefusal(400, 'Die Anfrage muss ein JSON-Objekt mit den Feldern des Dokuments sein.')
  }
  if (objectRequired && Object.keys(value).length === 0) throw noData()
  return value as Record<string, unknown>
}

const tooLarge = () =>
  new RequestRefusal(413, `Die Anfrage ist zu groß (höchstens ${Math.round(maxJsonBytes / 1024 / 1024)} MB). Dateien bitte als Upload senden.`)

/**
 * The address a request comes from: the last hop of X-Forwarded-For. Next sets the header to the
 * peer's address when it is missing; behind a reverse proxy, the proxy must set it (nginx:
 * `proxy_set_header X-Forwarded-For $remote_addr;`), so the last entry is the one it saw.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for') ?? ''
  const last = forwarded
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .pop()
  return last ?? 'unknown'
}

/**
 * Counts events per key in a fixed window (e.g. failed logins per address per 15 minutes). In
 * memory: several CMS instances each count their own, which multiplies the allowance by their
 * number but never blocks an address that did nothing.
 */
export class WindowCounter {
  private readonly counts = new Map<string, { count: number; resetAt: number }>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0 when it is below its limit. */
  retryAfter(key: string): number {
    const entry = this.counts.get(key)
    if (!entry || entry.resetAt <= this.now()) return 0
    return entry.count >= this.limit ? Math.ceil((entry.resetAt - this.now()) / 1000) : 0
  }

  /** Takes back one event (a login that turned out to succeed). */
  remove(key: string): void {
    const entry = this.counts.get(key)
    if (entry && entry.count > 0) entry.count -= 1
  }

  add(key: string): void {
    const now = this.now()
    const entry = this.counts.get(key)
    if (!entry || entry.resetAt <= now) this.counts.set(key, { count: 1, resetAt: now + this.windowMs })
    else entry.count += 1
    if (this.counts.size > 100_000) this.prune(now)
  }

  private prune(now: number) {
    for (const [key, entry] of this.counts) if (entry.resetAt <= now) this.counts.delete(key)
  }
}
