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
  fetchImpl = fetch,
}: {
  cmsUrl: string
  collection: ContentSlug | typeof mediaSlug
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
    url.searchParams.set('locale', 'de')
    url.searchParams.set('fallback-locale', 'de')
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

/** The globals (settings, navigation, required pages), one entry each, keyed by slug. */
export function globalsLoader({ fetchImpl = fetch }: { fetchImpl?: typeof fetch } = {}): Loader {
  return {
    name: 'payload:globals',
    load: async ({ store, generateDigest }) => {
      store.clear()
      for (const [slug, schema] of Object.entries(globalSchemas) as [GlobalSlugName, z.ZodType][]) {
        const url = new URL(`/api/globals/${slug}`, cmsUrl())
        url.searchParams.set('depth', '0')
        url.searchParams.set('locale', 'de')
        url.searchParams.set('fallback-locale', 'de')
        const doc = (await getJson(url, { cms: cmsUrl(), fetchImpl })) as Record<string, unknown>
        const data = parseWith(schema, `globals/${slug}`, doc) as Record<string, unknown>
        store.set({ id: slug, data, digest: generateDigest(doc) })
      }
    },
  }
}
