import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    name: 'cms',
    // Payload's tests are the heaviest unit tests: after the light packages, before the end-to-end ones.
    sequence: { groupOrder: 1 },
    // Payload's first init (schema build, migrations) takes a few seconds on these machines.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_DISABLE_ADMIN: 'true' },
  },
})
