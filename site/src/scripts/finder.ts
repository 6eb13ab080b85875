/**
 * Starts the situation matcher on /finder/: the page arrives with the island already rendered (no
 * layout shift), and this script makes it work once the catalogue is in and the browser is idle.
 * Loaded as a file of its own, so the site's Content-Security-Policy needs no inline script.
 */
import { h, hydrate } from 'preact'

import type { SituationMatcherProps } from '../components/SituationMatcher/SituationMatcher.tsx'

import { finderLanguages } from '../components/SituationMatcher/languages/index.ts'
import SituationMatcher from '../components/SituationMatcher/SituationMatcher.tsx'
import { isLocale } from '../i18n/locales.ts'

type Catalogue = Pick<SituationMatcherProps, 'offers' | 'topics'>

async function readCatalogue(url: string): Promise<Catalogue> {
  const response = await fetch(url, { credentials: 'same-origin' })
  if (!response.ok) throw new Error(`The finder's catalogue answered HTTP ${response.status}`)
  return (await response.json()) as Catalogue
}

const whenIdle = () =>
  new Promise<void>((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2_000 })
    else setTimeout(resolve, 200)
  })

const root = document.querySelector<HTMLElement>('[data-fp-matcher-root]')
if (root?.dataset.catalogue) {
  const { lang } = root.dataset
  // The page's language was rendered on the server; the same texts are loaded here, so hydration matches.
  Promise.all([readCatalogue(root.dataset.catalogue), finderLanguages[isLocale(lang) ? lang : 'de'](), whenIdle()])
    .then(([catalogue, language]) => hydrate(h(SituationMatcher, { ...catalogue, language }), root))
    .catch((error: unknown) => {
      console.error(error)
      const failure = document.querySelector<HTMLElement>('[data-fp-matcher-failure]')
      if (failure) failure.hidden = false
    })
}
