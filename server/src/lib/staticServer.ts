import { readFile, stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

import mime from 'mime-types'
import Negotiator from 'negotiator'
import serveStatic from 'serve-static'

/**
 * Headers for every response of the public site: nothing may load from a third party, nothing
 * inline may run (the site has no inline script, style or event handler), and the site may not be
 * framed. 'wasm-unsafe-eval' lets Pagefind's search compile its WebAssembly.
 */
export const securityHeaders: Record<string, string> = {
  'content-security-policy': [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
}

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<boolean>
type ServeStatic = ReturnType<typeof serveStatic<http.ServerResponse>>

/** Hashed assets never change under their name; everything else is checked on every visit. */
const immutablePrefix = '/_astro/'

function plainText(request: http.IncomingMessage, response: http.ServerResponse, status: number, body: string) {
  if (response.headersSent) return void response.destroy()
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  response.end(request.method === 'HEAD' ? undefined : body)
}

/**
 * File serving is serve-static's (path decoding, traversal, ranges, conditional requests, safe
 * redirects, closing files of aborted downloads); one instance per build folder, since a build
 * never changes once it is switched to. Only the last few folders are remembered.
 */
const servers = new Map<string, ServeStatic>()
function staticFor(root: string, cacheControl: string | undefined): ServeStatic {
  const key = `${root}\n${cacheControl ?? ''}`
  let server = servers.get(key)
  if (!server) {
    server = serveStatic(root, {
      index: ['index.html'],
      dotfiles: 'ignore',
      redirect: true,
      fallthrough: true,
      setHeaders: (response, file) => {
        const relative = `/${path.relative(root, file).split(path.sep).join('/')}`
        response.setHeader(
          'cache-control',
          cacheControl ?? (relative.startsWith(immutablePrefix) ? 'public, max-age=31536000, immutable' : 'no-cache'),
        )
      },
    })
    servers.set(key, server)
    if (servers.size > 6) servers.delete(servers.keys().next().value!)
  }
  return server
}

/** The compressed copies the build writes beside text files (site/src/finish/precompress.ts), best first. */
const precompressed = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

/**
 * The precompressed copy of the file a path names that the browser accepts, if the build wrote
 * one. Compressing is the build's work, once; here only the choice is made (Accept-Encoding with
 * its weights, by `negotiator`) and serve-static sends that file with its own ETag. Paths that
 * serve-static would refuse or redirect (undecodable, dot files, outside the root, folders
 * without their slash) are left to it.
 */
async function precompressedCopy(
  root: string,
  pathname: string,
  acceptEncoding: string | undefined,
): Promise<{ encoding: string; url: string; type: string } | { vary: true } | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.split('/').some((segment) => segment.startsWith('.'))) return undefined
  const name = decoded.endsWith('/') ? `${decoded}index.html` : decoded
  const file = path.join(root, name)
  if (!file.startsWith(`${root}${path.sep}`)) return undefined
  const type = mime.contentType(path.extname(file))
  if (!type) return undefined
  const copies = []
  for (const copy of precompressed) if (await isFile(`${file}${copy.suffix}`)) copies.push(copy)
  if (copies.length === 0) return undefined
  // The browser's weights first; where they tie, brotli before gzip before the file as it is.
  const negotiator = new Negotiator({ headers: { 'accept-encoding': acceptEncoding ?? '' } })
  // negotiator 1.x takes a preferred order for ties; @types/negotiator does not know it yet.
  const encodings = negotiator.encodings as unknown as (available: string[], options: { preferred: string[] }) => string[]
  const accepted = encodings.call(negotiator, [...copies.map((copy) => copy.encoding), 'identity'], {
    preferred: [...precompressed.map((copy) => copy.encoding), 'identity'],
  })
  const chosen = copies.find((copy) => copy.encoding === accepted[0])
  if (chosen) {
    const url = `${pathname.endsWith('/') ? `${pathname}index.html` : pathname}${chosen.suffix}`
    return { encoding: chosen.encoding, url, type }
  }
  // The answer depends on Accept-Encoding whenever a compressed copy exists: shared caches must know.
  return { vary: true }
}

/**
 * Sends the file for the request from `root` (index.html for folders, a redirect to the folder
 * with a trailing slash, the site's 404 page otherwise). With `mount`, the request's path is read
 * below that prefix (e.g. the draft preview under /vorschau/seite).
 */
export async function serveFile({
  root,
  request,
  response,
  mount = '',
  cacheControl,
}: {
  root: string
  request: http.IncomingMessage
  response: http.ServerResponse
  mount?: string
  cacheControl?: string
}): Promise<void> {
  const originalUrl = request.url ?? '/'
  const mounted = Object.assign(request, {
    originalUrl,
    url: mount && originalUrl.startsWith(mount) ? originalUrl.slice(mount.length) || '/' : originalUrl,
  })
  const [pathname = '/', query] = mounted.url.split(/\?(.*)/s)
  // A range of a page is a range of the page itself, never of its compressed copy.
  const copy = request.headers.range ? undefined : await precompressedCopy(path.resolve(root), pathname, request.headers['accept-encoding'])
  if (copy) response.setHeader('vary', 'Accept-Encoding')
  if (copy && 'encoding' in copy) {
    mounted.url = query === undefined ? copy.url : `${copy.url}?${query}`
    response.setHeader('content-encoding', copy.encoding)
    // serve-static keeps a type that is set: the page's, not that of a .br file.
    response.setHeader('content-type', copy.type)
  }
  return new Promise((resolve) => {
    response.once('close', resolve)
    staticFor(root, cacheControl)(mounted, response, (error?: unknown) => {
      mounted.url = originalUrl
      if (!response.headersSent) {
        // Nothing of the file that was not sent may describe the page that is (a refused range, a failed precondition).
        for (const name of ['content-encoding', 'content-type', 'content-range', 'accept-ranges', 'etag', 'last-modified'])
          response.removeHeader(name)
      }
      // Once send has found the file, serve-static passes on what it refuses: a failed precondition
      // (412), a range beyond the file (416) are the request's, answered as such – not as a 500.
      const { status, headers } = (error ?? {}) as { status?: number; headers?: Record<string, string> }
      if (status === 412 || status === 416) {
        if (status === 416 && headers?.['Content-Range']) response.setHeader('content-range', headers['Content-Range'])
        plainText(request, response, status, status === 412 ? 'Die Datei hat sich geändert.' : 'Dieser Teil der Datei existiert nicht.')
        return resolve()
      }
      if (error && status !== 404) {
        console.error(`Serving ${JSON.stringify(originalUrl.slice(0, 200))} failed: ${(error as Error).message ?? error}`)
        plainText(request, response, 500, 'Interner Fehler')
        return resolve()
      }
      void notFound(root, request, response, cacheControl).then(resolve)
    })
  })
}

async function notFound(root: string, request: http.IncomingMessage, response: http.ServerResponse, cacheControl?: string) {
  let page: Buffer
  try {
    page = await readFile(path.join(root, '404.html'))
  } catch {
    return plainText(request, response, 404, 'Nicht gefunden')
  }
  if (response.headersSent) return void response.destroy()
  response.writeHead(404, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': page.length,
    'cache-control': cacheControl ?? 'no-cache',
  })
  response.end(request.method === 'HEAD' ? undefined : page)
}

/**
 * Serves the current build of the static site. `getRoot` is asked on every request, so switching
 * to a new build is atomic: a request is answered wholly from the old or wholly from the new one.
 * `handle` may answer a request first (the editors' draft preview). No request, however malformed,
 * can make the server throw: every failure becomes an answer or a closed connection.
 */
export function createStaticServer({ getRoot, handle }: { getRoot: () => string | undefined; handle?: Handler }): http.Server {
  const answer = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD')
      return plainText(request, response, 405, 'Method Not Allowed')
    }
    if (handle && (await handle(request, response))) return
    const root = getRoot()
    if (!root) return plainText(request, response, 503, 'Die Website wird gerade erstellt. Bitte in einer Minute neu laden.')
    await serveFile({ root, request, response })
  }
  const server = http.createServer((request, response) => {
    answer(request, response).catch((error: Error) => {
      console.error(`Request ${JSON.stringify((request.url ?? '').slice(0, 200))} failed: ${error.message}`)
      plainText(request, response, 500, 'Interner Fehler')
    })
  })
  return server
}
