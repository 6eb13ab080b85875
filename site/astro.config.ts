import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

import { media } from './src/integrations/media.ts'
import { pagefind } from './src/integrations/pagefind.ts'

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // `npm start` builds each version of the site into its own folder and switches over when complete.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  output: 'static',
  // Draft previews live under /vorschau/seite/ so that their assets never mix with the public site's.
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [react(), media(), pagefind()],
  devToolbar: { enabled: false },
})
