import type { SanitizedConfig } from 'payload'

import { restHandlers } from '../src/lib/restHandlers.ts'

/**
 * Calls the CMS's real REST and GraphQL route handlers in-process, as a browser or script would
 * over HTTP: same parsing, authentication, access control and hooks, no server to start.
 */
export function apiClient(config: Promise<SanitizedConfig>) {
  const routes = restHandlers(config)
  const handlers = { GET: routes.GET, POST: routes.POST, PATCH: routes.PATCH, DELETE: routes.DELETE }
  const graphql = routes.GRAPHQL
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
    const request = new Request(url, {
      method,
      headers,
      body: form ?? raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    })
    const slug = url.pathname.replace(/^\/api\//, '').split('/')
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    return { status: response.status, json: text ? JSON.parse(text) : {} }
  }

  async function gql(query: string, { token }: { token?: string } = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': '127.0.0.1' }
    if (token) headers.authorization = `JWT ${token}`
    const response = await graphql(new Request(new URL('/api/graphql', origin), { method: 'POST', headers, body: JSON.stringify({ query }) }))
    return (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] }
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

  return { rest, gql, login }
}

/** A GraphQL input literal from a plain object; `enumValues` are written bare (GraphQL enums). */
export function gqlInput(value: unknown, enumKeys: string[] = [], key = ''): string {
  if (Array.isArray(value)) return `[${value.map((item) => gqlInput(item, enumKeys, key)).join(', ')}]`
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([name, item]) => `${name}: ${gqlInput(item, enumKeys, name)}`)
      .join(', ')} }`
  }
  if (typeof value === 'string') return enumKeys.includes(key) ? value.replace(/-/g, '_') : JSON.stringify(value)
  return String(value)
}

/** The login token from a response's `payload-token` cookie. */
export function tokenFromCookies(headers: Headers): string | undefined {
  for (const cookie of headers.getSetCookie()) {
    const match = /^payload-token=([^;]+)/.exec(cookie)
    if (match) return match[1]
  }
  return undefined
}
