import { z } from 'zod'

import { idSchema, richTextSchema } from './content.ts'
import { defaultOpenDataLicence, openDataLicenceValues } from './openData.ts'

const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value : undefined))
const link = z.object({
  label: z.string().trim().min(1),
  href: z.string().regex(/^(\/(?!\/)|https:\/\/)/, 'must be a site path or an https URL'),
})

/** Where „Seite schnell verlassen“ leads unless the administration sets another page: neutral, and on every device. */
export const defaultQuickExitUrl = 'https://www.google.de/'

export const einstellungenSchema = z.object({
  siteName: z.string().trim().min(1),
  tagline: optionalText,
  description: optionalText,
  publisher: z.string().trim().min(1),
  contactEmail: optionalText,
  quickExitUrl: z
    .url()
    .nullish()
    .transform((value) => value ?? defaultQuickExitUrl),
  openDataLicence: z
    .enum(openDataLicenceValues)
    .nullish()
    .transform((value) => value ?? defaultOpenDataLicence),
})
export type Einstellungen = z.infer<typeof einstellungenSchema>

export const navigationSchema = z.object({ items: z.array(link).min(1) })
export type Navigation = z.infer<typeof navigationSchema>

export const fusszeileSchema = z.object({
  text: optionalText,
  links: z
    .array(link)
    .nullish()
    .transform((links) => links ?? []),
})
export type Fusszeile = z.infer<typeof fusszeileSchema>

/** The required pages share title, intro and body; some add fields of their own. */
export const pageGlobalSchema = z.object({
  title: z.string().trim().min(1),
  intro: optionalText,
  body: richTextSchema.nullish().transform((value) => value ?? undefined),
  updatedAt: z.iso.datetime({ offset: true }).nullish(),
})
export type PageGlobal = z.infer<typeof pageGlobalSchema>

export const barrierefreiheitSchema = pageGlobalSchema.extend({
  conformance: z.enum(['vollstaendig', 'teilweise', 'nicht']),
  knownIssues: z
    .array(z.object({ text: z.string().min(1) }))
    .nullish()
    .transform((rows) => (rows ?? []).map((row) => row.text)),
  assessedOn: z.iso.datetime({ offset: true }),
  method: optionalText,
  feedback: z
    .object({ email: optionalText, phone: optionalText, postalAddress: optionalText })
    .refine((feedback) => feedback.email || feedback.phone || feedback.postalAddress, {
      message: 'needs at least one way to report barriers',
    }),
  enforcement: z.object({ body: optionalText, url: optionalText }).nullish(),
})
export type Barrierefreiheit = z.infer<typeof barrierefreiheitSchema>

export const gebaerdenspracheSchema = pageGlobalSchema.extend({
  videos: z
    .array(z.object({ title: z.string().min(1), video: z.union([idSchema, z.looseObject({ id: idSchema })]), transcript: z.string().min(1) }))
    .nullish()
    .transform((rows) => (rows ?? []).map((row) => ({ ...row, video: typeof row.video === 'object' ? row.video.id : row.video }))),
})
export type Gebaerdensprache = z.infer<typeof gebaerdenspracheSchema>

export const globalSchemas = {
  einstellungen: einstellungenSchema,
  navigation: navigationSchema,
  fusszeile: fusszeileSchema,
  impressum: pageGlobalSchema,
  datenschutz: pageGlobalSchema,
  barrierefreiheit: barrierefreiheitSchema,
  'leichte-sprache': pageGlobalSchema,
  gebaerdensprache: gebaerdenspracheSchema,
} as const
export type GlobalSlugName = keyof typeof globalSchemas
