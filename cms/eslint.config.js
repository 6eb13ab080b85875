import { baseConfig } from '@familienrathaus/eslint-config/base'
import { reactConfig } from '@familienrathaus/eslint-config/react'
import { defineConfig } from 'eslint/config'

export default defineConfig(baseConfig, reactConfig, {
  files: ['test/**'],
  rules: {
    // The tests read the REST API's JSON answers as loose records (`json.docs[0].title`); typing each
    // answer would restate the generated types without making an assertion stricter.
    '@typescript-eslint/no-explicit-any': 'off',
  },
})
