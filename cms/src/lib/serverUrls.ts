/**
 * Public addresses of the CMS and the site. `npm start` sets them; a deployment sets them to its
 * https URLs. They decide the CSRF allowlist and whether login cookies are Secure.
 */
export function cmsPublicUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.PUBLIC_CMS_URL?.replace(/\/$/, '') || undefined
}

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '')
}

/** Origins allowed to send cookie-authenticated requests: the admin itself, under both local names. */
export function csrfOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origins = new Set<string>()
  const publicUrl = cmsPublicUrl(env)
  if (publicUrl) origins.add(new URL(publicUrl).origin)
  const port = env.CMS_PORT ?? env.PORT ?? '3000'
  origins.add(`http://localhost:${port}`)
  origins.add(`http://127.0.0.1:${port}`)
  return [...origins]
}

/**
 * Secure cookies whenever the CMS is served over https, and in production unless its public URL
 * says plain http (as `npm start` on one machine does for http://localhost).
 */
export function authCookieSecurity(env: NodeJS.ProcessEnv = process.env): { secure: boolean; sameSite: 'Lax' } {
  const publicUrl = cmsPublicUrl(env)
  return { secure: publicUrl ? publicUrl.startsWith('https://') : env.NODE_ENV === 'production', sameSite: 'Lax' }
}
