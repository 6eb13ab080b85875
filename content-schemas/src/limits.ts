/**
 * Text limits of the content types, defined once: the CMS refuses longer input (`maxLength`), the
 * site's reader schemas use the same numbers where they check a length, and the seed catalogue
 * check reads them from the CMS.
 */
export const textLimits = {
  title: 160,
  angebotSummary: 300,
  /** Handlungsfelder, Meilensteine and Kontakte. */
  summary: 400,
  erklaervideoDescription: 600,
} as const

/**
 * Formats of the content types, defined once: the CMS refuses other input with a German message
 * that says what to fix, and the site's reader schemas refuse a document that slipped past it.
 */
export const contentPatterns = {
  /** A German postal code: five digits, e.g. 59065. */
  postalCode: /^\d{5}$/,
  /** A time of day on the 24-hour clock, HH:MM, e.g. 08:30. */
  time: /^([01]\d|2[0-3]):[0-5]\d$/,
} as const

/** Degrees a Kontakt's coordinates can have: the CMS's validators and the reader share the bounds. */
export const coordinateLimits = {
  latitude: 90,
  longitude: 180,
} as const
