import { availableParallelism } from 'node:os'

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
    // vitest leaves a core to itself by default – one worker on these two-core machines. Payload's
    // test files wait on SQLite and child processes for much of their time: two workers run the cms
    // group in 168 s instead of 225 s here. The tools and browser groups stay one file at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: BrowserFilesLast },
  },
})
