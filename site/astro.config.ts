import preact from '@astrojs/preact'
import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'

import { defaultLocale, locales } from './src/i18n/locales.ts'
import { contentStoreFromDisk } from './src/integrations/contentStore.ts'
import { media } from './src/integrations/media.ts'
import { sitemapOptions } from './src/integrations/sitemap.ts'

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  // `npm start` builds each version of the site into its own folder and switches over when complete.
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Each instance (and its preview builds) keeps Astro's content store apart: builds of two instances may run at once.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  output: 'static',
  // Draft previews live under /vorschau/seite/ so that their assets never mix with the public site's.
  base: process.env.SITE_BASE ?? '/',
  trailingSlash: 'always',
  // Nothing inline: every script and stylesheet is a file of its own, so the Content-Security-Policy
  // needs neither 'unsafe-inline' nor per-page hashes (server/src/lib/staticServer.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // German at the root, every other language under its code. The pages of each language come from
  // src/pages/[...lang]/ (inEveryLocale); this tells astro:i18n's URL helpers the same scheme.
  i18n: { locales: [...locales], defaultLocale, routing: { prefixDefaultLocale: false } },
  vite: { build: { assetsInlineLimit: 0 } },
  // The island is written against React's API and rendered by Preact (compat): the same component
  // at a fraction of the runtime, so the situation matcher stays within its 75 KB budget.
  // The search indexes and the compressed copies are made after Astro has exited (src/finishBuild.ts).
  // The pages read the content store from its file, not from a copy compiled into code (src/integrations/contentStore.ts).
  integrations: [preact({ compat: true }), contentStoreFromDisk(), media(), sitemap(sitemapOptions)],
  devToolbar: { enabled: false },
})
