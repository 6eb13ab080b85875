const germanLetters: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'ae',
  Ö: 'oe',
  Ü: 'ue',
  ẞ: 'ss',
}

export const maxSlugLength = 80

/**
 * Turns a German title into a URL slug: "Förderung für Alleinerziehende" → "foerderung-fuer-alleinerziehende".
 * Umlauts are transliterated the German way before other accents are stripped, so "ü" never becomes "u".
 */
export function slugify(title: string): string {
  const transliterated = title.replace(/[äöüßÄÖÜẞ]/g, (letter) => germanLetters[letter] ?? letter)
  const slug = transliterated
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return slug.slice(0, maxSlugLength).replace(/-+$/, '')
}

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
