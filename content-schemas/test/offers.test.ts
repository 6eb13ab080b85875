import { describe, expect, it } from 'vitest'

import { germanToday, isCurrentOn, matchableOffers } from '../src/index.ts'

describe('the one way from Angebote to matchable offers', () => {
  const child = [{ blockType: 'child', maxAge: 18 }]
  it('leaves out offers that are not current on the day, counting both ends as valid', () => {
    const sources = [
      { slug: 'a', title: 'A', rules: child },
      { slug: 'b', title: 'B', rules: child, validUntil: '2026-12-03T00:00:00.000Z' },
      { slug: 'c', title: 'C', rules: child, validFrom: '2026-12-05' },
      { slug: 'd', title: 'D', rules: child, validFrom: '2026-12-04', validUntil: '2026-12-04' },
    ]
    expect(matchableOffers(sources, { day: '2026-12-04' }).map((offer) => offer.slug)).toEqual(['a', 'd'])
    expect(matchableOffers(sources).map((offer) => offer.slug)).toEqual(['a', 'b', 'c', 'd'])
    expect(isCurrentOn({ validUntil: '2026-12-04' }, '2026-12-05')).toBe(false)
  })

  it('parses the stored rules (block names of nested levels) and names offers whose rules do not parse', () => {
    const invalid: string[] = []
    const offers = matchableOffers(
      [
        { slug: 'nested', title: 'N', rules: [{ blockType: 'anyInner', conditions: [{ blockType: 'child', maxAge: 3 }] }] },
        { slug: 'broken', title: 'B', rules: [{ blockType: 'not', conditions: [] }] },
      ],
      { invalid: (slug) => invalid.push(slug) },
    )
    expect(offers.map((offer) => offer.slug)).toEqual(['nested'])
    expect(offers[0]?.rules[0]).toMatchObject({ blockType: 'any' })
    expect(invalid).toEqual(['broken'])
  })

  it('judges the day in Hamm: just after midnight in Germany is already the next day', () => {
    expect(germanToday(new Date('2026-12-03T23:30:00Z'))).toBe('2026-12-04')
  })

  it('judges the day across the clock changes as the German calendar does', () => {
    // Summer time began on 29 March 2026 at 01:00 UTC and ended on 25 October 2026 at 01:00 UTC.
    expect(germanToday(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28')
    expect(germanToday(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29')
    expect(germanToday(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30')
    expect(germanToday(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01')
    expect(germanToday(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24')
    expect(germanToday(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25')
    expect(germanToday(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25')
    expect(germanToday(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26')
  })
})
