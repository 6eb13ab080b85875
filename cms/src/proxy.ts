import { NextResponse, type NextRequest } from 'next/server'

import { securityHeadersFor } from './lib/adminHeaders.ts'

/** Runs before every admin page and asset: adds the security headers to whatever answers it. */
export function proxy(request: NextRequest) {
  const response = NextResponse.next()
  for (const [name, value] of Object.entries(securityHeadersFor(request.headers))) {
    response.headers.set(name, value)
  }
  return response
}

/**
 * Not the API: a proxy copies every request body into memory and cuts it at 10 MB, which would
 * break uploads. The API's route handlers add the same headers themselves (restHandlers.ts).
 */
export const config = { matcher: ['/((?!api/).*)'] }
