import type { ContentSlug } from '@familienrathaus/content-schemas'
import type { GeneratePreviewURL } from 'payload'

/** Where the site shows a draft exactly as its page will look (`/vorschau/…`, editors only). */
export function sitePreview(collection: ContentSlug): GeneratePreviewURL {
  return (doc) => {
    const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '')
    return doc?.id ? `${siteUrl}/vorschau/${collection}/${doc.id}/` : null
  }
}
