export type SearchHit = { url: string; title: string; excerpt: string }

type PagefindResult = { data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> }
type Pagefind = { search: (term: string) => Promise<{ results: PagefindResult[] }> }

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

export async function runSearch(term: string, limit = 20): Promise<SearchHit[]> {
  const { search } = await loadPagefind()
  const { results } = await search(term)
  const hits = await Promise.all(results.slice(0, limit).map((result) => result.data()))
  return hits.map((hit) => ({ url: hit.url, title: hit.meta.title ?? hit.url, excerpt: stripTags(hit.excerpt) }))
}
