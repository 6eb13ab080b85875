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

import { defaultLocale, locales } from './i18n/locales.ts'
import { globalsLoader, mediaLoader, payloadLoader } from './loaders/payload.ts'

/** Translations live beside the German entries of their collection (`en/kindergeld`), checked by the same schema. */
const translated = locales.filter((locale) => locale !== defaultLocale)

export const collections = {
  [angeboteSlug]: defineCollection({ loader: payloadLoader({ collection: angeboteSlug, locales: translated }), schema: angebotSchema }),
  [handlungsfelderSlug]: defineCollection({
    loader: payloadLoader({ collection: handlungsfelderSlug, locales: translated }),
    schema: handlungsfeldSchema,
  }),
  [meilensteineSlug]: defineCollection({
    loader: payloadLoader({ collection: meilensteineSlug, locales: translated }),
    schema: meilensteinSchema,
  }),
  [erklaervideosSlug]: defineCollection({
    loader: payloadLoader({ collection: erklaervideosSlug, locales: translated }),
    schema: erklaervideoSchema,
  }),
  [kontakteSlug]: defineCollection({ loader: payloadLoader({ collection: kontakteSlug, locales: translated }), schema: kontaktSchema }),
  media: defineCollection({ loader: mediaLoader(), schema: mediaSchema }),
  // Each global is validated by its own schema in the loader (see globalSchemas).
  globals: defineCollection({ loader: globalsLoader({ locales: translated }), schema: z.looseObject({}) }),
}
