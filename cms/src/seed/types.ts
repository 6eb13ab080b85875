import type {
  AngebotKind,
  Benefit,
  Condition,
  Household,
  KontaktKind,
  Lebenslage,
  MeilensteinStatus,
  SpokenLanguage,
  Weekday,
} from '@familienrathaus/content-schemas'

/**
 * Seed documents as plain data. Relations name the related document by slug; the runner turns
 * them into IDs. Long texts are lists of paragraphs; the runner turns them into rich text.
 */
export type SeedHandlungsfeld = {
  title: string
  slug: string
  summary: string
  body: string[]
  order: number
}

export type SeedMeilenstein = {
  title: string
  slug: string
  /** YYYY-MM-DD */
  date: string
  endDate?: string
  status: MeilensteinStatus
  summary: string
  body: string[]
  handlungsfelder: string[]
  sources: { label: string; url?: string }[]
}

export type SeedKontakt = {
  title: string
  slug: string
  kind: KontaktKind
  summary: string
  street: string
  postalCode: string
  city: string
  phone?: string
  email?: string
  website?: string
  appointmentUrl?: string
  latitude?: number
  longitude?: number
  languages?: SpokenLanguage[]
  openingHours?: { day: Weekday; opens: string; closes: string }[]
  openingHoursNote?: string
  accessibility?: { stepFree?: boolean; accessibleToilet?: boolean; hearingLoop?: boolean; notes?: string }
}

export type SeedErklaervideo = {
  title: string
  slug: string
  description: string
  transcript: string
  durationSeconds: number
  /** Files in seed/media/, uploaded by the runner. */
  files?: { video: string; captions: string; poster?: string; posterAlt?: string }
}

export type SeedAngebot = {
  title: string
  slug: string
  summary: string
  kind: AngebotKind
  body: string[]
  handlungsfelder: string[]
  kontakte: string[]
  erklaervideos: string[]
  provider: string
  costs?: string
  applyUrl?: string
  /** What to do, in order. */
  steps?: string[]
  /** What to bring or upload. */
  documents?: string[]
  lebenslagen?: Lebenslage[]
  eligibilitySummary?: string
  summaryLeichteSprache?: string
  legalBasis?: string
  legalBasisUrl?: string
  synonyms?: string
  /** The benefit this offer is, for rules that ask whether a household receives it (chains). */
  benefit?: Benefit
  /** Eligibility for the situation matcher: conditions that must all hold (see content-schemas/src/matcher/rules.ts). */
  rules?: Condition[]
  /** Example households with the expected result; publishing is refused while one of them fails. */
  testFamilies?: { name: string; household: Household; expected: 'yes' | 'maybe' | 'no' }[]
}
