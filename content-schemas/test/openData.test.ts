/** The open-data export (issue 17): HSDS field names, valid against its own published JSON Schema, CSV rows. */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'

import {
  angebotSchema,
  kontaktSchema,
  openDataJsonSchemas,
  openDataLocationRows,
  openDataLocations,
  openDataLocationsFileSchema,
  openDataServiceRows,
  openDataServices,
  openDataServicesFileSchema,
} from '../src/index.ts'

const kontakt = kontaktSchema.parse({
  id: 7,
  title: 'Familienbüro',
  slug: 'familienbuero',
  kind: 'dienststelle',
  street: 'Theodor-Heuss-Platz 16',
  postalCode: '59065',
  city: 'Hamm',
  phone: '02381 17-0',
  email: 'familienbuero@stadt.hamm.invalid',
  languages: ['de', 'tr', 'dgs'],
  website: 'https://www.hamm.de/familienbuero',
  openingHours: [{ day: 'mo', opens: '08:00', closes: '12:00' }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
})
const angebot = angebotSchema.parse({
  id: 1,
  title: 'Kindergeld',
  slug: 'kindergeld',
  summary: 'Monatliches Geld für jedes Kind.',
  kind: 'geldleistung',
  handlungsfelder: [1],
  lebenslagen: ['schwangerschaft-geburt'],
  kontakte: [7, 99],
  steps: [{ text: 'Antrag stellen.' }, { text: 'Bescheid abwarten.' }],
  documents: [{ text: 'Geburtsurkunde' }],
  legalBasis: '§ 62 EStG',
  leikaKey: '99041008000000',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
})
const context = {
  siteUrl: 'https://familie.hamm.invalid/',
  publisher: 'Stadt Hamm',
  licence: 'dl-de-by-2.0' as const,
  generated: '2026-12-05T12:00:00.000Z',
}

describe('the open-data export', () => {
  const services = openDataServices([angebot], { ...context, kontaktSlugs: new Map([['7', 'familienbuero']]) })
  const locations = openDataLocations([kontakt], context)

  it('names an Angebot as an HSDS service, joined to its published Kontakte only', () => {
    expect(services.license).toEqual({
      id: 'dl-de-by-2.0',
      name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
      url: 'https://www.govdata.de/dl-de/by-2-0',
    })
    expect(services.$schema).toBe('https://familie.hamm.invalid/opendata/angebote.schema.json')
    expect(services.services[0]).toMatchObject({
      id: 'kindergeld',
      url: 'https://familie.hamm.invalid/angebote/kindergeld/',
      application_process: '1. Antrag stellen.\n2. Bescheid abwarten.',
      x_leika_key: '99041008000000',
      x_legal_basis: { text: '§ 62 EStG' },
      service_at_locations: [{ location_id: 'familienbuero' }],
      x_schema_org_type: 'GovernmentService',
    })
    expect(locations.locations[0]).toMatchObject({
      addresses: [{ address_1: 'Theodor-Heuss-Platz 16', postal_code: '59065', city: 'Hamm', country: 'DE' }],
      schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '08:00:00', closes_at: '12:00:00' }],
      languages: [
        { code: 'de', name: 'Deutsch' },
        { code: 'tr', name: 'Türkisch' },
        { code: 'gsg', name: 'Deutsche Gebärdensprache' },
      ],
      url: 'https://www.hamm.de/familienbuero',
      x_page_url: 'https://familie.hamm.invalid/kontakte/familienbuero/',
      x_schema_org_type: 'GovernmentOffice',
    })
  })

  it('is valid against the JSON Schema it publishes, which refuses a file without licence', () => {
    const ajv = addFormats(new Ajv2020({ allErrors: true }))
    const validServices = ajv.compile(openDataJsonSchemas.services())
    const validLocations = ajv.compile(openDataJsonSchemas.locations())
    expect(validServices(JSON.parse(JSON.stringify(services))), JSON.stringify(validServices.errors)).toBe(true)
    expect(validLocations(JSON.parse(JSON.stringify(locations))), JSON.stringify(validLocations.errors)).toBe(true)
    const { license: _license, ...withoutLicence } = services
    expect(validServices(withoutLicence)).toBe(false)
    // Formats are checked: a page address that is no URL is refused.
    expect(validServices({ ...services, services: [{ ...services.services[0], url: 'kein Link' }] })).toBe(false)
    expect(openDataServicesFileSchema.safeParse(services).success).toBe(true)
    expect(openDataLocationsFileSchema.safeParse(locations).success).toBe(true)
  })

  it('gives spreadsheets one row per service and per location', () => {
    expect(openDataServiceRows(services)[0]).toMatchObject({ id: 'kindergeld', documents: 'Geburtsurkunde', location_ids: 'familienbuero' })
    expect(openDataLocationRows(locations)[0]).toMatchObject({
      opening_hours: 'Mo 08:00–12:00',
      languages: 'Deutsch; Türkisch; Deutsche Gebärdensprache',
    })
  })
})
