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
