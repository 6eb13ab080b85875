export type SearchHit = { url: string; title: string; excerpt: string }

type PagefindResult = { data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> }
type Pagefind = {
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>
}
export type SearchFilters = { Art?: string; Handlungsfeld?: string }

let pagefind: Promise<Pagefind> | undefined

/** Pagefind's script is fetched only when a family actually searches. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js'
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>
  return pagefind
}

/** Excerpts arrive as HTML with <mark>; the result list shows plain text only. */
function stripTags(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return doc.body.textContent ?? ''
}

export async function runSearch(term: string, filters: SearchFilters = {}, limit = 20): Promise<SearchHit[]> {
  const { search } = await loadPagefind()
  const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>
  const { results } = await search(term, Object.keys(active).length ? { filters: active } : undefined)
  const hits = await Promise.all(results.slice(0, limit).map((result) => result.data()))
  return hits.map((hit) => ({ url: hit.url, title: hit.meta.title ?? hit.url, excerpt: stripTags(hit.excerpt) }))
}
