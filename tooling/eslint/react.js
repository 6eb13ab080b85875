import { defineConfig } from 'eslint/config'
import jsxA11y from 'eslint-plugin-jsx-a11y-x'

// Accessibility is a requirement of the site and the admin alike; these rules catch in the editor what
// axe would otherwise catch only in the rendered page. eslint-plugin-jsx-a11y does not accept ESLint 10
// as a peer yet; its fork jsx-a11y-x has the same rules and does.
export const reactConfig = defineConfig({
  files: ['**/*.tsx'],
  extends: [jsxA11y.configs.recommended],
})
