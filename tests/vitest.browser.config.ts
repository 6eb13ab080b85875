import { defineConfig } from 'vitest/config'

import { BrowserFilesLast } from './support/fileOrder.ts'

/** Families and editors in real Chromium, against one `npm start` shared by every file (support/sharedStack.ts). */
export default defineConfig({
  test: {
    name: 'tests-browser',
    include: ['e2e/browser/**/*.test.ts'],
    globalSetup: ['support/ensureChromium.ts', 'support/sharedStack.ts'],
    // A walk through the admin and a rebuild of the site take tens of seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    sequence: { sequencer: BrowserFilesLast, groupOrder: 3 },
  },
})
