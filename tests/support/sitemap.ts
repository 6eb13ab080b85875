/** The addresses inside `<loc>` elements. */
const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.replaceAll('&amp;', '&'))

/**
 * Every page address of the built site's sitemap. @astrojs/sitemap writes an index that names one
 * sitemap per 45,000 addresses; all of them are read. The addresses carry the site's public
 * origin; each is fetched from `site`, the server under test.
 */
export async function sitemapUrls(site: string): Promise<string[]> {
  const read = async (url: string) => {
    const response = await fetch(url.replace(/^https?:\/\/[^/]+/, site))
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`)
    return response.text()
  }
  const sitemaps = locations(await read(`${site}/sitemap-index.xml`))
  if (sitemaps.length === 0) throw new Error('The sitemap index names no sitemap')
  return (await Promise.all(sitemaps.map(async (sitemap) => locations(await read(sitemap))))).flat()
}
