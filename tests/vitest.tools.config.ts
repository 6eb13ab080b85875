import { defineConfig } from 'vitest/config'

/**
 * The commands a city's IT runs (site build, npm run match, npm start's refusals) and the CMS and
 * the site's loaders together, each on its own data.
 */
export default defineConfig({
  test: {
    name: 'tests-tools',
    include: ['e2e/tools/**/*.test.ts', 'integration/**/*.test.ts'],
    env: { NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_DISABLE_ADMIN: 'true' },
    testTimeout: 120_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    // After the unit tests, before the browser files: one heavy group at a time on two cores.
    sequence: { groupOrder: 2 },
  },
})
