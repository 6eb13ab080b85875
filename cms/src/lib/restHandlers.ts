/**
 * The CMS's REST and GraphQL route handlers, with the checks Payload does not make before it
 * reads a request: uploads only after login, bounded JSON, capped reads, rate limits on login and
 * password mail, first-register only where it is safe. Used by the Next routes and by the tests,
 * so that what is tested is what is served.
 */
import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { mediaSlug, usersSlug } from '@familienrathaus/content-schemas'

import { adminSecurityHeaders, servedOverHttps } from './adminHeaders.ts'
import { firstRegisterOpen } from './firstRegister.ts'
import { checkReadQuery, clientAddress, parseJsonBody, parseQuery, readBytes, readText, RequestRefusal, WindowCounter } from './requestGuards.ts'

type Context = { params: Promise<{ slug?: string[] }> }
type RouteHandler = (request: Request, context: Context) => Promise<Response>
type ConfigPromise = Promise<SanitizedConfig>

/** Failed logins (and failed password resets) per address: ten per quarter of an hour. */
export const failedLoginLimit = { attempts: 10, windowMs: 15 * 60 * 1000 }
/** Requests for a password mail per address: five an hour. */
export const passwordMailLimit = { attempts: 5, windowMs: 60 * 60 * 1000 }

export function refusalResponse(refusal: RequestRefusal): Response {
  return Response.json({ errors: [{ message: refusal.message }] }, { status: refusal.status, headers: refusal.headers })
}

/** The admin's security headers on every API answer too (the proxy that adds them to pages skips the API). */
function withSecurityHeaders(request: Request, response: Response): Response {
  const headers = new Headers(response.headers)
  for (const [name, value] of Object.entries(adminSecurityHeaders({ https: servedOverHttps(request.headers.get('x-forwarded-proto')) }))) {
    if (!headers.has(name)) headers.set(name, value)
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

const tooManyAttempts = (seconds: number, what: string) =>
  new RequestRefusal(
    429,
    `Zu viele ${what} von diesem Anschluss. Bitte in ${Math.max(1, Math.ceil(seconds / 60))} Minuten erneut versuchen.`,
    { 'retry-after': String(seconds) },
  )

/** The parts of an API path that decide which checks apply: /api/<first>/<second>/… */
function routeOf(request: Request) {
  const segments = new URL(request.url).pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean)
  const isGlobal = segments[0] === 'globals'
  const [first, second, third] = isGlobal ? segments.slice(1) : segments
  return { isGlobal, first, second, third, segments }
}

function isMultipart(request: Request) {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')
}
function isJson(request: Request) {
  return (request.headers.get('content-type') ?? '').toLowerCase().includes('json')
}
function isMethodOverride(request: Request) {
  return (
    request.method === 'POST' &&
    (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')
  )
}

/** A copy of the request whose body has been read already. */
const withBody = (request: Request, body: string, url = request.url, method = request.method) =>
  new Request(url, { method, headers: request.headers, body: method === 'GET' || method === 'HEAD' ? undefined : body, signal: request.signal })

/**
 * One pair of counters per process: Next bundles the REST and the GraphQL route separately, and
 * both must count against the same allowance.
 */
const limits = ((globalThis as { familienrathausLimits?: { failedLogins: WindowCounter; passwordMails: WindowCounter } }).familienrathausLimits ??= {
  failedLogins: new WindowCounter(failedLoginLimit.attempts, failedLoginLimit.windowMs),
  passwordMails: new WindowCounter(passwordMailLimit.attempts, passwordMailLimit.windowMs),
})

export function restHandlers(config: ConfigPromise) {
  const { failedLogins, passwordMails } = limits

  const userOf = async (request: Request) => {
    const payload = await getPayload({ config })
    const { user } = await payload.auth({ headers: request.headers })
    return user
  }

  const guard =
    (handler: RouteHandler): RouteHandler =>
    async (incoming, context) => withSecurityHeaders(incoming, await answer(handler, incoming, context))

  const answer = async (handler: RouteHandler, incoming: Request, context: Context): Promise<Response> => {
    try {
      let request = incoming
      const route = routeOf(request)
      const address = clientAddress(request.headers)
      const isUsers = !route.isGlobal && route.first === usersSlug && request.method === 'POST'
      const authRoute = isUsers ? route.second : undefined

      if (authRoute === 'first-register' && !firstRegisterOpen()) {
        throw new RequestRefusal(
          403,
          'Das erste Konto wird auf diesem Server nicht im Browser angelegt. Die Administration legt es mit „npm run create-admin“ an.',
        )
      }
      if (authRoute === 'login' || authRoute === 'reset-password') {
        const wait = failedLogins.retryAfter(address)
        if (wait > 0) throw tooManyAttempts(wait, 'fehlgeschlagene Anmeldungen')
      }
      if (authRoute === 'forgot-password') {
        const wait = passwordMails.retryAfter(address)
        if (wait > 0) throw tooManyAttempts(wait, 'Anfragen nach einem neuen Passwort')
        passwordMails.add(address)
      }

      if (isMethodOverride(request)) {
        // A read sent as POST (Payload's admin does this for long relationship queries): checked like a GET.
        const text = await readText(request)
        const query = isJson(request) ? (parseJsonBody(text, { objectRequired: false }) ?? {}) : parseQuery(text)
        checkReadQuery({ ...parseQuery(new URL(request.url).search), ...query }, { anonymous: !(await userOf(request)) })
        request = withBody(request, text)
      } else if (request.method === 'GET') {
        const query = parseQuery(new URL(request.url).search)
        const wantsAllLocales = [query.locale, query['fallback-locale'], query.fallbackLocale].includes('all')
        checkReadQuery(query, { anonymous: wantsAllLocales ? !(await userOf(request)) : false })
      } else if (request.method === 'POST' || request.method === 'PATCH' || request.method === 'PUT') {
        if (isMultipart(request)) {
          if (!route.isGlobal && route.first === mediaSlug) {
            // Refused before a byte of the body is read: anonymous uploads cost nothing.
            if (!(await userOf(request))) {
              throw new RequestRefusal(403, 'Hochladen ist nur nach der Anmeldung im Redaktionssystem möglich.')
            }
          } else {
            // The admin sends every form (the login too) as multipart; only Media takes files.
            // Elsewhere a form is as small as JSON, and a file in it would be left behind as a
            // temporary file.
            const bytes = await readBytes(request)
            request = new Request(request.url, { method: request.method, headers: request.headers, body: new Uint8Array(bytes), signal: request.signal })
          }
        } else {
          const writesDocument =
            (request.method === 'POST' && route.first !== undefined && route.second === undefined) ||
            (request.method === 'PATCH' && route.first !== undefined && (route.second === undefined || route.third === undefined) && !route.isGlobal) ||
            (route.isGlobal && request.method === 'POST' && route.second === undefined)
          const text = await readText(request)
          parseJsonBody(text, { objectRequired: writesDocument })
          request = withBody(request, text)
        }
      }

      const response = await handler(request, context)
      if ((authRoute === 'login' || authRoute === 'reset-password') && response.status >= 400 && response.status !== 429) {
        failedLogins.add(address)
      }
      return response
    } catch (error) {
      if (error instanceof RequestRefusal) return refusalResponse(error)
      console.error(`API request ${incoming.method} ${new URL(incoming.url).pathname} failed: ${(error as Error).stack ?? error}`)
      return Response.json({ errors: [{ message: 'Interner Fehler. Bitte später erneut versuchen.' }] }, { status: 500 })
    }
  }

  const graphql = GRAPHQL_POST(config)
  return {
    GET: guard(REST_GET(config)),
    POST: guard(REST_POST(config)),
    PATCH: guard(REST_PATCH(config)),
    PUT: guard(REST_PUT(config)),
    DELETE: guard(REST_DELETE(config)),
    OPTIONS: REST_OPTIONS(config),
    /** GraphQL: bounded JSON; login and password mutations count against the same limits as REST. */
    GRAPHQL: async (request: Request): Promise<Response> => {
      try {
        const address = clientAddress(request.headers)
        const text = await readText(request)
        parseJsonBody(text, { objectRequired: true })
        const asksLogin = /\b(login|resetPassword|unlock)\w*\s*\(/.test(text)
        const asksMail = /\bforgotPassword\w*\s*\(/.test(text)
        if (asksLogin) {
          const wait = failedLogins.retryAfter(address)
          if (wait > 0) throw tooManyAttempts(wait, 'fehlgeschlagene Anmeldungen')
          failedLogins.add(address)
        }
        if (asksMail) {
          const wait = passwordMails.retryAfter(address)
          if (wait > 0) throw tooManyAttempts(wait, 'Anfragen nach einem neuen Passwort')
          passwordMails.add(address)
        }
        return await graphql(withBody(request, text))
      } catch (error) {
        if (error instanceof RequestRefusal) return refusalResponse(error)
        console.error(`GraphQL request failed: ${(error as Error).stack ?? error}`)
        return Response.json({ errors: [{ message: 'Interner Fehler. Bitte später erneut versuchen.' }] }, { status: 500 })
      }
    },
  }
}
