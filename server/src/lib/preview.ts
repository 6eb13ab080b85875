import type http from 'node:http'

import { contentSchemas, contentSlugs, germanBuildError, germanIssues, type ContentSlug } from '@familienrathaus/content-schemas'

import { SiteBuilder } from './siteBuilder.ts'
import { serveFile } from './staticServer.ts'

export const previewPrefix = '/vorschau/'
export const previewSitePrefix = '/vorschau/seite'

type PreviewBuild = (args: { token: string; document: string }) => Promise<{ dir?: string; error?: string }>

/**
 * One preview build of the site into `outDir`, reading drafts with `token`. `documents` are the
 * documents being previewed (`collection/id`): the loader is strict about those and lets any other
 * broken draft fall back to its published version (CMS_PREVIEW_DOC).
 */
export type BuildPreviewSite = (args: { outDir: string; signal: AbortSignal; token: string; documents: string[] }) => Promise<void>

/**
 * The preview's site builder and the function the preview handler asks for a build. At most one
 * preview build runs and one waits: every request arriving during a build joins the waiting one,
 * since a full build per request piled up (issue 10, point 11). The shared build previews all its
 * requests' documents and reads drafts with the newest requester's login; the handler has checked
 * each request's own login before it gets here.
 */
export function createPreviewBuilds({ sitesDir, build, log }: { sitesDir: string; build: BuildPreviewSite; log?: (line: string) => void }) {
  let token = ''
  let waiting = new Set<string>()
  const builder = new SiteBuilder({
    sitesDir,
    debounceMs: 0,
    log,
    build: ({ outDir, signal }) => {
      // Taken as the build starts: whoever asks from now on waits for the next build.
      const documents = [...waiting]
      waiting = new Set()
      return build({ outDir, signal, token, documents })
    },
  })
  const buildPreview: PreviewBuild = async ({ token: editorToken, document }) => {
    token = editorToken
    waiting.add(document)
    const ok = await builder.buildNow()
    return ok ? { dir: builder.currentDir } : { error: builder.status.lastError ?? 'unbekannter Fehler' }
  }
  return { builder, buildPreview }
}

/** The CMS did not answer in time (504) or could not be reached or read (503). */
class CmsUnavailable extends Error {
  constructor(
    readonly status: 503 | 504,
    message: string,
  ) {
    super(message)
  }
}

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
  cmsTimeoutMs = 10_000,
  log = () => {},
}: {
  cmsUrl: string
  adminUrl: string
  buildPreview: PreviewBuild
  getPreviewDir: () => string | undefined
  fetchImpl?: typeof fetch
  /** How long one request to the CMS may take: a hanging CMS must not hang the editor's request. */
  cmsTimeoutMs?: number
  log?: (line: string) => void
}) {
  /** One GET to the CMS as the editor; throws CmsUnavailable instead of waiting for ever. */
  async function askCms(pathAndQuery: string, token: string): Promise<{ ok: true; body: unknown } | { ok: false }> {
    const url = new URL(pathAndQuery, cmsUrl)
    try {
      // The signal also covers reading the body, which a stuck CMS may never finish.
      const response = await fetchImpl(url, { headers: { authorization: `JWT ${token}` }, signal: AbortSignal.timeout(cmsTimeoutMs) })
      if (!response.ok) {
        await response.body?.cancel().catch(() => {})
        return { ok: false }
      }
      return { ok: true, body: await response.json() }
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError'
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message
      const message = timedOut
        ? `The CMS did not answer ${url.pathname} within ${cmsTimeoutMs / 1000} s`
        : `The CMS could not be read at ${url.pathname} (${cause})`
      log(message)
      throw new CmsUnavailable(timedOut ? 504 : 503, message)
    }
  }

  async function editorToken(request: http.IncomingMessage): Promise<string | undefined> {
    const token = cookie(request, 'payload-token')
    if (!token) return undefined
    const answer = await askCms('/api/users/me', token)
    if (!answer.ok) return undefined
    const { user } = answer.body as { user?: { roles?: string[] } | null }
    return user?.roles?.length ? token : undefined
  }

  const cmsUnavailable = (response: http.ServerResponse, status: 503 | 504) =>
    page(
      response,
      status,
      'Vorschau gerade nicht möglich',
      '<p>Das Redaktionssystem antwortet gerade nicht. Bitte die Vorschau in einem Moment erneut öffnen.</p>',
    )

  const unfinished = (response: http.ServerResponse, problems: string) =>
    page(
      response,
      422,
      'Vorschau nicht möglich',
      `<p>Die Vorschau dieses Entwurfs konnte nicht erstellt werden: ${escape(problems)}</p><p>Bitte die genannten Felder im Redaktionssystem ausfüllen, den Entwurf speichern und die Vorschau erneut öffnen.</p>`,
    )

  async function answer(pathname: string, request: http.IncomingMessage, response: http.ServerResponse) {
    const token = await editorToken(request)
    if (!token) {
      page(
        response,
        401,
        'Vorschau nur für die Redaktion',
        `<p>Die Vorschau von Entwürfen sehen nur angemeldete Redakteurinnen und Redakteure.</p><p><a href="${escape(adminUrl)}/admin/login">Im Redaktionssystem anmelden</a> und die Vorschau dort erneut öffnen.</p>`,
      )
      return
    }

    if (pathname.startsWith(`${previewSitePrefix}/`)) {
      const dir = getPreviewDir()
      if (!dir) {
        page(response, 404, 'Keine Vorschau vorhanden', '<p>Bitte die Vorschau im Redaktionssystem erneut öffnen.</p>')
        return
      }
      response.setHeader('x-robots-tag', 'noindex, nofollow')
      await serveFile({ root: dir, mount: previewSitePrefix, request, response, cacheControl: 'no-store' })
      return
    }

    const [collection, id] = pathname.slice(previewPrefix.length).split('/').filter(Boolean).map(decoded)
    if (!collection || !id || !(contentSlugs as readonly string[]).includes(collection)) {
      page(response, 404, 'Vorschau nicht gefunden', '<p>Diese Vorschau-Adresse gibt es nicht.</p>')
      return
    }
    const draft = await askCms(`/api/${collection}/${encodeURIComponent(id)}?draft=true&depth=0`, token)
    if (!draft.ok) {
      page(response, 404, 'Dokument nicht gefunden', '<p>Vielleicht wurde es gelöscht. Bitte im Redaktionssystem prüfen.</p>')
      return
    }
    const doc = draft.body as Record<string, unknown>
    const name = `${collection}/${typeof doc.slug === 'string' && doc.slug ? doc.slug : `id ${String(doc.id ?? id)}`}`
    // Checked here with the schema the site's loader uses, in the loader's words: a broken draft
    // gets its answer at once and never enters a build that other editors' previews share.
    const checked = contentSchemas[collection as ContentSlug].safeParse(doc)
    if (!checked.success) {
      unfinished(response, germanIssues(collection as ContentSlug, checked.error))
      return
    }
    const { slug, id: documentId } = checked.data as { slug: string; id: string | number }
    const document = `${collection}/${String(documentId)}`
    let { error } = await buildPreview({ token, document })
    // The build was shared with other waiting previews, and the loader is strict about each of
    // their documents. When another of them broke after its check, this preview gets one more
    // build, which no longer includes that document.
    const named = error ? /^Content document (.+?) fails its schema/.exec(error)?.[1] : undefined
    if (named && named !== name) ({ error } = await buildPreview({ token, document }))
    if (error && /Cannot reach the CMS/.test(error)) {
      cmsUnavailable(response, 503)
      return
    }
    if (error) {
      unfinished(response, germanBuildError(error))
      return
    }
    response.writeHead(302, { location: `${previewSitePrefix}/${collection as ContentSlug}/${slug}/`, 'cache-control': 'no-store' })
    response.end()
  }

  return async (request: http.IncomingMessage, response: http.ServerResponse): Promise<boolean> => {
    // The raw path: decoding is serve-static's for files, and ours below for the two segments.
    const pathname = (request.url ?? '/').split('?')[0]!
    if (!pathname.startsWith(previewPrefix)) return false
    try {
      await answer(pathname, request, response)
    } catch (error) {
      if (!(error instanceof CmsUnavailable)) throw error
      cmsUnavailable(response, error.status)
    }
    return true
  }
}
