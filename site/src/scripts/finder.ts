/**
 * Starts the situation matcher on /finder/: the page arrives with the island already rendered (no
 * layout shift), and this script makes it work once the catalogue is in and the browser is idle.
 * The island itself (finderStart.ts) is fetched only then, so that it never delays the first paint
 * on a slow phone. Loaded as a file of its own, so the site's Content-Security-Policy needs no inline script.
 */
import type { Catalogue } from './finderStart.ts'

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
  const catalogue = readCatalogue(root.dataset.catalogue)
  // A failure is reported once, below, when the island starts – not as an unhandled rejection before.
  catalogue.catch(() => {})
  whenIdle()
    .then(() => import('./finderStart.ts'))
    .then(({ startFinder }) => startFinder(root, catalogue))
    .catch((error: unknown) => {
      console.error(error)
      const failure = document.querySelector<HTMLElement>('[data-fp-matcher-failure]')
      if (failure) failure.hidden = false
    })
}
