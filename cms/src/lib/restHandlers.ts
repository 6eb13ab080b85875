/**
 * The CMS's REST route handlers, with the checks Payload does not make before it reads a request:
 * uploads only after login, bounded JSON and forms, capped reads, rate limits on login and
 * password mail, first-register only where it is safe. Used by the Next route and by the tests,
 * so that what is tested is what is served. (GraphQL is switched off: nothing of ours uses it.)
 */
import type { SanitizedConfig } from 'payload'
import { timingSafeEqual } from 'node:crypto'

import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getPayload } from 'payload'

import { mediaSlug, siteBuildTokenHeader, usersSlug } from '@familienrathaus/content-schemas'

import { securityHeadersFor } from './adminHeaders.ts'
import { firstRegisterOpen } from './firstRegister.ts'
import {
  checkReadQuery,
  clientAddress,
  everyLocale,
  parseJsonBody,
  parseQuery,
  readBytes,
  RequestRefusal,
  WindowCounter,
} from './requestGuards.ts'

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
  for (const [name, value] of Object.entries(securityHeadersFor(request.headers))) {
    if (!headers.has(name)) headers.set(name, value)
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

const tooManyAttempts = (seconds: number, what: string) =>
  new RequestRefusal(429, `Zu viele ${what} von diesem Anschluss. Bitte in ${Math.max(1, Math.ceil(seconds / 60))} Minuten erneut versuchen.`, {
    'retry-after': String(seconds),
  })

/**
 * The route as Payload routes it: from Next's decoded path segments, compared without case
 * (Payload's path matching ignores it), so that `/api/users/LOGIN` or `%6Cogin` meet the same checks.
 */
async function routeOf(context: Context) {
  const segments = ((await context.params).slug ?? []).map((segment) => segment.toLowerCase())
  const isGlobal = segments[0] === 'globals'
  const [first, second, third] = isGlobal ? segments.slice(1) : segments
  return { isGlobal, first, second, third }
}

const contentType = (request: Request) => (request.headers.get('content-type') ?? '').toLowerCase()
const isMultipart = (request: Request) => contentType(request).startsWith('multipart/form-data')
function isMethodOverride(request: Request) {
  return (
    request.method === 'POST' &&
    (request.headers.get('x-payload-http-method-override') === 'GET' || request.headers.get('x-http-method-override') === 'GET')
  )
}

/** A copy of the request with a body that has been read and checked already. */
const withBody = (request: Request, body: string | Uint8Array<ArrayBuffer>, headers: Headers = request.headers) =>
  new Request(request.url, { method: request.method, headers, body, signal: request.signal })

/** Whether the request is this instance's site build (its token is SITE_BUILD_TOKEN, set by `npm start`). */
function isSiteBuild(request: Request): boolean {
  const expected = process.env.SITE_BUILD_TOKEN
  const given = request.headers.get(siteBuildTokenHeader)
  if (!expected || !given) return false
  const [a, b] = [Buffer.from(expected), Buffer.from(given)]
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Whether a read asks for every locale at once (only editors and the site build may). */
function wantsAllLocales(search: string): boolean {
  const params = new URLSearchParams(search)
  return ['locale', 'fallback-locale', 'fallbackLocale'].some((name) => params.getAll(name).some((locale) => everyLocale.includes(locale)))
}

/**
 * One pair of counters per process, kept on globalThis: Next may bundle a module more than once,
 * and every copy must count against the same allowance.
 */
const limits = ((
  globalThis as { familienrathausLimits?: { failedLogins: WindowCounter; passwordMails: WindowCounter } }
).familienrathausLimits ??= {
  failedLogins: new WindowCounter(failedLoginLimit.attempts, failedLoginLimit.windowMs),
  passwordMails: new WindowCounter(passwordMailLimit.attempts, passwordMailLimit.windowMs),
})

export function restHandlers(config: ConfigPromise) {
  const { failedLogins, passwordMails } = limits

  const isAnonymous = async (request: Request) => {
    const payload = await getPayload({ config })
    return !(await payload.auth({ headers: request.headers })).user
  }

  /** Checks a read the way Payload will parse it: the URL's query, or for a POST read the URL plus `?` plus the form body. */
  const checkRead = async (request: Request, search: string) => {
    checkReadQuery(parseQuery(search), {
      anonymous: wantsAllLocales(search) ? !isSiteBuild(request) && (await isAnonymous(request)) : false,
    })
  }

  /**
   * A form to anything but Media: the admin sends its forms (the login too) as multipart, with
   * the document as JSON in `_payload`. It is passed on as that JSON: no file can land in a
   * temporary file nobody removes, and the JSON meets the same checks as any other.
   */
  const formAsJson = async (request: Request, objectRequired: boolean): Promise<Request> => {
    const bytes = await readBytes(request)
    let form: FormData
    try {
      form = await new Response(new Uint8Array(bytes), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData()
    } catch {
      throw new RequestRefusal(400, 'Das Formular konnte nicht gelesen werden.')
    }
    const data: Record<string, unknown> = {}
    for (const [name, value] of form.entries()) {
      if (typeof value !== 'string') throw new RequestRefusal(400, 'Dateien lassen sich nur unter „Bilder und Dateien“ hochladen.')
      if (name === '_payload') Object.assign(data, parseJsonBody(value, { objectRequired }) ?? {})
      else data[name] = value
    }
    if (objectRequired && Object.keys(data).length === 0) parseJsonBody('', { objectRequired })
    const headers = new Headers(request.headers)
    headers.set('content-type', 'application/json')
    headers.delete('content-length')
    return withBody(request, JSON.stringify(data), headers)
  }

  const answer = async (handler: RouteHandler, incoming: Request, context: Context): Promise<Response> => {
    let counted: WindowCounter | undefined
    const address = clientAddress(incoming.headers)
    try {
      let request = incoming
      const route = await routeOf(context)
      const authRoute = !route.isGlobal && route.first === usersSlug && request.method === 'POST' ? route.second : undefined

      if (authRoute === 'first-register' && !firstRegisterOpen()) {
        throw new RequestRefusal(
          403,
          'Das erste Konto wird auf diesem Server nicht im Browser angelegt. Die Administration legt es mit „npm run create-admin“ an.',
        )
      }
      // Counted before Payload checks anything, so that parallel attempts cannot slip through
      // together; a successful login gives its attempt back.
      if (authRoute === 'login' || authRoute === 'reset-password') {
        const wait = failedLogins.retryAfter(address)
        if (wait > 0) throw tooManyAttempts(wait, 'fehlgeschlagene Anmeldungen')
        failedLogins.add(address)
        counted = failedLogins
      }
      if (authRoute === 'forgot-password') {
        const wait = passwordMails.retryAfter(address)
        if (wait > 0) throw tooManyAttempts(wait, 'Anfragen nach einem neuen Passwort')
        passwordMails.add(address)
      }

      if (isMethodOverride(request)) {
        // A read sent as POST (the admin's relationship fields do this for long queries). Payload
        // appends the form body to the URL as it is; JSON bodies it reads in ways of its own.
        if (!contentType(request).startsWith('application/x-www-form-urlencoded')) {
          throw new RequestRefusal(400, 'Eine Leseanfrage per POST muss als Formular (application/x-www-form-urlencoded) kommen.')
        }
        const text = (await readBytes(request)).toString('utf8')
        await checkRead(request, new URL(`${request.url}?${text}`).search)
        request = withBody(request, text)
      } else if (request.method === 'GET') {
        await checkRead(request, new URL(request.url).search)
      } else if (request.method === 'POST' || request.method === 'PATCH' || request.method === 'PUT') {
        const writesDocument =
          route.first !== undefined &&
          (route.second === undefined || (request.method === 'PATCH' && !route.isGlobal && route.third === undefined))
        if (isMultipart(request) && !route.isGlobal && route.first === mediaSlug) {
          // Refused before a byte of the body is read: anonymous uploads cost nothing.
          if (await isAnonymous(request)) throw new RequestRefusal(403, 'Hochladen ist nur nach der Anmeldung im Redaktionssystem möglich.')
        } else if (isMultipart(request)) {
          request = await formAsJson(request, writesDocument)
        } else {
          const text = (await readBytes(request)).toString('utf8')
          parseJsonBody(text, { objectRequired: writesDocument })
          request = withBody(request, text)
        }
      }

      const response = await handler(request, context)
      if (counted && response.status < 400) counted.remove(address)
      return response
    } catch (error) {
      if (error instanceof RequestRefusal) return refusalResponse(error)
      console.error(`API request ${incoming.method} ${new URL(incoming.url).pathname} failed: ${(error as Error).stack ?? error}`)
      return Response.json({ errors: [{ message: 'Interner Fehler. Bitte später erneut versuchen.' }] }, { status: 500 })
    }
  }

  const guard =
    (handler: RouteHandler): RouteHandler =>
    async (incoming, context) =>
      withSecurityHeaders(incoming, await answer(handler, incoming, context))

  return {
    GET: guard(REST_GET(config)),
    POST: guard(REST_POST(config)),
    PATCH: guard(REST_PATCH(config)),
    PUT: guard(REST_PUT(config)),
    DELETE: guard(REST_DELETE(config)),
    OPTIONS: guard(REST_OPTIONS(config)),
  }
}
