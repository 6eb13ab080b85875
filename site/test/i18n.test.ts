import { afterEach, describe, expect, it, vi } from 'vitest'

import { dictionaries, localePath, locales, splitLocale } from '../src/i18n/index.ts'
import { de } from '../src/i18n/ui/de.ts'

type Leaf = { path: string; value: unknown }
function leaves(value: unknown, path = ''): Leaf[] {
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`))
  return [{ path, value }]
}

describe('language of a URL', () => {
  it('finds the language and the page path, German at the root', () => {
    expect(splitLocale('/')).toEqual({ locale: 'de', path: '/' })
    expect(splitLocale('/angebote/kindergeld/')).toEqual({ locale: 'de', path: '/angebote/kindergeld/' })
    expect(splitLocale('/en/')).toEqual({ locale: 'en', path: '/' })
    expect(splitLocale('/ar/angebote/kindergeld/')).toEqual({ locale: 'ar', path: '/angebote/kindergeld/' })
    // A page whose slug merely starts like a language code is German.
    expect(splitLocale('/english-kurse/')).toEqual({ locale: 'de', path: '/english-kurse/' })
  })

  it('builds the address of a page in every language and back', () => {
    for (const locale of locales) {
      const address = localePath(locale, '/kontakte/familienbuero/')
      expect(splitLocale(address)).toEqual({ locale, path: '/kontakte/familienbuero/' })
    }
    expect(localePath('de', '/suche/')).toBe('/suche/')
    expect(localePath('uk', '/suche/')).toBe('/uk/suche/')
    // Links elsewhere and anchors stay as they are.
    expect(localePath('tr', 'https://www.hamm.de/')).toBe('https://www.hamm.de/')
    expect(localePath('tr', '#inhalt')).toBe('#inhalt')
    // A query, an anchor or a file keeps its end; only the page part gets the language and the slash.
    expect(localePath('en', '/suche/?q=kita')).toBe('/en/suche/?q=kita')
    expect(localePath('en', '/suche?q=kita')).toBe('/en/suche/?q=kita')
    expect(localePath('ar', '/angebote/kindergeld/#schritte')).toBe('/ar/angebote/kindergeld/#schritte')
    expect(localePath('uk', '/finder/angebote.json')).toBe('/uk/finder/angebote.json')
    expect(localePath('de', '/finder/angebote.json')).toBe('/finder/angebote.json')
  })

  describe('below the base of the draft preview', () => {
    afterEach(() => vi.unstubAllEnvs())

    it.each(['/vorschau/seite/', '/vorschau/seite'])('keeps links and languages inside %s', async (base) => {
      // astro:i18n reads the base once, when it is first imported.
      vi.stubEnv('BASE_URL', base)
      vi.resetModules()
      const preview = await import('../src/i18n/paths.ts')
      expect(preview.localePath('de', '/angebote/')).toBe('/vorschau/seite/angebote/')
      expect(preview.localePath('ar', '/')).toBe('/vorschau/seite/ar/')
      expect(preview.localePath('en', 'https://www.hamm.de/')).toBe('https://www.hamm.de/')
      for (const locale of locales) {
        expect(preview.splitLocale(preview.localePath(locale, '/kontakte/familienbuero/'))).toEqual({ locale, path: '/kontakte/familienbuero/' })
      }
      expect(preview.splitLocale('/vorschau/seite/')).toEqual({ locale: 'de', path: '/' })
      expect(preview.splitLocale('/vorschau/seite/uk/')).toEqual({ locale: 'uk', path: '/' })
    })
  })
})

describe('interface texts', () => {
  const german = leaves(de)

  it.each(locales.filter((locale) => locale !== 'de'))('%s has every text of the German original, none empty, and translated', (locale) => {
    const translated = leaves(dictionaries[locale])
    expect(translated.map((leaf) => leaf.path)).toEqual(german.map((leaf) => leaf.path))
    let same = 0
    let sentences = 0
    for (const [index, { path, value }] of translated.entries()) {
      const original = german[index]!.value
      expect(typeof value, path).toBe(typeof original)
      const sample = (text: unknown) => (typeof text === 'function' ? (text as (...args: unknown[]) => string)(3, 'Kita') : text)
      const text = typeof value === 'function' ? (value as (...args: unknown[]) => string)(3, 'Kita') : value
      expect(String(text).trim().length, path).toBeGreaterThan(0)
      if (typeof original === 'string' && original.includes(' ')) {
        sentences++
        if (sample(value) === sample(original)) same++
      }
    }
    // Names may stay the same in every language; sentences may not.
    expect(same / sentences).toBeLessThan(0.02)
  })

  it('counts in each language’s plural forms', () => {
    expect([1, 2, 5].map((n) => dictionaries.de.offers.count(n))).toEqual(['1 Angebot', '2 Angebote', '5 Angebote'])
    expect([1, 2, 5, 11, 21, 22].map((n) => dictionaries.uk.offers.count(n).split(' ')[1])).toEqual([
      'послуга',
      'послуги',
      'послуг',
      'послуг',
      'послуга',
      'послуги',
    ])
    expect(dictionaries.en.offers.count(1)).not.toBe(dictionaries.en.offers.count(2).replace('2', '1'))
    expect(new Set([1, 2, 3, 11].map((n) => dictionaries.ar.offers.count(n).replace(/\d+/g, '#'))).size).toBeGreaterThan(2)
  })

  it('inserts the search term in every language', () => {
    for (const locale of locales) {
      expect(dictionaries[locale].search.none('Kita'), locale).toContain('Kita')
      expect(dictionaries[locale].search.count(7, 'Kita'), locale).toMatch(/7.*Kita|Kita.*7/)
    }
  })
})
