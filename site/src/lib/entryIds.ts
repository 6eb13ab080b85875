/**
 * A content collection holds the German entries, keyed by their slug, and their complete
 * translations, keyed `locale/slug` (slugs hold no slash). The loader writes these keys, the
 * site's content reader splits them.
 */
export const translationEntryId = (locale: string, slug: string) => `${locale}/${slug}`

export function entryLanguage(id: string, defaultLocale: string): { locale: string; slug: string } {
  const slash = id.indexOf('/')
  return slash === -1 ? { locale: defaultLocale, slug: id } : { locale: id.slice(0, slash), slug: id.slice(slash + 1) }
}
