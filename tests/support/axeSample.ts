/**
 * Which pages of the sitemap axe checks. axe costs about a third of a second per page in this
 * Chromium, and the same page in five languages shares its markup: every German page (where
 * editors write) is checked, and in each other language every template – each page of its own and
 * the first detail page of each section – plus a quarter of the remaining pages, turn by turn, so
 * that each page is checked in German and in at least one other language. The cheap checks
 * (language, reflow, CSP, requests) still run on every page.
 */
const otherLanguages = ['en', 'tr', 'ar', 'uk'] as const

/** The language of a page by its address: German at the root, the others under their code. */
export const languageOf = (url: string) => /^\/(en|tr|ar|uk)\//.exec(new URL(url).pathname)?.[1] ?? 'de'

/** The page's address in German: the same page in every language. */
export const germanPathOf = (url: string) => new URL(url).pathname.replace(/^\/(en|tr|ar|uk)\//, '/')

/**
 * Pages below the same folder share a template (/angebote/kindergeld/ and /angebote/elterngeld/;
 * /angebote/alter/0-3/ and /angebote/alter/3-6/); a section's index and the start page are their own.
 */
export const templateOf = (path: string) => {
  const parts = path.split('/').filter(Boolean)
  return parts.length <= 1 ? path : `/${parts.slice(0, -1).join('/')}/*`
}

export function axeSample(urls: readonly string[]): Set<string> {
  const paths = [...new Set(urls.map(germanPathOf))].sort()
  const firstOfTemplate = new Set<string>()
  const seenTemplates = new Set<string>()
  for (const path of paths) {
    if (seenTemplates.has(templateOf(path))) continue
    seenTemplates.add(templateOf(path))
    firstOfTemplate.add(path)
  }
  const turn = new Map(paths.map((path, index) => [path, index % otherLanguages.length]))
  return new Set(
    urls.filter((url) => {
      const language = languageOf(url)
      if (language === 'de') return true
      const path = germanPathOf(url)
      return firstOfTemplate.has(path) || turn.get(path) === otherLanguages.indexOf(language as (typeof otherLanguages)[number])
    }),
  )
}
