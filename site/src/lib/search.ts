import { defaultLocale } from '../i18n/locales.ts'
import { pagefindBundlePath } from './searchIndex.ts'

/** `lang`: set when the page's content is German on a page in another language (not translated yet). */
export type SearchHit = { url: string; title: string; excerpt: string; lang?: 'de' }

type PagefindResult = { data: () => Promise<{ url: string; meta: { title?: string; inhalt?: string }; excerpt: string }> }
type Pagefind = {
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>
}
export type SearchFilters = { Art?: string; Handlungsfeld?: string }

let pagefind: Promise<Pagefind> | undefined

/** Pagefind's script is fetched only when a family actually searches: the index of the page's language. */
function loadPagefind(): Promise<Pagefind> {
  const url = `${pagefindBundlePath(document.documentElement.lang || defaultLocale)}pagefind.js`
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>
  return pagefind
}

/** Excerpts arrive as HTML with <mark>; the result list shows plain text only. */
function stripTags(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return doc.body.textContent ?? ''
}

/** Every hit is counted at once; the details of hits are loaded a page at a time, as the family asks for more. */
export type SearchResults = { total: number; hits: (from: number, to: number) => Promise<SearchHit[]> }

export async function runSearch(term: string, filters: SearchFilters = {}): Promise<SearchResults> {
  const { search } = await loadPagefind()
  const active = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>
  const { results } = await search(term, Object.keys(active).length ? { filters: active } : undefined)
  return {
    total: results.length,
    hits: async (from, to) => {
      const hits = await Promise.all(results.slice(from, to).map((result) => result.data()))
      return hits.map((hit) => ({
        url: hit.url,
        title: hit.meta.title ?? hit.url,
        excerpt: stripTags(hit.excerpt),
        ...(hit.meta.inhalt === 'de' ? { lang: 'de' as const } : {}),
      }))
    },
  }
}
