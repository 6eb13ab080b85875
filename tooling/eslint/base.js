import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export const baseConfig = defineConfig(
  {
    // Build output and what tools write (Payload's types, import map and migrations): nobody edits these
    // by hand, so nobody should be told to fix them.
    ignores: [
      '**/dist/**',
      '**/.next/**',
      '**/.astro/**',
      '**/.turbo/**',
      '**/test-results/**',
      '**/payload-types.ts',
      '**/importMap.js',
      '**/migrations/**',
    ],
  },
  {
    // Not type-aware: the type-checked presets make a run about five times slower, and most of their
    // findings here are about the tests' loosely typed JSON; `check-types` (tsc) checks the types.
    files: ['**/*.{js,mjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    // TypeScript knows the globals of .ts files; these are for the plain .js ones (config files), all run by Node.
    languageOptions: { globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore names a value that is there on purpose: a parameter a signature requires,
      // a property taken out of an object with a rest spread.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
    },
  },
)
