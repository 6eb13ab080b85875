import { describe, expect, it } from 'vitest'

import { angebotSchema, contentSchemas, describeIssues, kontaktSchema, meilensteinSchema } from '../src/index.ts'

const base = {
  id: 7,
  title: 'Kindergeld',
  slug: 'kindergeld',
  _status: 'published',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
}

describe('content schemas', () => {
  it('has one schema per content collection', () => {
    expect(Object.keys(contentSchemas).sort()).toEqual(['angebote', 'erklaervideos', 'handlungsfelder', 'kontakte', 'meilensteine'].sort())
  })

  it('reads a Payload document with nulls for empty optional fields', () => {
    const parsed = angebotSchema.parse({
      ...base,
      summary: 'Geld für jedes Kind.',
      kind: 'geldleistung',
      body: null,
      handlungsfelder: [1, 2],
      kontakte: null,
      erklaervideos: [{ id: 'abc123' }],
      provider: null,
      costs: '  ',
      applyUrl: null,
      legalBasisUrl: 'https://www.gesetze-im-internet.de/estg/',
      synonyms: null,
    })
    expect(parsed.kontakte).toEqual([])
    expect(parsed.erklaervideos).toEqual(['abc123'])
    expect(parsed.costs).toBeUndefined()
    expect(parsed.body).toBeUndefined()
  })

  it('accepts MongoDB string IDs as well as SQLite numbers', () => {
    const doc = { ...base, id: '6650f0c2a1b2c3d4e5f60718', summary: 'x', kind: 'service', handlungsfelder: ['6650f0c2a1b2c3d4e5f60719'] }
    expect(angebotSchema.parse(doc).id).toBe('6650f0c2a1b2c3d4e5f60718')
  })

  it('names every broken field of a document', () => {
    const result = kontaktSchema.safeParse({
      ...base,
      kind: 'amt',
      street: 'Theodor-Heuss-Platz 12',
      postalCode: '5906',
      city: 'Hamm',
      email: 'kein-at-zeichen',
    })
    expect(result.success).toBe(false)
    const lines = describeIssues(result.error!)
    expect(lines.some((line) => line.startsWith('kind:'))).toBe(true)
    expect(lines).toContain('postalCode: must be a five-digit German postal code')
    expect(lines.some((line) => line.startsWith('email:'))).toBe(true)
  })

  it('refuses a slug that is not URL-safe', () => {
    const result = meilensteinSchema.safeParse({
      ...base,
      slug: 'Familienbüro 2008',
      date: '2008-01-01T00:00:00.000Z',
      status: 'erreicht',
      summary: 'Das Familienbüro öffnet.',
    })
    expect(result.success).toBe(false)
    expect(describeIssues(result.error!)[0]).toMatch(/^slug: must be a lowercase URL slug/)
  })
})
