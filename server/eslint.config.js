import { baseConfig } from '@familienrathaus/eslint-config/base'
import { defineConfig } from 'eslint/config'

export default defineConfig(baseConfig)
