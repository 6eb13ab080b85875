import type { ContentSlug, GlobalSlugName } from '@familienrathaus/content-schemas'
import type { Loader } from 'astro/loaders'
import type { z } from 'zod'

import { contentSchemas, describeIssues, globalSchemas, mediaSchema, mediaSlug } from '@familienrathaus/content-schemas'

import { cacheMediaFiles } from './mediaFiles.ts'

export const defaultCmsUrl = 'http://localhost:3000'
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
const authHeaders = (): Record<string, string> =>
  isPreview() && process.env.CMS_AUTH_TOKEN ? { authorization: `JWT ${process.env.CMS_AUTH_TOKEN}` } : {}

async function getJson(url: URL, { cms, fetchImpl }: { cms: string; fetchImpl: typeof fetch }): Promise<unknown> {
  let response: Response
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json', ...authHeaders() } })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
    throw new ContentLoadError(`Cannot reach the CMS at ${cms} (${cause}): start it with \`npm start\` or set CMS_URL.`)
  }
  if (!response.ok) throw new ContentLoadError(`The CMS answered HTTP ${response.status} for ${url.pathname}${url.search}`)
  return response.json()
}

/**
 * Every published document of one collection, read page by page from the CMS's REST API (Payload
 * returns 10 per page unless told otherwise). Published-only is asked for twice: by the query, and
 * by reading anonymously, which the CMS's access control limits to published documents.
 * Collections without drafts (media) are read whole.
 */
export async function fetchPublished({
  cmsUrl: cms,
  collection,
  locale = 'de',
  fetchImpl = fetch,
}: {
  cmsUrl: string
  collection: ContentSlug | typeof mediaSlug
  /** German, or a translation – read without falling back to German, so that missing texts show as missing. */
  locale?: string
  fetchImpl?: typeof fetch
}): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = []
  for (let page = 1; ; page++) {
    const url = new URL(`/api/${collection}`, cms)
    if (isPreview()) url.searchParams.set('draft', 'true')
    else if (collection !== mediaSlug) url.searchParams.set('where[_status][equals]', 'published')
    url.searchParams.set('limit', String(pageSize))
    url.searchParams.set('page', String(page))
    url.searchParams.set('depth', '0')
    url.searchParams.set('locale', locale)
    url.searchParams.set('fallback-locale', locale === 'de' ? 'de' : 'none')
    url.searchParams.set('sort', 'id')
    const body = (await getJson(url, { cms, fetchImpl })) as PayloadPage
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

/** Validates one document, throwing one line that names the document and every broken field. */
export function parseWith<Schema extends z.ZodType>(schema: Schema, name: string, doc: unknown): z.output<Schema> {
  const result = schema.safeParse(doc)
  if (!result.success) {
    throw new ContentLoadError(`Content document ${name} fails its schema: ${describeIssues(result.error).join('; ')}`)
  }
  return result.data
}

export function parseDocument(collection: ContentSlug, doc: Record<string, unknown>) {
  const name = typeof doc.slug === 'string' && doc.slug ? doc.slug : `id ${String(doc.id)}`
  return parseWith(contentSchemas[collection], `${collection}/${name}`, doc)
}

/** An Astro content loader for one CMS collection; entries are keyed by their URL slug. */
export function payloadLoader({ collection }: { collection: ContentSlug }): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const docs = await fetchPublished({ cmsUrl: cmsUrl(), collection })
      store.clear()
      for (const doc of docs) {
        if (!isPreview() && doc._status !== 'published') {
          throw new ContentLoadError(`Content document ${collection}/${String(doc.slug ?? doc.id)} is not published but reached a public build`)
        }
        const parsed = parseDocument(collection, doc)
        const data = await parseData({ id: parsed.slug, data: doc })
        store.set({ id: parsed.slug, data, digest: generateDigest(doc) })
      }
      logger.info(`${docs.length} published ${collection} from ${cmsUrl()}`)
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
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.some(hasText) : value !== null && typeof value === 'object' && Object.values(value).some(hasText)

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

/** One complete translation of a published document, keyed `collection/slug/locale`. */
export type TranslationEntry = { collection: ContentSlug; slug: string; locale: string; doc: Record<string, unknown> }

/**
 * Translations of the published documents into the site's other languages. Entries exist only for
 * complete translations (see isCompleteTranslation); everything else is shown in German.
 */
export function translationsLoader({
  collections,
  locales,
  fetchImpl = fetch,
}: {
  collections: readonly ContentSlug[]
  locales: readonly string[]
  fetchImpl?: typeof fetch
}): Loader {
  return {
    name: 'payload:translations',
    load: async ({ store, generateDigest, logger }) => {
      store.clear()
      let count = 0
      for (const collection of collections) {
        const german = new Map((await fetchPublished({ cmsUrl: cmsUrl(), collection, fetchImpl })).map((doc) => [String(doc.id), doc]))
        for (const locale of locales) {
          for (const doc of await fetchPublished({ cmsUrl: cmsUrl(), collection, locale, fetchImpl })) {
            const original = german.get(String(doc.id))
            if (!original || !isCompleteTranslation(original, doc)) continue
            const parsed = parseDocument(collection, doc) as { slug: string }
            const data: TranslationEntry = { collection, slug: parsed.slug, locale, doc: parsed }
            store.set({ id: `${collection}/${parsed.slug}/${locale}`, data, digest: generateDigest(doc) })
            count++
          }
        }
      }
      // One summary entry always exists, so that "no translations yet" is not reported as a missing collection.
      store.set({ id: 'summary', data: { collection: '', slug: '', locale: '', doc: { translations: count } } })
      logger.info(`${count} complete translations from ${cmsUrl()}`)
    },
  }
}

/** Uploaded files: their metadata as entries (keyed by ID), the files themselves into the build. */
export function mediaLoader(): Loader {
  return {
    name: 'payload:media',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const docs = await fetchPublished({ cmsUrl: cmsUrl(), collection: mediaSlug })
      store.clear()
      const media = docs.map((doc) => parseWith(mediaSchema, `media/${String(doc.filename ?? doc.id)}`, doc))
      await cacheMediaFiles({ cmsUrl: cmsUrl(), media })
      for (const doc of docs) {
        const id = String(doc.id)
        store.set({ id, data: await parseData({ id, data: doc }), digest: generateDigest(doc) })
      }
      logger.info(`${docs.length} media files from ${cmsUrl()}`)
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
