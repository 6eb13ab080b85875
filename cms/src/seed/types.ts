import type {
  AngebotInput,
  AmountInput,
  Condition,
  ErklaervideoInput,
  HandlungsfeldInput,
  Household,
  KontaktInput,
  Match,
  MeilensteinInput,
} from '@familienrathaus/content-schemas'

/**
 * Seed documents as plain data, derived from the content schemas (what the CMS stores), so a field
 * added to a schema appears here, and a required one is a type error in every seed file that lacks
 * it. Only what plain data cannot or need not say differs:
 * - Relations name the related document by slug; the runner turns them into IDs.
 * - Long texts are lists of paragraphs; the runner turns them into rich text.
 * - Media are files in seed/media/, uploaded by the runner.
 */

/** Set by Payload or the runner: every seed document is published. */
type Generated = 'id' | 'createdAt' | 'updatedAt' | '_status'
/** Relations (as slugs) and long texts (as paragraphs) are lists of strings in seed data. */
type Strings<T, K extends keyof T> = Omit<T, K> & Record<K, string[]>

// No seed Handlungsfeld has an image.
export type SeedHandlungsfeld = Strings<Omit<HandlungsfeldInput, Generated | 'image'>, 'body'>

export type SeedMeilenstein = Strings<
  // The Angebote are created after the Meilensteine, so a seed Meilenstein cannot point at one; it has no images.
  Omit<MeilensteinInput, Generated | 'angebote' | 'images' | 'date' | 'endDate'>,
  'handlungsfelder' | 'body'
> & {
  /** YYYY-MM-DD; the runner makes it midnight UTC. */
  date: string
  endDate?: string
}

export type SeedKontakt = Omit<KontaktInput, Generated>

type VideoMedia = 'video' | 'captions' | 'poster' | 'dgsVideo' | 'leichteSpracheVideo'
export type SeedErklaervideo = Omit<ErklaervideoInput, Generated | VideoMedia> & {
  /** Files in seed/media/, uploaded by the runner (no seed video has a DGS or Leichte-Sprache version). */
  files?: { video: string; captions: string; poster?: string; posterAlt?: string }
}

type Eligibility = NonNullable<AngebotInput['eligibility']>

/**
 * The eligibility group's fields stand at the top of a seed Angebot (the summary as
 * eligibilitySummary), as the catalogue check and the finder's offers read them; the runner puts
 * them back into the group. Rules are written in their parsed form (see seed/rules.ts), which the
 * schema's input type (anything, parsed later) does not describe.
 */
type SeedEligibility = {
  [K in keyof Eligibility as K extends 'summary' ? 'eligibilitySummary' : K]?: K extends 'rules' ? Condition[] : Eligibility[K]
} & {
  /**
   * Example households with the expected result; publishing is refused while one of them fails.
   * The editors' own field, which the site does not read (the contract test ties it to the CMS's rows).
   */
  testFamilies?: { name: string; household: Household; expected: Match['fit'] | 'no' }[]
}

export type SeedAngebot = Strings<
  Omit<AngebotInput, Generated | 'eligibility' | 'steps' | 'documents' | 'amount'>,
  'handlungsfelder' | 'kontakte' | 'erklaervideos' | 'body'
> &
  SeedEligibility & {
    /** What a money offer pays, checked against the amount schema (the CMS group takes it as it is). */
    amount?: AmountInput
    /** What to do, in order (one row per step in the CMS). */
    steps?: string[]
    /** What to bring or upload (one row per document in the CMS). */
    documents?: string[]
  }

/**
 * A seed Angebot's translation into one of the other languages, in
 * `seed/data/angebot-translations/<language>/<slug>.ts`: the texts a family needs to act on the
 * offer (title, summaries, steps, documents, costs, who provides it, search words, the finder's
 * reasons). What it leaves out (the long description, Leichte Sprache, the legal basis) stays
 * German on the page, marked as German.
 */
export type SeedAngebotTranslation = {
  /** The day of the translation (YYYY-MM-DD); shown with it on the page. */
  translatedOn: string
  /** The translated name, with the German name the office uses beside it: „Child benefit (Kindergeld)“. */
  title: string
  summary: string
  costs?: string
  provider?: string
  eligibilitySummary?: string
  synonyms?: string
  /** As many as the German steps, in the same order. */
  steps?: string[]
  /** As many as the German documents, in the same order. */
  documents?: string[]
  deadline?: string
  /** The labels of the German „Fristen ab der Geburt“, as many and in the same order. */
  reminders?: string[]
  /** Every reason and proviso text of the German rules, keyed by the German text. */
  ruleTexts?: Record<string, string>
}
