import {
  angebotSchema,
  angeboteSlug,
  erklaervideoSchema,
  erklaervideosSlug,
  handlungsfeldSchema,
  handlungsfelderSlug,
  kontaktSchema,
  kontakteSlug,
  mediaSchema,
  meilensteinSchema,
  meilensteineSlug,
} from '@familienrathaus/content-schemas'
import { defineCollection } from 'astro:content'
import { z } from 'astro/zod'

import { locales } from './i18n/locales.ts'
import { globalsLoader, mediaLoader, payloadLoader, translationsLoader } from './loaders/payload.ts'

export const collections = {
  [angeboteSlug]: defineCollection({ loader: payloadLoader({ collection: angeboteSlug }), schema: angebotSchema }),
  [handlungsfelderSlug]: defineCollection({
    loader: payloadLoader({ collection: handlungsfelderSlug }),
    schema: handlungsfeldSchema,
  }),
  [meilensteineSlug]: defineCollection({
    loader: payloadLoader({ collection: meilensteineSlug }),
    schema: meilensteinSchema,
  }),
  [erklaervideosSlug]: defineCollection({
    loader: payloadLoader({ collection: erklaervideosSlug }),
    schema: erklaervideoSchema,
  }),
  [kontakteSlug]: defineCollection({ loader: payloadLoader({ collection: kontakteSlug }), schema: kontaktSchema }),
  media: defineCollection({ loader: mediaLoader(), schema: mediaSchema }),
  // Each translation is validated by its collection's schema in the loader.
  translations: defineCollection({
    loader: translationsLoader({
      collections: [angeboteSlug, handlungsfelderSlug, meilensteineSlug, erklaervideosSlug, kontakteSlug],
      locales: locales.filter((locale) => locale !== 'de'),
    }),
    schema: z.object({ collection: z.string(), slug: z.string(), locale: z.string(), doc: z.looseObject({}) }),
  }),
  // Each global is validated by its own schema in the loader (see globalSchemas).
  globals: defineCollection({ loader: globalsLoader({ locales: locales.filter((locale) => locale !== 'de') }), schema: z.looseObject({}) }),
}
