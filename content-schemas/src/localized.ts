const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

const languageCode = /^[a-z]{2}$/

/**
 * One language's view of a document read with `locale=all`, as the CMS gives it for that language
 * without a fallback: every translated field – an object whose keys are all language codes – becomes
 * that language's value, and a field without a value in that language is left out (null where it
 * has a value in none). No field of the content types is named like a language, so a group is never
 * taken for a translated field (the CMS's seed test compares both reads for every seeded document).
 */
export function inLocale(value: unknown, locale: string, languages: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale, languages))
  if (!isPlainObject(value)) return value
  const keys = Object.keys(value)
  // A translated field without a value in any language comes as `{}`: read in one language, it is null.
  if (keys.length === 0) return null
  // Language codes only, one of them the site's (the CMS may know a language the site does not show
  // yet). The value is the field's own: the CMS translates no field inside a translated one.
  if (keys.every((key) => languageCode.test(key)) && keys.some((key) => languages.includes(key))) return value[locale]
  const entries = keys.map((key) => [key, inLocale(value[key], locale, languages)] as const)
  return Object.fromEntries(entries.filter(([, inner]) => inner !== undefined))
}
