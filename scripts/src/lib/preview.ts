import type http from 'node:http'

import { contentSlugs, type ContentSlug } from '@familienrathaus/content-schemas'

import { serveFile } from './staticServer.ts'

export const previewPrefix = '/vorschau/'
export const previewSitePrefix = '/vorschau/seite'

type PreviewBuild = (token: string) => Promise<{ dir?: string; error?: string }>

/** decodeURIComponent that answers undefined for malformed input instead of throwing. */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text)
  } catch {
    return undefined
  }
}

function cookie(request: http.IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) return decoded(value.join('='))
  }
  return undefined
}

function page(response: http.ServerResponse, status: number, title: string, body: string) {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex, nofollow' })
  response.end(
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>` +
      `<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5"><main><h1>${title}</h1>${body}</main></body></html>`,
  )
}

const escape = (text: string) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!)

/**
 * The editors' preview of drafts: `/vorschau/<collection>/<id>/` builds the site from the latest
 * drafts (as the logged-in editor) and shows the document's real page under `/vorschau/seite/`.
 * Every request is checked against the CMS login; drafts never reach anybody else.
 */
export function createPreviewHandler({
  cmsUrl,
  adminUrl,
  buildPreview,
  getPreviewDir,
  fetchImpl = fetch,
}: {
  cmsUrl: string
  adminUrl: string
  buildPreview: PreviewBuild
  getPreviewDir: () => string | undefined
  fetchImpl?: typeof fetch
}) {
  async function editorToken(request: http.IncomingMessage): Promise<string | undefined> {
    const token = cookie(request, 'payload-token')
    if (!token) return undefined
    const response = await fetchImpl(new URL('/api/users/me', cmsUrl), { headers: { authorization: `JWT ${token}` } })
    if (!response.ok) return undefined
    const { user } = (await response.json()) as { user?: { roles?: string[] } | null }
    return user?.roles?.length ? token : undefined
  }

  return async (request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean> => {
    // The raw path: decoding is serve-static's for files, and ours below for the two segments.
    const pathname = (request.url ?? '/').split('?')[0]!
    if (!pathname.startsWith(previewPrefix)) return false

    const token = await editorToken(request)
    if (!token) {
      page(
        response,
        401,
        'Vorschau nur für die Redaktion',
        `<p>Die Vorschau von Entwürfen sehen nur angemeldete Redakteurinnen und Redakteure.</p><p><a href="${escape(adminUrl)}/admin/login">Im Redaktionssystem anmelden</a> und die Vorschau dort erneut öffnen.</p>`,
      )
      return true
    }

    if (pathname.startsWith(`${previewSitePrefix}/`)) {
      const dir = getPreviewDir()
      if (!dir) {
        page(response, 404, 'Keine Vorschau vorhanden', '<p>Bitte die Vorschau im Redaktionssystem erneut öffnen.</p>')
        return true
      }
      response.setHeader('x-robots-tag', 'noindex, nofollow')
      await serveFile({ root: dir, mount: previewSitePrefix, request, response, cacheControl: 'no-store' })
      return true
    }

    const [collection, id] = pathname.slice(previewPrefix.length).split('/').filter(Boolean).map(decoded)
    if (!collection || !id || !(contentSlugs as readonly string[]).includes(collection)) {
      page(response, 404, 'Vorschau nicht gefunden', '<p>Diese Vorschau-Adresse gibt es nicht.</p>')
      return true
    }
    const docResponse = await fetchImpl(new URL(`/api/${collection}/${encodeURIComponent(id)}?draft=true&depth=0`, cmsUrl), {
      headers: { authorization: `JWT ${token}` },
    })
    if (!docResponse.ok) {
      page(response, 404, 'Dokument nicht gefunden', '<p>Vielleicht wurde es gelöscht. Bitte im Redaktionssystem prüfen.</p>')
      return true
    }
    const doc = (await docResponse.json()) as { slug?: string }
    const { error } = await buildPreview(token)
    if (error || !doc.slug) {
      page(
        response,
        422,
        'Vorschau nicht möglich',
        `<p>Die Vorschau konnte nicht erstellt werden, weil ein Inhalt unvollständig oder ungültig ist. Bitte Pflichtfelder ausfüllen und den Entwurf speichern.</p><p><code>${escape(error ?? 'Das URL-Kürzel fehlt.')}</code></p>`,
      )
      return true
    }
    response.writeHead(302, { location: `${previewSitePrefix}/${collection as ContentSlug}/${doc.slug}/`, 'cache-control': 'no-store' })
    response.end()
    return true
  }
}
