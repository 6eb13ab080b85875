import type { Condition } from '@familienrathaus/content-schemas'

import type { AngebotEntry } from './content.ts'

/** Age bands for the "Alter des Kindes" filter, in years: [from, under). */
export const ageBands = [
  { slug: 'baby', label: 'Baby (unter 1 Jahr)', from: 0, under: 1 },
  { slug: '1-bis-2', label: '1 bis 2 Jahre', from: 1, under: 3 },
  { slug: '3-bis-5', label: '3 bis 5 Jahre', from: 3, under: 6 },
  { slug: '6-bis-9', label: '6 bis 9 Jahre', from: 6, under: 10 },
  { slug: '10-bis-13', label: '10 bis 13 Jahre', from: 10, under: 14 },
  { slug: '14-bis-17', label: '14 bis 17 Jahre', from: 14, under: 18 },
  { slug: '18-bis-26', label: '18 bis 26 Jahre', from: 18, under: 27 },
] as const
export type AgeBand = (typeof ageBands)[number]

/** The age ranges of the children an offer's rules ask about (none: the offer does not depend on a child's age). */
export function childAgeRanges(conditions: Condition[]): { from: number; under: number }[] {
  return conditions.flatMap((condition) =>
    'conditions' in condition
      ? childAgeRanges(condition.conditions)
      : condition.blockType === 'child'
        ? [{ from: condition.minAge ?? 0, under: condition.maxAge ?? 120 }]
        : [],
  )
}

export function offersForAgeBand(angebote: AngebotEntry[], band: AgeBand): AngebotEntry[] {
  return angebote.filter((angebot) =>
    childAgeRanges(angebot.data.eligibility.rules).some((range) => range.from < band.under && range.under > band.from),
  )
}

/** A–Z: the offers grouped by their first letter (Ä counts as A). */
export function byInitial(angebote: AngebotEntry[], collation = 'de'): { letter: string; angebote: AngebotEntry[] }[] {
  const groups = new Map<string, AngebotEntry[]>()
  for (const angebot of angebote) {
    const letter = angebot.data.title.charAt(0).toLocaleUpperCase(collation).normalize('NFD').charAt(0)
    // Translated titles may begin with Cyrillic or Arabic letters; digits and signs go under "#".
    const key = /\p{L}/u.test(letter) ? letter : '#'
    groups.set(key, [...(groups.get(key) ?? []), angebot])
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, collation)).map(([letter, list]) => ({ letter, angebote: list }))
}
