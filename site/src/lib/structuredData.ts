import type { Angebot, Erklaervideo, Kontakt, Media, Meilenstein } from '@familienrathaus/content-schemas'

import { angebotKindOptions, labelOf, lebenslageOptions, weekdayOptions } from '@familienrathaus/content-schemas'

/** schema.org JSON-LD for search engines: what each page is, in their vocabulary. */
type Thing = Record<string, unknown>

const hamm: Thing = {
  '@type': 'City',
  name: 'Hamm',
  address: { '@type': 'PostalAddress', addressRegion: 'Nordrhein-Westfalen', addressCountry: 'DE' },
}
const dayNames: Record<string, string> = {
  mo: 'Monday',
  di: 'Tuesday',
  mi: 'Wednesday',
  do: 'Thursday',
  fr: 'Friday',
  sa: 'Saturday',
  so: 'Sunday',
}

/** Serialised for a <script type="application/ld+json">: "<" escaped so text can never end the element. */
export function jsonLd(data: Thing | Thing[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}

export function breadcrumbList(items: { name: string; url: string }[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  }
}

export function governmentService(angebot: Angebot, { url, kontakte }: { url: string; kontakte: Kontakt[] }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: angebot.title,
    description: angebot.summary,
    url,
    serviceType: labelOf(angebotKindOptions, angebot.kind),
    provider: { '@type': 'GovernmentOrganization', name: angebot.provider ?? 'Stadt Hamm' },
    areaServed: hamm,
    ...(angebot.lebenslagen.length > 0
      ? { audience: angebot.lebenslagen.map((lage) => ({ '@type': 'Audience', audienceType: labelOf(lebenslageOptions, lage) })) }
      : {}),
    ...(angebot.applyUrl ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: angebot.applyUrl } } : {}),
    ...(kontakte.length > 0 ? { serviceOperator: kontakte.map((kontakt) => ({ '@type': 'GovernmentOffice', name: kontakt.title })) } : {}),
    ...(angebot.legalBasis ? { termsOfService: angebot.legalBasisUrl ?? angebot.legalBasis } : {}),
  }
}

export function governmentOffice(kontakt: Kontakt, { url }: { url: string }): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': kontakt.kind === 'dienststelle' ? 'GovernmentOffice' : 'Place',
    name: kontakt.title,
    ...(kontakt.summary ? { description: kontakt.summary } : {}),
    url,
    address: {
      '@type': 'PostalAddress',
      streetAddress: kontakt.street,
      postalCode: kontakt.postalCode,
      addressLocality: kontakt.city,
      addressCountry: 'DE',
    },
    ...(kontakt.phone ? { telephone: kontakt.phone } : {}),
    ...(kontakt.email ? { email: kontakt.email } : {}),
    ...(kontakt.latitude !== undefined && kontakt.longitude !== undefined
      ? { geo: { '@type': 'GeoCoordinates', latitude: kontakt.latitude, longitude: kontakt.longitude } }
      : {}),
    ...(kontakt.openingHours.length > 0
      ? {
          openingHoursSpecification: kontakt.openingHours.map((slot) => ({
            '@type': 'OpeningHoursSpecification',
            dayOfWeek: `https://schema.org/${dayNames[slot.day]}`,
            opens: slot.opens,
            closes: slot.closes,
          })),
        }
      : {}),
    ...(kontakt.languages.length > 0 ? { knowsLanguage: kontakt.languages.filter((language) => language !== 'dgs') } : {}),
  }
}

/** ISO 8601 duration: 90 → PT1M30S */
export const isoDuration = (seconds: number) => {
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return minutes || rest ? `PT${minutes ? `${minutes}M` : ''}${rest ? `${rest}S` : ''}` : 'PT0S'
}

export function videoObject(
  video: Erklaervideo,
  { url, file, poster, mediaUrl }: { url: string; file?: Media; poster?: Media; mediaUrl: (filename: string) => string },
): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'VideoObject',
    name: video.title,
    description: video.description,
    url,
    uploadDate: video.createdAt,
    inLanguage: 'de',
    transcript: video.transcript,
    ...(video.durationSeconds ? { duration: isoDuration(video.durationSeconds) } : {}),
    ...(file ? { contentUrl: new URL(mediaUrl(file.filename), url).href, encodingFormat: file.mimeType } : {}),
    ...(poster ? { thumbnailUrl: new URL(mediaUrl(poster.filename), url).href } : {}),
  }
}

export function milestoneEvent(meilenstein: Meilenstein, { url }: { url: string }): Thing {
  const status = { erreicht: 'EventScheduled', 'in-arbeit': 'EventScheduled', geplant: 'EventScheduled' }[meilenstein.status]
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: meilenstein.title,
    description: meilenstein.summary,
    url,
    startDate: meilenstein.date.slice(0, 10),
    ...(meilenstein.endDate ? { endDate: meilenstein.endDate.slice(0, 10) } : {}),
    eventStatus: `https://schema.org/${status}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: 'Hamm', address: hamm.address },
    organizer: { '@type': 'GovernmentOrganization', name: 'Stadt Hamm', url: 'https://www.hamm.de' },
  }
}

export const weekdayLabel = (day: string) => weekdayOptions.find((option) => option.value === day)?.label ?? day
