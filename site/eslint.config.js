import { baseConfig } from '@familienrathaus/eslint-config/base'
import { reactConfig } from '@familienrathaus/eslint-config/react'
import { defineConfig } from 'eslint/config'

const sendingApis = ['fetch', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource']
const noSending = 'The situation matcher keeps the household in the browser: it sends nothing anywhere.'

export default defineConfig(
  baseConfig,
  reactConfig,
  {
    // The island runs on the family's device with their answers, so it must not be able to send them
    // anywhere, and it must stay small: zod and the content schemas stay out of the browser bundle.
    // The examples are test data for the render test and do not ship.
    files: ['src/components/SituationMatcher/**/*.{ts,tsx}'],
    ignores: ['**/*.examples.ts'],
    rules: {
      'no-restricted-globals': ['error', ...sendingApis.map((name) => ({ name, message: noSending }))],
      'no-restricted-syntax': [
        'error',
        { selector: `MemberExpression[property.name=/^(${sendingApis.join('|')})$/]`, message: noSending },
        {
          // \x2F is the slash: a selector's regular expression ends at the first one.
          selector: 'ImportExpression:not([source.value=/^\\.\\x2F[a-z]{2}\\.ts$/])',
          message: 'The island loads nothing at run time but its own language files (./xx.ts).',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(?!(react|\\./.*|@familienrathaus/content-schemas/matcher/(amounts|calendar|evaluate|phrases|phrases/[a-z]{2}|shareCodec|values))$)',
              allowTypeImports: true,
              message: 'At run time the island imports only React, its own files and the zod-free matcher modules.',
            },
          ],
        },
      ],
    },
  },
  {
    // Plain scripts served as they are (public/): they run in the browser.
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [
          ...['document', 'window', 'location', 'history', 'localStorage', 'sessionStorage', 'addEventListener'],
          ...['URL', 'URLSearchParams', 'FormData', 'Element', 'HTMLFormElement', 'MutationObserver'],
          ...['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
)
