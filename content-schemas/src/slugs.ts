/** Collection slugs: the REST paths (`/api/<slug>`) and every `relationTo`. Defined once, here. */
export const angeboteSlug = 'angebote'
export const handlungsfelderSlug = 'handlungsfelder'
export const meilensteineSlug = 'meilensteine'
export const erklaervideosSlug = 'erklaervideos'
export const kontakteSlug = 'kontakte'
export const mediaSlug = 'media'
export const usersSlug = 'users'

/** The content types that the public site renders, in the order of the site's navigation. */
export const contentSlugs = [
  angeboteSlug,
  handlungsfelderSlug,
  meilensteineSlug,
  erklaervideosSlug,
  kontakteSlug,
] as const

export type ContentSlug = (typeof contentSlugs)[number]
