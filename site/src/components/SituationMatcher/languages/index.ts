import type { Locale } from '#i18n/locales.ts'

import { german, type FinderLanguage } from './de.ts'

/**
 * The finder's languages. German is built in (it is the engine's default); the others are loaded
 * when a page in that language starts the finder, so each page carries only its own.
 */
export const finderLanguages: Record<Locale, () => Promise<FinderLanguage>> = {
  de: () => Promise.resolve(german),
  en: () => import('./en.ts').then((module) => module.english),
  tr: () => import('./tr.ts').then((module) => module.turkish),
  ar: () => import('./ar.ts').then((module) => module.arabic),
  uk: () => import('./uk.ts').then((module) => module.ukrainian),
}
