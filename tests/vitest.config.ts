import { defineConfig } from 'vitest/config'

import { jsonReport } from '../vitest.shared.ts'

export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    reporters: ['default', jsonReport('tests')],
    globalSetup: ['support/ensureChromium.ts'],
    // The full path (CMS build on a fresh clone, seed, site build, browser) takes minutes, not seconds.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
})
