/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config'

/**
 * Through Astro's own Vite config, so the tests import the island as the site ships it: `react`
 * resolves to Preact's compatibility layer, as in the build (astro.config.ts).
 */
export default getViteConfig(
  {
    test: {
      include: ['test/**/*.test.ts'],
      name: 'site',
    },
  },
  { root: import.meta.dirname, logLevel: 'warn' },
)
