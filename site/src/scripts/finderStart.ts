/**
 * The situation matcher's start, loaded by finder.ts once the page has painted: Preact, the
 * island and the texts of the page's language.
 */
import { h, hydrate } from 'preact'

import type { SituationMatcherProps } from '../components/SituationMatcher/SituationMatcher.tsx'

import { finderLanguages } from '../components/SituationMatcher/languages/index.ts'
import SituationMatcher from '../components/SituationMatcher/SituationMatcher.tsx'
import { isLocale } from '../i18n/locales.ts'

export type Catalogue = Pick<SituationMatcherProps, 'offers' | 'topics'>

export async function startFinder(root: HTMLElement, catalogue: Promise<Catalogue>): Promise<void> {
  const { lang } = root.dataset
  // The page's language was rendered on the server; the same texts are loaded here, so hydration matches.
  const [offers, language] = await Promise.all([catalogue, finderLanguages[isLocale(lang) ? lang : 'de']()])
  hydrate(h(SituationMatcher, { ...offers, language }), root)
}
