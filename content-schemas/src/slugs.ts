/** Collection slugs: the REST paths (`/api/<slug>`) and every `relationTo`. Defined once, here. */
export const angeboteSlug = 'angebote'
export const handlungsfelderSlug = 'handlungsfelder'
export const meilensteineSlug = 'meilensteine'
export const erklaervideosSlug = 'erklaervideos'
export const kontakteSlug = 'kontakte'
export const mediaSlug = 'media'
export const usersSlug = 'users'

/** The content types that the public site renders, in the order of the site's navigation. */
export const contentSlugs = [angeboteSlug, handlungsfelderSlug, meilensteineSlug, erklaervideosSlug, kontakteSlug] as const

export type ContentSlug = (typeof contentSlugs)[number]

/** Globals: site-wide settings and the legally required pages. */
export const einstellungenSlug = 'einstellungen'
export const navigationSlug = 'navigation'
export const fusszeileSlug = 'fusszeile'
export const impressumSlug = 'impressum'
export const datenschutzSlug = 'datenschutz'
export const barrierefreiheitSlug = 'barrierefreiheit'
export const leichteSpracheSlug = 'leichte-sprache'
export const gebaerdenspracheSlug = 'gebaerdensprache'

/** The globals that are pages of their own on the site, at `/<slug>/`. */
export const pageGlobalSlugs = [impressumSlug, datenschutzSlug, barrierefreiheitSlug, leichteSpracheSlug, gebaerdenspracheSlug] as const
export type PageGlobalSlug = (typeof pageGlobalSlugs)[number]

/**
 * The header by which an instance's own site build shows its token (random per `npm start`) to
 * the CMS: the build may then read every language in one pass (`locale=all`), which the CMS
 * otherwise allows editors only. It opens no drafts: the build still reads as anonymous.
 */
export const siteBuildTokenHeader = 'x-site-build-token'
