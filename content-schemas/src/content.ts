import { z } from 'zod'

import {
  angebotKinds,
  kontaktKinds,
  lebenslagen,
  meilensteinStatuses,
  offerImportances,
  reminderKinds,
  reminderOffsetLimits,
  reminderUnits,
  spokenLanguages,
  weekdays,
} from './options.ts'
import { contentPatterns, coordinateLimits, textLimits } from './limits.ts'
import { amountSchema } from './matcher/amountSchema.ts'
import { hasAmount } from './matcher/offers.ts'
import { rulesSchema } from './matcher/rules.ts'
import { benefits } from './matcher/values.ts'
import { slugPattern } from './slugify.ts'

/**
 * The shape of a published document as the CMS's REST API returns it (depth 0, one locale).
 * The site's content collections and the CMS's contract tests parse documents with these schemas,
 * so a document the site cannot render fails here, with the field named, and not on a page.
 */

/** SQLite gives numeric IDs, MongoDB ObjectId strings. */
export const idSchema = z.union([z.string().min(1), z.number().int()])
export type Id = z.infer<typeof idSchema>

/** Payload sends empty optional fields as null; the site treats null and missing alike. */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value : undefined))
const relationIds = z
  .array(z.union([idSchema, z.looseObject({ id: idSchema })]))
  .nullish()
  .transform((values) => (values ?? []).map((value) => (typeof value === 'object' ? value.id : value)))
const isoDate = z.iso.datetime({ offset: true })
const optionalDate = isoDate.nullish().transform((value) => value ?? undefined)
const optionalUrl = z
  .url()
  .nullish()
  .transform((value) => value ?? undefined)
/** An upload relation at depth 0: the media document's ID, or nothing. */
const optionalMedia = z
  .union([idSchema, z.looseObject({ id: idSchema })])
  .nullish()
  .transform((value) => (value && typeof value === 'object' ? value.id : (value ?? undefined)))
const textRows = z
  .array(z.object({ text: z.string().trim().min(1) }))
  .nullish()
  .transform((rows) => (rows ?? []).map((row) => row.text))

export type LexicalNode = {
  type: string
  children?: LexicalNode[]
  text?: string
  [key: string]: unknown
}
export const lexicalNodeSchema: z.ZodType<LexicalNode> = z.lazy(() =>
  z.looseObject({
    type: z.string(),
    children: z.array(lexicalNodeSchema).optional(),
    text: z.string().optional(),
  }),
)
export const richTextSchema = z.object({
  root: z.looseObject({ type: z.literal('root'), children: z.array(lexicalNodeSchema) }),
})
export type RichText = z.infer<typeof richTextSchema>
const optionalRichText = richTextSchema.nullish().transform((value) => value ?? undefined)

const publishedDocument = z.object({
  id: idSchema,
  title: z.string().trim().min(1).max(textLimits.title),
  slug: z.string().regex(slugPattern, 'must be a lowercase URL slug such as "kita-platz"'),
  // Draft previews render drafts; public builds refuse them in the loader.
  _status: z.enum(['draft', 'published']).optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
})

export const handlungsfeldSchema = publishedDocument.extend({
  summary: z.string().trim().min(1).max(textLimits.summary),
  body: optionalRichText,
  order: z
    .number()
    .int()
    .nullish()
    .transform((value) => value ?? 0),
  image: optionalMedia,
})
export type Handlungsfeld = z.infer<typeof handlungsfeldSchema>

export const meilensteinSchema = publishedDocument.extend({
  date: isoDate,
  endDate: isoDate.nullish().transform((value) => value ?? undefined),
  status: z.enum(meilensteinStatuses),
  summary: z.string().trim().min(1).max(textLimits.summary),
  body: optionalRichText,
  handlungsfelder: relationIds,
  angebote: relationIds,
  images: relationIds,
  sources: z
    .array(z.object({ label: z.string().min(1), url: optionalText }))
    .nullish()
    .transform((values) => values ?? []),
})
export type Meilenstein = z.infer<typeof meilensteinSchema>

/** The Angebot's Voraussetzungen group as the site reads it (the CMS adds the editors' Testfamilien). */
export const eligibilityGroupSchema = z.object({ summary: optionalText, rules: rulesSchema, benefit: z.enum(benefits).nullish() })
/** The fields of that group, e.g. for the seed runner, which writes them at the top of a seed Angebot. */
export const eligibilityFieldNames = Object.keys(eligibilityGroupSchema.shape) as (keyof typeof eligibilityGroupSchema.shape)[]

export const angebotSchema = publishedDocument.extend({
  summary: z.string().trim().min(1).max(textLimits.angebotSummary),
  summaryLeichteSprache: optionalText,
  kind: z.enum(angebotKinds),
  body: optionalRichText,
  handlungsfelder: relationIds,
  lebenslagen: z
    .array(z.enum(lebenslagen))
    .nullish()
    .transform((values) => values ?? []),
  eligibility: eligibilityGroupSchema
    .nullish()
    .transform((value) => ({ summary: value?.summary, rules: value?.rules ?? [], benefit: value?.benefit ?? undefined })),
  kontakte: relationIds,
  erklaervideos: relationIds,
  provider: optionalText,
  costs: optionalText,
  /** What a money offer pays as data (the CMS group; without a kind, the offer names no amount). */
  amount: z.preprocess((value) => (hasAmount(value) ? value : undefined), amountSchema.optional()),
  applyUrl: optionalUrl,
  steps: textRows,
  documents: textRows,
  deadline: optionalText,
  reminders: z
    .array(
      z.object({
        label: z.string().trim().min(1),
        kind: z.enum(reminderKinds),
        offset: z.number().int().min(reminderOffsetLimits.min).max(reminderOffsetLimits.max),
        unit: z.enum(reminderUnits),
      }),
    )
    .nullish()
    .transform((rows) => (rows ?? []).map(({ label, kind, offset, unit }) => ({ label, kind, offset, unit }))),
  importance: z
    .enum(offerImportances)
    .nullish()
    .transform((value) => value ?? undefined),
  legalBasis: optionalText,
  legalBasisUrl: optionalUrl,
  leikaKey: optionalText,
  synonyms: optionalText,
  validFrom: optionalDate,
  validUntil: optionalDate,
  translatedOn: optionalDate,
  prominentQuickExit: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
})
export type Angebot = z.infer<typeof angebotSchema>

export const erklaervideoSchema = publishedDocument
  .extend({
    description: z.string().trim().min(1).max(textLimits.erklaervideoDescription),
    transcript: z.string().trim().min(1),
    durationSeconds: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((value) => value ?? undefined),
    video: optionalMedia,
    captions: optionalMedia,
    poster: optionalMedia,
    dgsVideo: optionalMedia,
    leichteSpracheVideo: optionalMedia,
    externalUrl: optionalUrl,
  })
  .refine((video) => video.video !== undefined || video.externalUrl !== undefined, {
    message: 'needs a video file or an external video URL',
    path: ['video'],
  })
  .refine((video) => video.video === undefined || video.captions !== undefined, {
    message: 'a video file needs captions (WebVTT)',
    path: ['captions'],
  })
export type Erklaervideo = z.infer<typeof erklaervideoSchema>

const time = z.string().regex(contentPatterns.time, 'must be a time like 08:30')

export const openingHoursSchema = z
  .array(z.object({ day: z.enum(weekdays), opens: time, closes: time }))
  .nullish()
  .transform((slots) => (slots ?? []).map(({ day, opens, closes }) => ({ day, opens, closes })))
export type OpeningHours = z.infer<typeof openingHoursSchema>

export const kontaktSchema = publishedDocument.extend({
  kind: z.enum(kontaktKinds),
  summary: optionalText,
  street: z.string().trim().min(1),
  postalCode: z.string().regex(contentPatterns.postalCode, 'must be a five-digit German postal code'),
  city: z.string().trim().min(1),
  latitude: z
    .number()
    .min(-coordinateLimits.latitude)
    .max(coordinateLimits.latitude)
    .nullish()
    .transform((value) => value ?? undefined),
  longitude: z
    .number()
    .min(-coordinateLimits.longitude)
    .max(coordinateLimits.longitude)
    .nullish()
    .transform((value) => value ?? undefined),
  phone: optionalText,
  email: z
    .email()
    .nullish()
    .transform((value) => value ?? undefined),
  website: optionalUrl,
  appointmentUrl: optionalUrl,
  languages: z
    .array(z.enum(spokenLanguages))
    .nullish()
    .transform((values) => values ?? []),
  openingHours: openingHoursSchema,
  openingHoursNote: optionalText,
  accessibility: z
    .object({
      stepFree: z.boolean().nullish(),
      accessibleToilet: z.boolean().nullish(),
      hearingLoop: z.boolean().nullish(),
      notes: optionalText,
    })
    .nullish()
    .transform((value) => ({
      stepFree: value?.stepFree ?? false,
      accessibleToilet: value?.accessibleToilet ?? false,
      hearingLoop: value?.hearingLoop ?? false,
      notes: value?.notes,
    })),
})
export type Kontakt = z.infer<typeof kontaktSchema>

/**
 * The content types as the CMS stores them, before the reader's defaults and clean-ups: what seed
 * data is written as, so a field added to a schema reaches the seed types too.
 */
export type HandlungsfeldInput = z.input<typeof handlungsfeldSchema>
export type MeilensteinInput = z.input<typeof meilensteinSchema>
export type AngebotInput = z.input<typeof angebotSchema>
export type ErklaervideoInput = z.input<typeof erklaervideoSchema>
export type KontaktInput = z.input<typeof kontaktSchema>

/** An uploaded file as the CMS lists it: images come with responsive sizes in WebP and AVIF. */
const mediaSize = z
  .object({
    filename: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
    mimeType: z.string().nullish(),
    filesize: z.number().nullish(),
  })
  .nullish()
export const mediaSchema = z
  .object({
    id: idSchema,
    filename: z.string().min(1),
    mimeType: z.string().min(1),
    filesize: z.number().int().nonnegative(),
    width: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((value) => value ?? undefined),
    height: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((value) => value ?? undefined),
    alt: optionalText,
    caption: optionalText,
    focalX: z
      .number()
      .nullish()
      .transform((value) => value ?? undefined),
    focalY: z
      .number()
      .nullish()
      .transform((value) => value ?? undefined),
    sizes: z
      .record(z.string(), mediaSize)
      .nullish()
      .transform((sizes) =>
        Object.fromEntries(
          Object.entries(sizes ?? {}).flatMap(([name, size]) =>
            size?.filename && size.width && size.height
              ? [[name, { filename: size.filename, width: size.width, height: size.height, mimeType: size.mimeType ?? '' }]]
              : [],
          ),
        ),
      ),
    updatedAt: isoDate,
  })
  .refine((media) => !media.mimeType.startsWith('image/') || media.alt !== undefined, {
    message: 'an image needs alternative text',
    path: ['alt'],
  })
export type Media = z.infer<typeof mediaSchema>
