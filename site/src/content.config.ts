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

import { globalsLoader, mediaLoader, payloadLoader } from './loaders/payload.ts'

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
  // Each global is validated by its own schema in the loader (see globalSchemas).
  globals: defineCollection({ loader: globalsLoader(), schema: z.looseObject({}) }),
}
