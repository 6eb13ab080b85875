import { describe, expect, it } from 'vitest'

import { rulesSchema } from '@familienrathaus/content-schemas'

import type { AngebotEntry } from '../src/lib/content.ts'
import { ageBands, byInitial, childAgeRanges, offersForAgeBand } from '../src/lib/filters.ts'

const entry = (title: string, rules: unknown[]) =>
  ({ id: title.toLowerCase(), data: { title, eligibility: { rules: rulesSchema.parse(rules) } } }) as unknown as AngebotEntry

describe('offer filters', () => {
  it('reads the child ages an offer asks about, nested groups included', () => {
    expect(
      childAgeRanges(
        rulesSchema.parse([
          {
            blockType: 'any',
            conditions: [
              { blockType: 'child', maxAge: 3 },
              { blockType: 'child', minAge: 18, maxAge: 25 },
            ],
          },
        ]),
      ),
    ).toEqual([
      { from: 0, under: 3 },
      { from: 18, under: 25 },
    ])
  })

  it('lists an offer under every age band its child conditions overlap, and age-free offers under none', () => {
    const kita = entry('Kita-Platz', [{ blockType: 'child', minAge: 1, maxAge: 6 }])
    const beirat = entry('Familienbeirat', [{ blockType: 'household', livesInHamm: 'ja' }])
    const band = (slug: string) => ageBands.find((b) => b.slug === slug)!
    expect(offersForAgeBand([kita, beirat], band('baby'))).toEqual([])
    expect(offersForAgeBand([kita, beirat], band('1-bis-2'))).toEqual([kita])
    expect(offersForAgeBand([kita, beirat], band('3-bis-5'))).toEqual([kita])
    expect(offersForAgeBand([kita, beirat], band('6-bis-9'))).toEqual([])
  })

  it('groups A–Z with umlauts under their base letter', () => {
    const groups = byInitial([entry('Ärztlicher Dienst', []), entry('Beistandschaft', []), entry('Alleinerziehend', [])])
    expect(groups.map((g) => [g.letter, g.angebote.map((a) => a.data.title)])).toEqual([
      ['A', ['Ärztlicher Dienst', 'Alleinerziehend']],
      ['B', ['Beistandschaft']],
    ])
  })
})
