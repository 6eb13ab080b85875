import type { ContentSlug, GlobalSlugName } from '@familienrathaus/content-schemas'
import type { Loader, LoaderContext } from 'astro/loaders'
import type { z } from 'zod'

import {
  angeboteSlug,
  contentSchemas,
  describeIssues,
  editorWordedRuleKeys,
  globalSchemas,
  inLocale,
  mediaIdsIn,
  mediaReferenceFields,
  mediaSchema,
  mediaSlug,
  siteBuildTokenHeader,
} from '@familienrathaus/content-schemas'

import { translationEntryId } from '../lib/entryIds.ts'
import { cacheMediaFiles } from './mediaFiles.ts'

export const defaultCmsUrl = 'http://localhost:3000'
/** Documents per REST request: the most the CMS gives anybody (its requestGuards). */
const pageSize = 100

type PayloadPage = { docs: Record<string, unknown>[]; hasNextPage: boolean; page: number }

export class ContentLoadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ContentLoadError'
  }
}

export const cmsUrl = () => process.env.CMS_URL ?? defaultCmsUrl

/**
 * Preview builds (CMS_DRAFTS=1) read the latest drafts with an editor's token; they are served
 * only to logged-in editors under /vorschau/. Public builds never see a draft.
 */
const isPreview = () => process.env.CMS_DRAFTS === '1'
const authHeaders = (): Record<string, string> => ({
  ...(isPreview() && process.env.CMS_AUTH_TOKEN ? { authorization: `JWT ${process.env.CMS_AUTH_TOKEN}` } : {}),
  ...(process.env.CMS_BUILD_TOKEN ? { [siteBuildTokenHeader]: process.env.CMS_BUILD_TOKEN } : {}),
})
/**
 * The documents a preview build is for (CMS_PREVIEW_DOC, `collection/id` separated by commas): the
 * only drafts whose errors fail the preview build.
 */
const isPreviewed = (collection: ContentSlug, id: unknown) =>
  (process.env.CMS_PREVIEW_DOC ?? '').split(',').includes(`${collection}/${String(id)}`)

/** How long one request to the CMS may take: a CMS that hangs must fail the build, not hang it for ever. */
export const cmsTimeoutMs = 30_000

const droppedConnection = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE'])

async function getJson(
  url: URL,
  { cms, fetchImpl, timeoutMs = cmsTimeoutMs }: { cms: string; fetchImpl: typeof fetch; timeoutMs?: number },
): Promise<unknown> {
  const timedOut = (error: unknown) =>
    (error as Error).name === 'TimeoutError'
      ? new ContentLoadError(`Cannot reach the CMS at ${cms}: no answer within ${timeoutMs / 1000} s for ${url.pathname}`)
      : undefined
  let response: Response | undefined
  for (let attempt = 1; !response; attempt++) {
    try {
      // The signal also covers reading the body below, which a stuck CMS may never finish.
      response = await fetchImpl(url, { headers: { accept: 'application/json', ...authHeaders() }, signal: AbortSignal.timeout(timeoutMs) })
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
      // A kept-alive connection the CMS closed just as it was reused: a read may simply be asked again.
      if (droppedConnection.has(cause) && attempt < 3) continue
      throw timedOut(error) ?? new ContentLoadError(`Cannot reach the CMS at ${cms} (${cause}): start it with \`npm start\` or set CMS_URL.`)
    }
  }
  if (!response.ok) throw new ContentLoadError(`The CMS answered HTTP ${response.status} for ${url.pathname}${url.search}`)
  try {
    return await response.json()
  } catch (error) {
    throw timedOut(error) ?? error
  }
}

/**
 * Every published document of one collection, page by page from the CMS's REST API (Payload
 * returns 10 per page unless told otherwise), one request ahead: while the build works on a page,
 * the CMS reads the next. Published-only is asked for twice: by the query, and by reading
 * anonymously, which the CMS's access control limits to published documents. Collections without
 * drafts (media) are read whole.
 */
export async function* publishedPages({
  cmsUrl: cms,
  collection,
  locale = 'de',
  fetchImpl = fetch,
  timeoutMs,
}: {
  cmsUrl: string
  collection: ContentSlug | typeof mediaSlug
  /**
   * German, or a translation – read without falling back to German, so that missing texts show as
   * missing – or `all`: every language at once, each translated field as an object by language
   * (see inLocale).
   */
  locale?: string
  fetchImpl?: typeof fetch
  /** For each request; cmsTimeoutMs unless told. */
  timeoutMs?: number
}): AsyncGenerator<Record<string, unknown>[]> {
  const read = (page: number) => {
    const url = new URL(`/api/${collection}`, cms)
    if (isPreview()) url.searchParams.set('draft', 'true')
    else if (collection !== mediaSlug) url.searchParams.set('where[_status][equals]', 'published')
    url.searchParams.set('limit', String(pageSize))
    url.searchParams.set('page', String(page))
    url.searchParams.set('depth', '0')
    url.searchParams.set('locale', locale)
    url.searchParams.set('fallback-locale', locale === 'de' ? 'de' : 'none')
    url.searchParams.set('sort', 'id')
    const body = getJson(url, { cms, fetchImpl, timeoutMs }) as Promise<PayloadPage>
    // A build that stops early (a document fails its schema) never awaits the page asked for ahead.
    body.catch(() => {})
    return body
  }
  let next = read(1)
  for (let page = 1; ; page++) {
    const body = await next
    if (body.hasNextPage) next = read(page + 1)
    yield body.docs
    if (!body.hasNextPage) return
  }
}

/** Every published document of one collection, in one language (see publishedPages). */
export async function fetchPublished(options: Parameters<typeof publishedPages>[0]): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = []
  for await (const page of publishedPages(options)) docs.push(...page)
  return docs
}

/** A published document as the CMS gives it in each language, without falling back to German. */
export type InEveryLanguage = { in: (locale: string) => Record<string, unknown> | undefined }

/**
 * Every published document of a collection with its versions in each of `languages` (German
 * first), in batches. With the instance's build token (CMS_BUILD_TOKEN, set by `npm start`) page
 * by page in one pass with `locale=all`, one page ahead (publishedPages) – reading each language
 * apart read the collection six times, the better part of a build at 5,000 offers, and the build
 * used to wait for the whole collection before it looked at the first document (issue 18);
 * without it (a build against another CMS) language by language, in one batch.
 */
export async function* publishedInEveryLanguage({
  cmsUrl: cms,
  collection,
  languages,
  fetchImpl = fetch,
}: {
  cmsUrl: string
  collection: ContentSlug
  languages: readonly string[]
  fetchImpl?: typeof fetch
}): AsyncGenerator<InEveryLanguage[]> {
  if (process.env.CMS_BUILD_TOKEN) {
    for await (const page of publishedPages({ cmsUrl: cms, collection, locale: 'all', fetchImpl }))
      yield page.map((doc) => ({ in: (locale) => inLocale(doc, locale, languages) as Record<string, unknown> }))
    return
  }
  // Every language is kept until all are read: together about as much as one read with `locale=all`.
  const byLanguage = new Map<string, Map<string, Record<string, unknown>>>()
  for (const locale of languages) {
    const docs = await fetchPublished({ cmsUrl: cms, collection, locale, fetchImpl })
    byLanguage.set(locale, new Map(docs.map((doc) => [String(doc.id), doc])))
  }
  const german = [...(byLanguage.get('de')?.values() ?? [])]
  yield german.map((doc) => ({ in: (locale) => byLanguage.get(locale)?.get(String(doc.id)) }))
}

/** Validates one document, throwing one line that names the document and every broken field. */
export function parseWith<Schema extends z.ZodType>(schema: Schema, name: string, doc: unknown): z.output<Schema> {
  const result = schema.safeParse(doc)
  if (!result.success) {
    throw new ContentLoadError(`Content document ${name} fails its schema: ${describeIssues(result.error).join('; ')}`)
  }
  return result.data
}

const documentName = (collection: ContentSlug, doc: Record<string, unknown>) =>
  `${collection}/${typeof doc.slug === 'string' && doc.slug ? doc.slug : `id ${String(doc.id)}`}`

export function parseDocument(collection: ContentSlug, doc: Record<string, unknown>) {
  return parseWith(contentSchemas[collection], documentName(collection, doc), doc)
}

/** The published version of one document in one language, read as a public build reads it. */
async function fetchPublishedVersion({
  collection,
  id,
  locale,
  fetchImpl,
}: {
  collection: ContentSlug
  id: unknown
  locale: string
  fetchImpl: typeof fetch
}) {
  const url = new URL(`/api/${collection}`, cmsUrl())
  url.searchParams.set('where[id][equals]', String(id))
  url.searchParams.set('where[_status][equals]', 'published')
  url.searchParams.set('limit', '1')
  url.searchParams.set('depth', '0')
  url.searchParams.set('locale', locale)
  url.searchParams.set('fallback-locale', locale === 'de' ? 'de' : 'none')
  const body = (await getJson(url, { cms: cmsUrl(), fetchImpl })) as PayloadPage
  return body.docs[0]
}

/**
 * Validates one document of a build. Public builds stay strict: any failure fails the build. A
 * preview build fails only for the documents being previewed; any other draft that fails is
 * another editor's unfinished work and used to break every preview (issue 10, point 11), so the
 * preview shows what the public site shows instead: its published version, or nothing.
 */
async function parseForBuild({
  collection,
  doc,
  locale = 'de',
  prepare = (published) => published,
  fetchImpl = fetch,
  logger,
}: {
  collection: ContentSlug
  doc: Record<string, unknown>
  locale?: string
  /** The published version as it may stand in (e.g. a translation completed from German), or undefined when it may not. */
  prepare?: (published: Record<string, unknown>) => Record<string, unknown> | undefined
  fetchImpl?: typeof fetch
  logger: LoaderContext['logger']
}): Promise<{ doc: Record<string, unknown>; parsed: { slug: string } } | undefined> {
  const checked = contentSchemas[collection].safeParse(doc)
  if (checked.success) return { doc, parsed: checked.data }
  // parseDocument throws here, with the usual line naming the document and every broken field.
  if (!isPreview() || isPreviewed(collection, doc.id)) return { doc, parsed: parseDocument(collection, doc) }
  const fetched = await fetchPublishedVersion({ collection, id: doc.id, locale, fetchImpl })
  const published = fetched && prepare(fetched)
  const fallback = published ? contentSchemas[collection].safeParse(published) : undefined
  const what = `${documentName(collection, doc)}${locale === 'de' ? '' : ` (${locale})`}`
  const outcome = fallback?.success
    ? 'showing its published version instead.'
    : fetched
      ? 'left out, its published version cannot stand in either.'
      : 'left out, it has no published version.'
  logger.warn(`Preview: the draft of ${what} fails its schema (${describeIssues(checked.error).join('; ')}); ${outcome}`)
  return fallback?.success ? { doc: published!, parsed: fallback.data } : undefined
}

/**
 * An Astro content loader for one CMS collection: every published document in German, keyed by
 * its URL slug, and its complete translations into `locales`, keyed `locale/slug` and checked by
 * the same schema. All languages are read in one pass where the CMS allows it, and each page is
 * parsed while the CMS reads the next (publishedInEveryLanguage).
 */
export function payloadLoader({
  collection,
  locales = [],
  fetchImpl = fetch,
}: {
  collection: ContentSlug
  locales?: readonly string[]
  fetchImpl?: typeof fetch
}): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      // Each page is parsed while the CMS reads the next; the store is filled at the end, in one go:
      // Astro writes its whole store to disk half a second after the last change, which pages
      // stored as they came would set off again and again, and a CMS that fails halfway must
      // not leave the stored collection half empty.
      const entries: Parameters<typeof store.set>[0][] = []
      let documents = 0
      let translations = 0
      for await (const batch of publishedInEveryLanguage({ cmsUrl: cmsUrl(), collection, languages: ['de', ...locales], fetchImpl })) {
        for (const versions of batch) {
          const latest = versions.in('de')!
          documents++
          if (!isPreview() && latest._status !== 'published') {
            throw new ContentLoadError(
              `Content document ${collection}/${String(latest.slug ?? latest.id)} is not published but reached a public build`,
            )
          }
          const checkedGerman = await parseForBuild({ collection, doc: latest, fetchImpl, logger })
          if (!checkedGerman) continue
          // The German document as stored (in a preview, its published version may stand in for a draft): translations are completed from it.
          const original = checkedGerman.doc
          const slug = checkedGerman.parsed.slug
          entries.push({ id: slug, data: await parseData({ id: slug, data: original }), digest: generateDigest(original) })
          for (const locale of locales) {
            const translatedVersion = versions.in(locale)
            if (!translatedVersion) continue
            const prepare = (translated: Record<string, unknown>) =>
              partlyTranslatable.includes(collection)
                ? completedTranslation(original, translated)
                : isCompleteTranslation(original, translated)
                  ? translated
                  : undefined
            const translation = prepare(translatedVersion)
            if (!translation) continue
            const checked = await parseForBuild({ collection, doc: translation, locale, prepare, fetchImpl, logger })
            if (!checked) continue
            const { doc, parsed } = checked
            const id = translationEntryId(locale, parsed.slug)
            entries.push({ id, data: await parseData({ id, data: doc }), digest: generateDigest(doc) })
            translations++
          }
        }
      }
      store.clear()
      for (const entry of entries) store.set(entry)
      logger.info(`${documents} published ${collection}${locales.length ? ` and ${translations} translations` : ''} from ${cmsUrl()}`)
    },
  }
}

const isRichText = (value: object) => 'root' in value
/** Rich text has words only in its text nodes; node types and formats are not text. */
const richTextHasText = (node: unknown): boolean => {
  if (node === null || typeof node !== 'object') return false
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof text === 'string' && text.trim() !== '') return true
  return [root, ...(Array.isArray(children) ? children : [])].some(richTextHasText)
}
const hasText = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim() !== ''
    : Array.isArray(value)
      ? value.some(hasText)
      : value !== null && typeof value === 'object' && Object.values(value).some(hasText)

/**
 * True when the translation has every text the German document has. Only complete translations
 * reach the site: a page never mixes languages without saying so. Rich text and lists may be
 * shaped differently in another language, so they only need to be there.
 */
export function isCompleteTranslation(german: unknown, translated: unknown): boolean {
  if (typeof german === 'string') return german.trim() === '' || (typeof translated === 'string' && translated.trim() !== '')
  if (Array.isArray(german)) {
    if (!hasText(german)) return true
    if (!Array.isArray(translated) || translated.length === 0) return false
    return german.length !== translated.length || german.every((item, i) => isCompleteTranslation(item, translated[i]))
  }
  if (german !== null && typeof german === 'object') {
    if (isRichText(german)) return !richTextHasText(german) || richTextHasText(translated)
    if (translated === null || typeof translated !== 'object') return !hasText(german)
    return Object.entries(german).every(([key, value]) => isCompleteTranslation(value, (translated as Record<string, unknown>)[key]))
  }
  return true
}

/**
 * Collections whose documents may be translated in part – the texts a family needs to act first,
 * the rest later: what is not translated yet stays German on the page, marked as German.
 */
export const partlyTranslatable: readonly ContentSlug[] = [angeboteSlug]

/** Every reason and proviso an editor wrote into rules, by its place in them. */
function ruleTexts(rules: unknown, at = ''): Map<string, unknown> {
  const texts = new Map<string, unknown>()
  if (Array.isArray(rules)) rules.forEach((rule, index) => ruleTexts(rule, `${at}/${index}`).forEach((text, place) => texts.set(place, text)))
  else if (rules !== null && typeof rules === 'object')
    for (const [key, value] of Object.entries(rules)) {
      if (editorWordedRuleKeys.includes(key)) texts.set(`${at}/${key}`, value)
      else ruleTexts(value, `${at}/${key}`).forEach((text, place) => texts.set(place, text))
    }
  return texts
}

const rowId = (row: unknown) => (row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : undefined)

function completed(german: unknown, translated: unknown, key = ''): unknown {
  if (key === 'rules') {
    // The finder's sentences are never half German: the rules' translated texts count only when all are there.
    const wanted = ruleTexts(german)
    const given = ruleTexts(translated)
    return [...wanted].every(([place, text]) => !hasText(text) || hasText(given.get(place))) ? translated : german
  }
  if (typeof german === 'string') return hasText(translated) ? translated : german
  if (Array.isArray(german)) {
    // Rows shared by every language (their IDs are the German ones) with texts of their own, such as
    // „Fristen ab der Geburt“: each row is completed from its German row.
    const sharedRows =
      Array.isArray(translated) &&
      german.length > 0 &&
      translated.length === german.length &&
      german.every((row, index) => rowId(row) !== undefined && rowId(row) === rowId(translated[index]))
    if (sharedRows) return german.map((row, index) => completed(row, (translated as unknown[])[index]))
    return Array.isArray(translated) && (translated.length > 0 || !hasText(german)) ? translated : german
  }
  if (german !== null && typeof german === 'object') {
    if (isRichText(german)) return richTextHasText(translated) ? translated : german
    if (translated === null || typeof translated !== 'object') return german
    const result: Record<string, unknown> = { ...(translated as Record<string, unknown>) }
    for (const [inner, value] of Object.entries(german)) result[inner] = completed(value, (translated as Record<string, unknown>)[inner], inner)
    return result
  }
  return translated ?? german
}

/**
 * A partial translation completed from German: every text it lacks is the German one (the page
 * marks those as German). None until at least the title and the summary are translated.
 */
export function completedTranslation(german: Record<string, unknown>, translated: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!hasText(translated.title) || !hasText(translated.summary)) return undefined
  return completed(german, translated) as Record<string, unknown>
}

/**
 * The IDs of the media that the built content uses: the published documents' and the globals'
 * upload fields and rich text (see mediaReferenceFields), read in German, field by field. A
 * preview build adds what the drafts use. Upload fields are not translated; translated rich text
 * is not read, because the site does not show uploads inside rich text.
 */
export async function usedMediaIds({ cmsUrl: cms, fetchImpl = fetch }: { cmsUrl: string; fetchImpl?: typeof fetch }): Promise<Set<string>> {
  const used = new Set<string>()
  const add = (doc: unknown, fields: readonly string[]) => mediaIdsIn(doc, fields).forEach((id) => used.add(id))
  for (const [collection, fields] of Object.entries(mediaReferenceFields.collections)) {
    if (fields.length === 0) continue
    // A preview shows a draft's published version where the draft fails its schema: both count.
    for (const drafts of isPreview() ? [true, false] : [false]) {
      for (let page = 1; ; page++) {
        const url = new URL(`/api/${collection}`, cms)
        if (drafts) url.searchParams.set('draft', 'true')
        else url.searchParams.set('where[_status][equals]', 'published')
        for (const field of new Set(fields.map((path) => path.split('.')[0]!))) url.searchParams.set(`select[${field}]`, 'true')
        url.searchParams.set('limit', String(pageSize))
        url.searchParams.set('page', String(page))
        url.searchParams.set('depth', '0')
        url.searchParams.set('locale', 'de')
        url.searchParams.set('fallback-locale', 'de')
        url.searchParams.set('sort', 'id')
        const body = (await getJson(url, { cms, fetchImpl })) as PayloadPage
        for (const doc of body.docs) add(doc, fields)
        if (!body.hasNextPage) break
      }
    }
  }
  for (const [slug, fields] of Object.entries(mediaReferenceFields.globals)) {
    if (fields.length === 0) continue
    const url = new URL(`/api/globals/${slug}`, cms)
    url.searchParams.set('depth', '0')
    url.searchParams.set('locale', 'de')
    url.searchParams.set('fallback-locale', 'de')
    add(await getJson(url, { cms, fetchImpl }), fields)
  }
  return used
}

/**
 * Uploaded files that the built content uses: their metadata as entries (keyed by ID), their
 * files into the build. An upload that no published document uses never reaches the site, so an
 * upload alone (without Freigabe) publishes nothing.
 */
export function mediaLoader(): Loader {
  return {
    name: 'payload:media',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const used = await usedMediaIds({ cmsUrl: cmsUrl() })
      const uploads = await fetchPublished({ cmsUrl: cmsUrl(), collection: mediaSlug })
      const docs = uploads.filter((doc) => used.has(String(doc.id)))
      store.clear()
      const media = docs.map((doc) => parseWith(mediaSchema, `media/${String(doc.filename ?? doc.id)}`, doc))
      await cacheMediaFiles({ cmsUrl: cmsUrl(), media })
      for (const doc of docs) {
        const id = String(doc.id)
        store.set({ id, data: await parseData({ id, data: doc }), digest: generateDigest(doc) })
      }
      logger.info(`${docs.length} media files used by the content (of ${uploads.length} uploads) from ${cmsUrl()}`)
    },
  }
}

/**
 * The globals (settings, navigation, required pages), one entry each, keyed by slug; complete
 * translations as entries keyed `slug/locale` (see isCompleteTranslation).
 */
export function globalsLoader({ locales = [], fetchImpl = fetch }: { locales?: readonly string[]; fetchImpl?: typeof fetch } = {}): Loader {
  const read = (slug: GlobalSlugName, locale: string) => {
    const url = new URL(`/api/globals/${slug}`, cmsUrl())
    url.searchParams.set('depth', '0')
    url.searchParams.set('locale', locale)
    url.searchParams.set('fallback-locale', locale === 'de' ? 'de' : 'none')
    return getJson(url, { cms: cmsUrl(), fetchImpl }) as Promise<Record<string, unknown>>
  }
  return {
    name: 'payload:globals',
    load: async ({ store, generateDigest }) => {
      store.clear()
      for (const [slug, schema] of Object.entries(globalSchemas) as [GlobalSlugName, z.ZodType][]) {
        const doc = await read(slug, 'de')
        const data = parseWith(schema, `globals/${slug}`, doc) as Record<string, unknown>
        store.set({ id: slug, data, digest: generateDigest(doc) })
        for (const locale of locales) {
          const translated = await read(slug, locale)
          if (!isCompleteTranslation(doc, translated)) continue
          const id = `${slug}/${locale}`
          store.set({ id, data: parseWith(schema, `globals/${id}`, translated) as Record<string, unknown>, digest: generateDigest(translated) })
        }
      }
    },
  }
}
