import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths.ts'

export class MissingSecretError extends Error {
  constructor() {
    super(
      'PAYLOAD_SECRET is not set. In production the CMS refuses to start without it: ' +
        'set PAYLOAD_SECRET to a long random string (e.g. `openssl rand -hex 32`) and start again.',
    )
    this.name = 'MissingSecretError'
  }
}

/**
 * The secret that signs login tokens. Production must provide it; elsewhere one is generated once
 * into the data folder, so logins survive restarts without anybody committing a secret.
 * The Next build evaluates the config but signs nothing, so it gets a throwaway value.
 */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NEXT_PHASE === 'phase-production-build') return randomBytes(32).toString('hex')
  if (env.NODE_ENV === 'production') throw new MissingSecretError()
  const file = path.join(dataDir(), 'payload-secret')
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored) return stored
  }
  const generated = randomBytes(32).toString('hex')
  writeFileSync(file, `${generated}\n`, { mode: 0o600 })
  return generated
}
