import { defineConfig } from 'vitest/config'

import { BrowserFilesLast } from './support/fileOrder.ts'

/** Families and editors in real Chromium, against one `npm start` shared by every file (support/sharedStack.ts). */
export default defineConfig({
  test: {
    name: 'tests-browser',
    include: ['e2e/browser/**/*.test.ts'],
    globalSetup: ['support/ensureChromium.ts', 'support/sharedStack.ts'],
    // The full path (CMS build on a fresh clone, seed, site build, browser) takes minutes, not seconds.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    sequence: { sequencer: BrowserFilesLast, groupOrder: 3 },
  },
})
