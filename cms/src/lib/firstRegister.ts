/**
 * Whether the admin's first-user screen may create the first account. It makes whoever comes
 * first Administration, so it is open only where nobody else can come first: `npm start` on a
 * loopback address outside production, which says so with CMS_FIRST_REGISTER=open. Everywhere
 * else the first account is made on the server with `npm run create-admin`.
 */
export function firstRegisterOpen(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CMS_FIRST_REGISTER === 'open'
}

/** What `npm start` tells the CMS: open only on loopback and outside production. */
export function firstRegisterSetting({ host, nodeEnv }: { host: string; nodeEnv: string | undefined }): 'open' | 'closed' {
  const loopback = host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
  return loopback && nodeEnv !== 'production' ? 'open' : 'closed'
}
