import { describe, expect, it } from 'vitest'

import { sitemapOptions, withDefaultLanguage } from '../src/integrations/sitemap.ts'

describe('sitemap', () => {
  it('names every language by its code, German as the default', () => {
    expect(sitemapOptions?.i18n).toEqual({ defaultLocale: 'de', locales: { de: 'de', en: 'en', tr: 'tr', ar: 'ar', uk: 'uk' } })
  })

  it('adds the German page as x-default to each language version, once', () => {
    // As the integration hands them over: the versions of one page share their links array.
    const links = [
      { lang: 'de', url: 'https://example.org/kontakte/' },
      { lang: 'en', url: 'https://example.org/en/kontakte/' },
    ]
    const [german, english] = [links[0]!.url, links[1]!.url].map((url) => withDefaultLanguage({ url, links }))
    const expected = [...links, { lang: 'x-default', url: 'https://example.org/kontakte/' }]
    expect(german!.links).toEqual(expected)
    expect(english!.links).toEqual(expected)
    expect(links).toHaveLength(2)
  })

  it('leaves a page without language versions as it is', () => {
    expect(withDefaultLanguage({ url: 'https://example.org/nur-hier/' })).toEqual({ url: 'https://example.org/nur-hier/' })
  })
})
