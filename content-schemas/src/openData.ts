import { z } from 'zod'

import type { Angebot, Kontakt } from './content.ts'
import { angebotKindOptions, kontaktKindOptions, labelOf, lebenslageOptions, spokenLanguageOptions } from './options.ts'

/**
 * The open-data export of the published Angebote and Kontakte: built with the site for other
 * portals, counselling services and search engines. Its field names follow the Open Referral Human
 * Services Data Specification (HSDS 3.0): an Angebot is a `service`, a Kontakt a `location` with
 * its address, phone and weekly schedule, and `service_at_locations` joins them. What HSDS has no
 * field for carries the prefix `x_` (HSDS's way for extensions); the README lists the deviations.
 */

/** The licences the city can choose in the CMS (Website-Einstellungen), with their official names. */
export const openDataLicences = [
  {
    value: 'dl-de-by-2.0',
    label: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    url: 'https://www.govdata.de/dl-de/by-2-0',
  },
  { value: 'dl-de-zero-2.0', label: 'Datenlizenz Deutschland – Zero – Version 2.0', url: 'https://www.govdata.de/dl-de/zero-2-0' },
  { value: 'cc-by-4.0', label: 'Creative Commons Namensnennung 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' },
  { value: 'cc0-1.0', label: 'CC0 1.0 Universell (gemeinfrei)', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
] as const
export type OpenDataLicence = (typeof openDataLicences)[number]['value']
export const defaultOpenDataLicence: OpenDataLicence = 'dl-de-by-2.0'
export const openDataLicenceValues = openDataLicences.map((licence) => licence.value) as [OpenDataLicence, ...OpenDataLicence[]]

/** The files of the export, relative to the site's root: one truth for the builder, the page and the tests. */
export const openDataFiles = {
  services: 'opendata/angebote.json',
  servicesCsv: 'opendata/angebote.csv',
  servicesSchema: 'opendata/angebote.schema.json',
  locations: 'opendata/kontakte.json',
  locationsCsv: 'opendata/kontakte.csv',
  locationsSchema: 'opendata/kontakte.schema.json',
} as const

const code = z.object({ code: z.string(), label: z.string() })
const licence = z.object({ id: z.enum(openDataLicenceValues), name: z.string(), url: z.url() })
const header = {
  $schema: z.url().describe('The JSON Schema of this file'),
  title: z.string(),
  publisher: z.string().describe('Who publishes the data (Herausgeberin)'),
  license: licence,
  generated: z.iso.datetime({ offset: true }).describe('When the site and this file were built'),
  language: z.literal('de').describe('The language of the texts (German, the binding version)'),
  conforms_to: z.string().describe('The standard the field names follow'),
}

export const openDataServiceSchema = z.object({
  id: z.string().describe('Stable identifier: the offer’s address on the site (slug)'),
  name: z.string(),
  alternate_name: z.string().optional().describe('Other words families search for (Suchbegriffe)'),
  description: z.string().describe('Short description in plain language'),
  url: z.url().describe('The offer’s page on the site'),
  status: z.literal('active'),
  application_process: z.string().optional().describe('The steps to apply, in order'),
  fees_description: z.string().optional(),
  eligibility_description: z.string().optional(),
  x_apply_url: z.url().optional().describe('Online application'),
  required_documents: z.array(z.object({ document: z.string() })).describe('Documents to bring'),
  x_deadline: z.string().optional(),
  x_kind: code.describe('Art des Angebots'),
  x_life_situations: z.array(code).describe('Lebenslagen'),
  x_provider: z.string().optional(),
  x_legal_basis: z.object({ text: z.string(), url: z.url().optional() }).optional(),
  x_leika_key: z.string().optional().describe('LeiKa / FIM service key (Leistungsschlüssel), where the editors set it'),
  x_schema_org_type: z.literal('GovernmentService'),
  x_valid_from: z.iso.date().optional(),
  x_valid_until: z.iso.date().optional(),
  last_modified: z.iso.datetime({ offset: true }),
  service_at_locations: z.array(z.object({ location_id: z.string() })).describe('The Kontakte (ids in kontakte.json) that offer it'),
})
export type OpenDataService = z.infer<typeof openDataServiceSchema>

export const openDataLocationSchema = z.object({
  id: z.string().describe('Stable identifier: the contact’s address on the site (slug)'),
  name: z.string(),
  description: z.string().optional(),
  location_type: z.literal('physical'),
  url: z.url().optional().describe('The contact point’s own website'),
  x_page_url: z.url().describe('The contact’s page on this site'),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  addresses: z.array(
    z.object({
      address_1: z.string(),
      city: z.string(),
      state_province: z.literal('Nordrhein-Westfalen'),
      postal_code: z.string(),
      country: z.literal('DE'),
      address_type: z.literal('physical'),
    }),
  ),
  phones: z.array(z.object({ number: z.string(), type: z.literal('voice') })),
  x_email: z.email().optional(),
  x_appointment_url: z.url().optional(),
  languages: z.array(z.object({ name: z.string(), code: z.string() })),
  schedules: z.array(
    z.object({
      freq: z.literal('WEEKLY'),
      byday: z.enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']),
      opens_at: z.iso.time({ precision: 0 }),
      closes_at: z.iso.time({ precision: 0 }),
    }),
  ),
  x_schedule_note: z.string().optional(),
  x_kind: code.describe('Art der Kontaktstelle'),
  x_schema_org_type: z.enum(['GovernmentOffice', 'Place']),
  last_modified: z.iso.datetime({ offset: true }),
})
export type OpenDataLocation = z.infer<typeof openDataLocationSchema>

export const openDataServicesFileSchema = z.object({ ...header, services: z.array(openDataServiceSchema) })
export const openDataLocationsFileSchema = z.object({ ...header, locations: z.array(openDataLocationSchema) })
export type OpenDataServicesFile = z.infer<typeof openDataServicesFileSchema>
export type OpenDataLocationsFile = z.infer<typeof openDataLocationsFileSchema>

/** The JSON Schemas (2020-12) published beside the files, derived from the zod schemas above. */
export const openDataJsonSchemas = {
  services: () => z.toJSONSchema(openDataServicesFileSchema, { target: 'draft-2020-12', io: 'output' }),
  locations: () => z.toJSONSchema(openDataLocationsFileSchema, { target: 'draft-2020-12', io: 'output' }),
}

export const openDataStandard = 'Open Referral Human Services Data Specification (HSDS) 3.0, Felder mit „x_“ sind Ergänzungen'

/** The CMS's language values as ISO 639 codes where they differ (Deutsche Gebärdensprache: gsg). */
const iso639: Partial<Record<string, string>> = { dgs: 'gsg' }

const hsdsDays = { mo: 'MO', di: 'TU', mi: 'WE', do: 'TH', fr: 'FR', sa: 'SA', so: 'SU' } as const

type Context = { siteUrl: string; publisher: string; licence: OpenDataLicence; generated: string }

function headerOf(context: Context, schemaFile: string, title: string) {
  const chosen = openDataLicences.find((item) => item.value === context.licence) ?? openDataLicences[0]
  return {
    $schema: new URL(schemaFile, context.siteUrl).href,
    title,
    publisher: context.publisher,
    license: { id: chosen.value, name: chosen.label, url: chosen.url },
    generated: context.generated,
    language: 'de' as const,
    conforms_to: openDataStandard,
  }
}

const optional = <Key extends string, Value>(key: Key, value: Value | undefined | null) =>
  (value === undefined || value === null || value === '' ? {} : { [key]: value }) as Partial<Record<Key, Value>>

/** The published, current Angebote (German) as an HSDS services file. */
export function openDataServices(angebote: Angebot[], context: Context & { kontaktSlugs: ReadonlyMap<string, string> }): OpenDataServicesFile {
  return {
    ...headerOf(context, openDataFiles.servicesSchema, 'Angebote für Familien'),
    services: angebote.map((angebot) => ({
      id: angebot.slug,
      name: angebot.title,
      ...optional('alternate_name', angebot.synonyms),
      description: angebot.summary,
      url: new URL(`angebote/${angebot.slug}/`, context.siteUrl).href,
      status: 'active' as const,
      ...optional('application_process', angebot.steps.map((step, index) => `${index + 1}. ${step}`).join('\n')),
      ...optional('fees_description', angebot.costs),
      ...optional('eligibility_description', angebot.eligibility.summary),
      ...optional('x_apply_url', angebot.applyUrl),
      required_documents: angebot.documents.map((document) => ({ document })),
      ...optional('x_deadline', angebot.deadline),
      x_kind: { code: angebot.kind, label: labelOf(angebotKindOptions, angebot.kind) },
      x_life_situations: angebot.lebenslagen.map((lage) => ({ code: lage, label: labelOf(lebenslageOptions, lage) })),
      ...optional('x_provider', angebot.provider),
      ...(angebot.legalBasis ? { x_legal_basis: { text: angebot.legalBasis, ...optional('url', angebot.legalBasisUrl) } } : {}),
      ...optional('x_leika_key', angebot.leikaKey),
      x_schema_org_type: 'GovernmentService' as const,
      ...optional('x_valid_from', angebot.validFrom?.slice(0, 10)),
      ...optional('x_valid_until', angebot.validUntil?.slice(0, 10)),
      last_modified: angebot.updatedAt,
      service_at_locations: angebot.kontakte.flatMap((id) => {
        const slug = context.kontaktSlugs.get(String(id))
        return slug ? [{ location_id: slug }] : []
      }),
    })),
  }
}

/** The published Kontakte (German) as an HSDS locations file. */
export function openDataLocations(kontakte: Kontakt[], context: Context): OpenDataLocationsFile {
  return {
    ...headerOf(context, openDataFiles.locationsSchema, 'Kontaktstellen für Familien'),
    locations: kontakte.map((kontakt) => ({
      id: kontakt.slug,
      name: kontakt.title,
      ...optional('description', kontakt.summary),
      location_type: 'physical' as const,
      ...optional('url', kontakt.website),
      x_page_url: new URL(`kontakte/${kontakt.slug}/`, context.siteUrl).href,
      ...optional('latitude', kontakt.latitude),
      ...optional('longitude', kontakt.longitude),
      addresses: [
        {
          address_1: kontakt.street,
          city: kontakt.city,
          state_province: 'Nordrhein-Westfalen' as const,
          postal_code: kontakt.postalCode,
          country: 'DE' as const,
          address_type: 'physical' as const,
        },
      ],
      phones: kontakt.phone ? [{ number: kontakt.phone, type: 'voice' as const }] : [],
      ...optional('x_email', kontakt.email),
      ...optional('x_appointment_url', kontakt.appointmentUrl),
      languages: kontakt.languages.map((language) => ({ code: iso639[language] ?? language, name: labelOf(spokenLanguageOptions, language) })),
      schedules: kontakt.openingHours.map((slot) => ({
        freq: 'WEEKLY' as const,
        byday: hsdsDays[slot.day],
        opens_at: `${slot.opens}:00`,
        closes_at: `${slot.closes}:00`,
      })),
      ...optional('x_schedule_note', kontakt.openingHoursNote),
      x_kind: { code: kontakt.kind, label: labelOf(kontaktKindOptions, kontakt.kind) },
      x_schema_org_type: kontakt.kind === 'dienststelle' ? ('GovernmentOffice' as const) : ('Place' as const),
      last_modified: kontakt.updatedAt,
    })),
  }
}

/** One row per service for spreadsheets: lists joined with „; “, the steps with line breaks. */
export function openDataServiceRows(file: OpenDataServicesFile): Record<string, string>[] {
  return file.services.map((service) => ({
    id: service.id,
    name: service.name,
    description: service.description,
    url: service.url,
    kind: service.x_kind.label,
    life_situations: service.x_life_situations.map((item) => item.label).join('; '),
    eligibility_description: service.eligibility_description ?? '',
    fees_description: service.fees_description ?? '',
    application_process: service.application_process ?? '',
    apply_url: service.x_apply_url ?? '',
    documents: service.required_documents.map((item) => item.document).join('; '),
    deadline: service.x_deadline ?? '',
    provider: service.x_provider ?? '',
    legal_basis: service.x_legal_basis?.text ?? '',
    legal_basis_url: service.x_legal_basis?.url ?? '',
    leika_key: service.x_leika_key ?? '',
    location_ids: service.service_at_locations.map((item) => item.location_id).join('; '),
    valid_from: service.x_valid_from ?? '',
    valid_until: service.x_valid_until ?? '',
    last_modified: service.last_modified,
  }))
}

const germanDays = { MO: 'Mo', TU: 'Di', WE: 'Mi', TH: 'Do', FR: 'Fr', SA: 'Sa', SU: 'So' } as const

/** One row per location for spreadsheets; the weekly hours as „Mo 08:00–12:00; …“. */
export function openDataLocationRows(file: OpenDataLocationsFile): Record<string, string>[] {
  return file.locations.map((location) => ({
    id: location.id,
    name: location.name,
    kind: location.x_kind.label,
    description: location.description ?? '',
    street: location.addresses[0]?.address_1 ?? '',
    postal_code: location.addresses[0]?.postal_code ?? '',
    city: location.addresses[0]?.city ?? '',
    latitude: location.latitude === undefined ? '' : String(location.latitude),
    longitude: location.longitude === undefined ? '' : String(location.longitude),
    phone: location.phones.map((phone) => phone.number).join('; '),
    email: location.x_email ?? '',
    website: location.url ?? '',
    appointment_url: location.x_appointment_url ?? '',
    languages: location.languages.map((language) => language.name).join('; '),
    opening_hours: location.schedules
      .map((slot) => `${germanDays[slot.byday]} ${slot.opens_at.slice(0, 5)}–${slot.closes_at.slice(0, 5)}`)
      .join('; '),
    opening_hours_note: location.x_schedule_note ?? '',
    url: location.x_page_url,
    last_modified: location.last_modified,
  }))
}
