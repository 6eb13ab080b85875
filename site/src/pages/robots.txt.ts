import type { APIRoute } from 'astro'

// @astrojs/sitemap writes the index of the sitemaps (astro.config.ts).
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nDisallow: /vorschau/\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
