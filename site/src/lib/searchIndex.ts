import { defaultLocale } from '../i18n/locales.ts'

/**
 * Where a language's search index lives: `/pagefind/` for German, `/en/pagefind/` … – one index per
 * language, built one after the other (finish/pagefind.ts); a page searches its language's.
 */
export const pagefindBundlePath = (locale: string) => (locale === defaultLocale ? '/pagefind/' : `/${locale}/pagefind/`)
