import { z } from 'zod'

import {
  angebotKinds,
  kontaktKinds,
  meilensteinStatuses,
} from './options.ts'
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
const optionalText = z.string().nullish().transform((value) => (value?.trim() ? value : undefined))
const relationIds = z
  .array(z.union([idSchema, z.looseObject({ id: idSchema })]))
  .nullish()
  .transform((values) => (values ?? []).map((value) => (typeof value === 'object' ? value.id : value)))
const isoDate = z.iso.datetime({ offset: true })

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
  title: z.string().trim().min(1).max(160),
  slug: z.string().regex(slugPattern, 'must be a lowercase URL slug such as "kita-platz"'),
  _status: z.literal('published').optional(),
  createdAt: isoDate,
  updatedAt: isoDate,
})

export const handlungsfeldSchema = publishedDocument.extend({
  summary: z.string().trim().min(1).max(400),
  body: optionalRichText,
  order: z.number().int().nullish().transform((value) => value ?? 0),
})
export type Handlungsfeld = z.infer<typeof handlungsfeldSchema>

export const meilensteinSchema = publishedDocument.extend({
  date: isoDate,
  endDate: isoDate.nullish().transform((value) => value ?? undefined),
  status: z.enum(meilensteinStatuses),
  summary: z.string().trim().min(1).max(400),
  body: optionalRichText,
  handlungsfelder: relationIds,
  sources: z
    .array(z.object({ label: z.string().min(1), url: optionalText }))
    .nullish()
    .transform((values) => values ?? []),
})
export type Meilenstein = z.infer<typeof meilensteinSchema>

export const angebotSchema = publishedDocument.extend({
  summary: z.string().trim().min(1).max(400),
  kind: z.enum(angebotKinds),
  body: optionalRichText,
  handlungsfelder: relationIds,
  kontakte: relationIds,
  erklaervideos: relationIds,
  provider: optionalText,
  costs: optionalText,
  applyUrl: z.url().nullish().transform((value) => value ?? undefined),
  applySteps: optionalText,
  legalBasis: optionalText,
  legalBasisUrl: z.url().nullish().transform((value) => value ?? undefined),
  synonyms: optionalText,
})
export type Angebot = z.infer<typeof angebotSchema>

export const erklaervideoSchema = publishedDocument.extend({
  description: z.string().trim().min(1).max(600),
  transcript: z.string().trim().min(1),
  durationSeconds: z.number().int().positive().nullish().transform((value) => value ?? undefined),
})
export type Erklaervideo = z.infer<typeof erklaervideoSchema>

export const kontaktSchema = publishedDocument.extend({
  kind: z.enum(kontaktKinds),
  summary: optionalText,
  street: z.string().trim().min(1),
  postalCode: z.string().regex(/^\d{5}$/, 'must be a five-digit German postal code'),
  city: z.string().trim().min(1),
  phone: optionalText,
  email: z.email().nullish().transform((value) => value ?? undefined),
  website: z.url().nullish().transform((value) => value ?? undefined),
  openingHours: optionalText,
})
export type Kontakt = z.infer<typeof kontaktSchema>
