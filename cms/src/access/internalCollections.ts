import type { Access, SanitizedConfig } from 'payload'

import { hasRole, isAdministration } from './hasRole.ts'

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { value?: unknown; id?: unknown }).value ?? (value as { id?: unknown }).id : value)

/**
 * Document locks (who is editing what): editors only. An editor may lock for and take over to
 * themselves (the admin's "take over" sets the lock's user), never hand a lock to somebody else,
 * and lift only their own locks unless they are Administration.
 */
const readLocks: Access = ({ req: { user } }) => hasRole(user, 'redaktion', 'freigabe', 'administration')
const writeOwnLock: Access = ({ req: { user }, data }) => {
  if (!hasRole(user, 'redaktion', 'freigabe', 'administration')) return false
  const lockUser = (data as { user?: unknown } | undefined)?.user
  if (lockUser !== undefined) return String(idOf(lockUser)) === String(user!.id)
  return isAdministration(user) || { 'user.value': { equals: user!.id } }
}
const deleteOwnLock: Access = ({ req: { user } }) => {
  if (!hasRole(user, 'redaktion', 'freigabe', 'administration')) return false
  return isAdministration(user) || { 'user.value': { equals: user!.id } }
}

/**
 * Payload adds collections of its own after our config is read; their default access lets any
 * logged-in account in. This narrows them on the finished config.
 */
export function restrictInternalCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === 'payload-locked-documents')
  if (locks) locks.access = { ...locks.access, read: readLocks, create: writeOwnLock, update: writeOwnLock, delete: deleteOwnLock }
  return config
}
