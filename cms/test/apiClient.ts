import type { SanitizedConfig } from 'payload'

import { restHandlers } from '../src/lib/restHandlers.ts'

/**
 * Calls the CMS's real REST route handlers in-process, as a browser or script would
 * over HTTP: same parsing, authentication, access control and hooks, no server to start.
 */
export function apiClient(config: Promise<SanitizedConfig>) {
  const routes = restHandlers(config)
  const handlers = { GET: routes.GET, POST: routes.POST, PATCH: routes.PATCH, DELETE: routes.DELETE }
  const origin = 'http://localhost:3000'

  async function rest(
    method: keyof typeof handlers,
    path: string,
    {
      token,
      body,
      form,
      raw,
      headers: extraHeaders = {},
    }: {
      token?: string
      body?: unknown
      form?: FormData
      /** A body sent as it is, with a JSON content type (broken JSON, `null` …). */
      raw?: string
      /** e.g. another `x-forwarded-for`, the address the request comes from (127.0.0.1 unless given). */
      headers?: Record<string, string>
    } = {},
  ): Promise<{ status: number; json: Record<string, any> }> {
    const url = new URL(`/api${path}`, origin)
    const headers: Record<string, string> = { 'x-forwarded-for': '127.0.0.1' }
    if (token) headers.authorization = `JWT ${token}`
    if (body !== undefined || raw !== undefined) headers['content-type'] = 'application/json'
    Object.assign(headers, extraHeaders)
    // A form goes out as finished bytes, as it arrives over HTTP: a FormData body would be encoded
    // by a stream of undici's own, which throws unhandled when the CMS stops reading early.
    let formBytes: ArrayBuffer | undefined
    if (form) {
      const encoded = new Response(form)
      formBytes = await encoded.arrayBuffer()
      headers['content-type'] = encoded.headers.get('content-type')!
    }
    const request = new Request(url, {
      method,
      headers,
      body: formBytes ?? raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    // Next hands the route its path segments decoded.
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .map(decodeURIComponent)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, json: text ? JSON.parse(text) : {} }
  }

  /** Logs in like the admin does; the token comes back as the HttpOnly cookie only. */
  async function login(email: string, password: string): Promise<string> {
    const request = new Request(new URL('/api/users/login', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.1' },
      body: JSON.stringify({ email, password }),
    })
    const response = await handlers.POST(request, { params: Promise.resolve({ slug: ['users', 'login'] }) })
    const token = tokenFromCookies(response.headers)
    if (response.status !== 200 || !token) throw new Error(`login of ${email} failed: ${response.status} ${await response.text()}`)
    return token
  }

  return { rest, login }
}

/** The login token from a response's `payload-token` cookie. */
export function tokenFromCookies(headers: Headers): string | undefined {
  for (const cookie of headers.getSetCookie()) {
    const match = /^payload-token=([^;]+)/.exec(cookie)
    if (match) return match[1]
  }
  return undefined
}
