import { defineConfig } from 'vitest/config'

import { jsonReport } from '../vitest.shared.ts'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', jsonReport('cms')],
    // Payload's first init (schema build, migrations) takes a few seconds on these machines.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_DISABLE_ADMIN: 'true' },
  },
})
