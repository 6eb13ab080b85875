/**
 * Whether the admin's first-user screen may create the first account. It makes whoever comes
 * first Administration, so it is open only where nobody else can come first: `npm start` on a
 * loopback address outside production, which says so with CMS_FIRST_REGISTER=open. Everywhere
 * else the first account is made on the server with `npm run create-admin`.
 */
export function firstRegisterOpen(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CMS_FIRST_REGISTER === 'open'
}

const isLoopback = (host: string) => host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host)

/**
 * What `npm start` tells the CMS: open only on loopback, outside production, and when the admin's
 * public address is loopback too. A CMS on 127.0.0.1 behind a reverse proxy (PUBLIC_CMS_URL
 * https://…) is reachable from anywhere.
 */
export function firstRegisterSetting({
  host,
  nodeEnv,
  publicUrl,
}: {
  host: string
  nodeEnv: string | undefined
  publicUrl?: string
}): 'open' | 'closed' {
  let publicHost = 'localhost'
  if (publicUrl) {
    try {
      publicHost = new URL(publicUrl).hostname
    } catch {
      return 'closed'
    }
  }
  return isLoopback(host) && isLoopback(publicHost) && nodeEnv !== 'production' ? 'open' : 'closed'
}
