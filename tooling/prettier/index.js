/** @type {import('prettier').Config} */
const config = {
  semi: false,
  singleQuote: true,
  trailingComma: 'all',
  // The code was written with long lines, wrapped by hand; of the widths tried (100 to 200), 145
  // rewraps the fewest of them.
  printWidth: 145,
  plugins: ['prettier-plugin-astro'],
}

export default config
