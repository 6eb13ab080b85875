/**
 * „Meinten Sie …?“ for the search: a word of the query that the site never uses, close to one it
 * does, is replaced by that one. The vocabulary is the offers' titles and search words in the
 * page's language (built with the site); Pagefind stays the index. Pure and small: it runs in the
 * search page's script.
 */

/** Lower case without accents: „Bürgergeld“, „burgergeld“ and „BÜRGERGELD“ meet. */
export const normalizeWord = (word: string, locale?: string) =>
  word.toLocaleLowerCase(locale).normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss')

/** The words of a text: letters and digits, as a family types them. */
export const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? []

/** Edits between two words (insert, delete, replace, swap two neighbours), stopping early above `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)]
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1)
      row.push(value)
      best = Math.min(best, value)
    }
    rows.push(row)
    if (best > limit) return limit + 1
  }
  return rows[a.length]![b.length]!
}

/** How far a word may be from the vocabulary's: one edit for short words, two for long ones. */
const allowance = (word: string) => (word.length < 5 ? 0 : word.length < 8 ? 1 : 2)

/**
 * The query with each unknown word replaced by the closest known one, or undefined when every word
 * is known or nothing is close enough. Ties go to the word listed first (titles before search words).
 */
export function suggestQuery(query: string, vocabulary: readonly string[], locale?: string): string | undefined {
  const known = new Map<string, string>()
  for (const entry of vocabulary)
    for (const word of wordsOf(entry)) if (!known.has(normalizeWord(word, locale))) known.set(normalizeWord(word, locale), word)
  let changed = false
  // Typed in lower case, suggested in lower case; otherwise as the site writes it.
  const asTyped = (word: string, written: string) => (word === word.toLocaleLowerCase(locale) ? written.toLocaleLowerCase(locale) : written)
  const suggested = query.replace(/[\p{L}\p{N}]+/gu, (word) => {
    const normal = normalizeWord(word, locale)
    if (known.has(normal)) {
      // Only the accents were missing: suggest the word as the site writes it.
      const written = known.get(normal)!
      if (written.toLocaleLowerCase(locale) === word.toLocaleLowerCase(locale)) return word
      changed = true
      return asTyped(word, written)
    }
    const limit = allowance(normal)
    if (limit === 0) return word
    let best: [number, string] | undefined
    for (const [candidate, written] of known) {
      const distance = editDistance(normal, candidate, limit)
      if (distance <= limit && (!best || distance < best[0])) best = [distance, written]
    }
    if (!best) return word
    changed = true
    return asTyped(word, best[1])
  })
  return changed ? suggested : undefined
}
