import { cmsPublicUrl } from './serverUrls.ts'

/**
 * Security headers for every response of the CMS (admin and API). The admin is a Next.js app
 * whose pages carry inline scripts and styles of their own, so those stay allowed; nothing may
 * come from another origin, and no page may be framed by another site.
 */
export function adminSecurityHeaders({
  https,
  dev = process.env.NODE_ENV === 'development',
}: {
  https: boolean
  dev?: boolean
}): Record<string, string> {
  const headers: Record<string, string> = {
    'content-security-policy': [
      "default-src 'self'",
      // React's development build evaluates code (`next dev` only).
      `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "media-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'cross-origin-opener-policy': 'same-origin',
  }
  if (https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains'
  return headers
}

/** https when the public address says so, or the reverse proxy in front reports it. */
export function servedOverHttps(forwardedProto: string | null, env: NodeJS.ProcessEnv = process.env): boolean {
  return cmsPublicUrl(env)?.startsWith('https://') === true || forwardedProto?.split(',')[0]?.trim() === 'https'
}

/** The headers for the response to a request, https judged by the request's forwarded protocol. */
export function securityHeadersFor(requestHeaders: Headers): Record<string, string> {
  return adminSecurityHeaders({ https: servedOverHttps(requestHeaders.get('x-forwarded-proto')) })
}
