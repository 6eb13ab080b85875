import { describe, expect, it } from 'vitest'

import { kontaktSchema } from '@familienrathaus/content-schemas'

import { governmentOffice, isoDuration, jsonLd } from '../src/lib/structuredData.ts'

describe('structured data', () => {
  it('writes durations the ISO way', () => {
    expect(isoDuration(90)).toBe('PT1M30S')
    expect(isoDuration(60)).toBe('PT1M')
    expect(isoDuration(45)).toBe('PT45S')
  })

  it('can never close its script element', () => {
    expect(jsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>')
  })

  it('describes opening hours as schema.org specifications', () => {
    const kontakt = kontaktSchema.parse({
      id: 1,
      title: 'Familienbüro',
      slug: 'familienbuero',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      kind: 'dienststelle',
      street: 'Theodor-Heuss-Platz 12',
      postalCode: '59065',
      city: 'Hamm',
      phone: '02381 17-0',
      openingHours: [{ day: 'mo', opens: '08:00', closes: '12:00' }],
      languages: ['de', 'tr', 'dgs'],
    })
    const office = governmentOffice(kontakt, { url: 'https://familienrathaus.example/kontakte/familienbuero/' })
    expect(office['@type']).toBe('GovernmentOffice')
    expect(office.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '08:00', closes: '12:00' },
    ])
    expect(office.knowsLanguage).toEqual(['de', 'tr'])
  })
})
