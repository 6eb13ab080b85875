import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, Payload } from 'payload'

import { LockedAuth } from 'payload'

import { usersSlug } from '@familienrathaus/content-schemas'

import { databaseKind, databaseUri } from '../db.ts'

/**
 * Failed logins counted atomically, before the password is checked.
 *
 * Payload reads the count, checks the password (slow on purpose) and only then adds one, so
 * parallel guesses all see the old count and all get checked. Here every attempt first takes a
 * numbered ticket in one atomic database statement; the ticket after the last allowed one locks
 * the account, and no password behind it is ever compared. A correct password releases the
 * count (as Payload's own count does).
 */
export const maxLoginAttempts = 5
export const lockTimeMs = 15 * 60 * 1000

type Ticket = { attempts: number; lockUntil: string | null }

/** The database's atomic statements for the three steps. */
type AttemptStore = {
  /** Adds one to the count (starting again at 1 after an expired lock) and says where it stands. */
  claim: (email: string, now: string) => Promise<Ticket | undefined>
  lock: (email: string, until: string, now: string) => Promise<void>
}

async function attemptStore(payload: Payload): Promise<AttemptStore> {
  if (databaseKind(databaseUri()) === 'mongodb') {
    type Model = {
      findOneAndUpdate: (
        filter: object,
        update: object[],
        options: object,
      ) => Promise<{ loginAttempts?: number; lockUntil?: Date | null } | null>
      updateOne: (filter: object, update: object) => Promise<unknown>
    }
    const users = (payload.db as unknown as { collections: Record<string, Model> }).collections[usersSlug]!
    return {
      claim: async (email, now) => {
        const expired = { $and: [{ $ne: [{ $ifNull: ['$lockUntil', null] }, null] }, { $lte: ['$lockUntil', new Date(now)] }] }
        const doc = await users.findOneAndUpdate(
          { email },
          [
            {
              $set: {
                loginAttempts: { $cond: [expired, 1, { $add: [{ $ifNull: ['$loginAttempts', 0] }, 1] }] },
                lockUntil: { $cond: [expired, null, { $ifNull: ['$lockUntil', null] }] },
              },
            },
          ],
          { new: true, projection: { loginAttempts: 1, lockUntil: 1 }, lean: true },
        )
        return doc ? { attempts: doc.loginAttempts ?? 0, lockUntil: doc.lockUntil ? new Date(doc.lockUntil).toISOString() : null } : undefined
      },
      lock: async (email, until, now) => {
        await users.updateOne(
          { email, $or: [{ lockUntil: null }, { lockUntil: { $exists: false } }, { lockUntil: { $lte: new Date(now) } }] },
          { $set: { lockUntil: new Date(until) } },
        )
      },
    }
  }
  const { sql } = await import('@payloadcms/db-sqlite')
  const db = (payload.db as unknown as { drizzle: { all: <Row>(query: unknown) => Promise<Row[]> } }).drizzle
  // Dates are stored as ISO 8601 text in UTC, so comparing them as text compares the instants.
  return {
    claim: async (email, now) => {
      const rows = await db.all<{ attempts: number | string | null; lockUntil: string | null }>(sql`
        UPDATE users SET
          login_attempts = CASE WHEN lock_until IS NOT NULL AND lock_until <= ${now} THEN 1 ELSE coalesce(login_attempts, 0) + 1 END,
          lock_until = CASE WHEN lock_until IS NOT NULL AND lock_until <= ${now} THEN NULL ELSE lock_until END
        WHERE email = ${email}
        RETURNING login_attempts AS attempts, lock_until AS lockUntil`)
      const row = rows[0]
      return row ? { attempts: Number(row.attempts ?? 0), lockUntil: row.lockUntil } : undefined
    },
    lock: async (email, until, now) => {
      await db.all(
        sql`UPDATE users SET lock_until = ${until} WHERE email = ${email} AND (lock_until IS NULL OR lock_until <= ${now}) RETURNING id`,
      )
    },
  }
}

export const claimLoginAttempt: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || email.trim() === '') return args
  const store = await attemptStore(req.payload)
  const now = new Date()
  const ticket = await store.claim(email.toLowerCase().trim(), now.toISOString())
  if (ticket) {
    if (ticket.lockUntil && ticket.lockUntil > now.toISOString()) throw new LockedAuth(req.t)
    if (ticket.attempts > maxLoginAttempts) {
      await store.lock(email.toLowerCase().trim(), new Date(now.getTime() + lockTimeMs).toISOString(), now.toISOString())
      throw new LockedAuth(req.t)
    }
  }
  // The count is kept here; Payload's own, non-atomic one would count every failure twice.
  const { collection } = args as { collection: { config: { auth: object } } }
  return {
    ...args,
    collection: { ...collection, config: { ...collection.config, auth: { ...collection.config.auth, maxLoginAttempts: 0 } } },
  } as typeof args
}

/**
 * A correct password starts the count again. Written with the login's own request (and so its
 * transaction): on MongoDB a write beside the open login transaction would wait for it.
 */
export const releaseLoginAttempts: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await req.payload.db.updateOne({
    collection: collection.slug,
    where: { id: { equals: user.id } },
    data: { loginAttempts: 0, lockUntil: null },
    req,
    returning: false,
  })
}
