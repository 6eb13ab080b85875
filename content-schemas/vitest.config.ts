import { defineConfig } from 'vitest/config'

import { jsonReport } from '../vitest.shared.ts'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', jsonReport('content-schemas')],
  },
})
