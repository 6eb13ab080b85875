import { defineConfig } from 'vitest/config'

import { BrowserFilesLast } from './support/fileOrder.ts'

export default defineConfig({
  test: {
    projects: ['vitest.tools.config.ts', 'vitest.browser.config.ts'],
    sequence: { sequencer: BrowserFilesLast },
  },
})
