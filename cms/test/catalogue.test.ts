import { describe, expect, it } from 'vitest'

import { checkCatalogue } from '../src/seed/checkCatalogue.ts'

describe('the seed catalogue', () => {
  it('has valid rules and relations, every contract slug, and every Testfamilie gets its expected result', () => {
    const { problems, offers, contractSlugs, families } = checkCatalogue()
    expect(problems).toEqual([])
    expect(contractSlugs).toBe(48)
    expect(offers).toBeGreaterThanOrEqual(contractSlugs + 3)
    expect(families).toBeGreaterThanOrEqual(100)
  })
})
