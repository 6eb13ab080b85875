import { defineConfig } from 'vitest/config'

import { BrowserFilesLast } from './tests/support/fileOrder.ts'
import { jsonReport } from './vitest.shared.ts'

/**
 * `npm test`: every package's tests in one vitest run. Each package keeps its own config (and
 * `npm test -w <package>` runs it alone); the groups run one after another – light unit tests,
 * Payload, the commands, then the browser – so that the timed browser tests never share the two
 * cores with another group.
 */
export default defineConfig({
  test: {
    projects: [
      'content-schemas/vitest.config.ts',
      'site/vitest.config.ts',
      'server/vitest.config.ts',
      'cms/vitest.config.ts',
      'tests/vitest.tools.config.ts',
      'tests/vitest.browser.config.ts',
    ],
    reporters: ['default', jsonReport()],
    sequence: { sequencer: BrowserFilesLast },
  },
})
