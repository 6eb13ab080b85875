import type { ContentSlug } from '@familienrathaus/content-schemas'
import type { Loader } from 'astro/loaders'

import { contentSchemas, describeIssues } from '@familienrathaus/content-schemas'

export const defaultCmsUrl = 'http://localhost:3000'
const pageSize = 100

type PayloadPage = { docs: Record<string, unknown>[]; hasNextPage: boolean; page: number }

export class ContentLoadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ContentLoadError'
  }
}

/**
 * Every published document of one collection, read page by page from the CMS's REST API (Payload
 * returns 10 per page unless told otherwise). Published-only is asked for twice: by the query, and
 * by reading anonymously, which the CMS's access control limits to published documents.
 */
export async function fetchPublished({
  cmsUrl,
  collection,
  fetchImpl = fetch,
}: {
  cmsUrl: string
  collection: ContentSlug
  fetchImpl?: typeof fetch
}): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = []
  for (let page = 1; ; page++) {
    const url = new URL(`/api/${collection}`, cmsUrl)
    url.searchParams.set('where[_status][equals]', 'published')
    url.searchParams.set('limit', String(pageSize))
    url.searchParams.set('page', String(page))
    url.searchParams.set('depth', '0')
    url.searchParams.set('locale', 'de')
    url.searchParams.set('fallback-locale', 'de')
    url.searchParams.set('sort', 'id')
    let response: Response
    try {
      response = await fetchImpl(url, { headers: { accept: 'application/json' } })
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
      throw new ContentLoadError(`Cannot reach the CMS at ${cmsUrl} (${cause}): start it with \`npm start\` or set CMS_URL.`)
    }
    if (!response.ok) {
      throw new ContentLoadError(`The CMS answered HTTP ${response.status} for ${url.pathname}${url.search}`)
    }
    const body = (await response.json()) as PayloadPage
    docs.push(...body.docs)
    if (!body.hasNextPage) return docs
  }
}

/** Validates one document, throwing one line that names the document and every broken field. */
export function parseDocument(collection: ContentSlug, doc: Record<string, unknown>) {
  const result = contentSchemas[collection].safeParse(doc)
  if (!result.success) {
    const name = typeof doc.slug === 'string' && doc.slug ? doc.slug : `id ${String(doc.id)}`
    throw new ContentLoadError(
      `Content document ${collection}/${name} fails its schema: ${describeIssues(result.error).join('; ')}`,
    )
  }
  return result.data
}

/** An Astro content loader for one CMS collection; entries are keyed by their URL slug. */
export function payloadLoader({ collection }: { collection: ContentSlug }): Loader {
  return {
    name: `payload:${collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const cmsUrl = process.env.CMS_URL ?? defaultCmsUrl
      const docs = await fetchPublished({ cmsUrl, collection })
      store.clear()
      for (const doc of docs) {
        const parsed = parseDocument(collection, doc)
        const data = await parseData({ id: parsed.slug, data: doc })
        store.set({ id: parsed.slug, data, digest: generateDigest(doc) })
      }
      logger.info(`${docs.length} published ${collection} from ${cmsUrl}`)
    },
  }
}
