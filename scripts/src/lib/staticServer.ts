import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
}

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

async function fileAt(file: string) {
  try {
    const info = await stat(file)
    return info.isFile() ? info : undefined
  } catch {
    return undefined
  }
}

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<boolean>

/** Sends the file for `pathname` from `root` (index.html for folders, the site's 404 page otherwise). */
export async function serveFile({
  root,
  pathname,
  request,
  response,
  cacheControl,
}: {
  root: string
  pathname: string
  request: http.IncomingMessage
  response: http.ServerResponse
  cacheControl?: string
}): Promise<void> {
  const send = (status: number, body: string) => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
    response.end(request.method === 'HEAD' ? undefined : body)
  }
  const resolved = path.resolve(root, `.${pathname}`)
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return send(400, 'Bad Request')

  let file = pathname.endsWith('/') ? path.join(resolved, 'index.html') : resolved
  let info = await fileAt(file)
  if (!info && !pathname.endsWith('/') && (await fileAt(path.join(resolved, 'index.html')))) {
    response.writeHead(301, { location: `${pathname}/` })
    return void response.end()
  }
  let status = 200
  if (!info) {
    status = 404
    file = path.join(root, '404.html')
    info = await fileAt(file)
    if (!info) return send(404, 'Not Found')
  }
  const extension = path.extname(file)
  response.writeHead(status, {
    'content-type': contentTypes[extension] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control':
      cacheControl ?? (pathname.startsWith('/_astro/') && status === 200 ? 'public, max-age=31536000, immutable' : 'no-cache'),
  })
  if (request.method === 'HEAD') return void response.end()
  createReadStream(file).pipe(response)
}

/**
 * Serves the current build of the static site. `getRoot` is asked on every request, so switching
 * to a new build is atomic: a request is answered wholly from the old or wholly from the new one.
 * `handle` may answer a request first (the editors' draft preview).
 */
export function createStaticServer({ getRoot, handle }: { getRoot: () => string | undefined; handle?: Handler }): http.Server {
  return http.createServer(async (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value)
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' })
      response.end(request.method === 'HEAD' ? undefined : body)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD')
      return send(405, 'Method Not Allowed')
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      return send(400, 'Bad Request')
    }
    try {
      if (handle && (await handle(request, response))) return
    } catch (error) {
      console.error(`Request ${pathname} failed: ${(error as Error).message}`)
      if (!response.headersSent) return send(500, 'Interner Fehler')
      return
    }
    const root = getRoot()
    if (!root) return send(503, 'Die Website wird gerade erstellt. Bitte in einer Minute neu laden.')
    await serveFile({ root, pathname, request, response })
  })
}
