import type { z } from 'zod'

import { angebotSchema, erklaervideoSchema, handlungsfeldSchema, kontaktSchema, meilensteinSchema } from './content.ts'
import type { ContentSlug } from './slugs.ts'

export * from './content.ts'
export * from './contract.ts'
export * from './fieldLabels.ts'
export * from './globals.ts'
export * from './limits.ts'
export * from './matcher/index.ts'
export * from './mediaReferences.ts'
export * from './options.ts'
export * from './slugify.ts'
export * from './slugs.ts'
export * from './localized.ts'

/** The schema of each content type, keyed by collection slug. */
export const contentSchemas = {
  angebote: angebotSchema,
  handlungsfelder: handlungsfeldSchema,
  meilensteine: meilensteinSchema,
  erklaervideos: erklaervideoSchema,
  kontakte: kontaktSchema,
} as const satisfies Record<ContentSlug, z.ZodType>

/** One line per problem, naming the field, e.g. `postalCode: must be a five-digit German postal code`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(document)'}: ${issue.message}`)
}
export * from './openData.ts'
