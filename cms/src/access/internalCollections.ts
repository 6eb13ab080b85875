import type { Access, SanitizedConfig } from 'payload'

import { hasRole, isAdministration } from './hasRole.ts'

const idOf = (value: unknown) =>
  value && typeof value === 'object' ? ((value as { value?: unknown; id?: unknown }).value ?? (value as { id?: unknown }).id) : value

/**
 * Document locks (who is editing what): editors only. An editor may lock for and take over to
 * themselves (the admin's "take over" sets the lock's user), never hand a lock to somebody else,
 * and lift only their own locks unless they are Administration.
 */
const readLocks: Access = ({ req: { user } }) => hasRole(user, 'redaktion', 'freigabe', 'administration')
const createOwnLock: Access = ({ req: { user }, data }) => {
  if (!hasRole(user, 'redaktion', 'freigabe', 'administration')) return false
  return String(idOf((data as { user?: unknown } | undefined)?.user)) === String(user!.id)
}
/** Taking over sets the lock's user to oneself; nothing else about a lock may change. */
const updateOwnLock: Access = ({ req: { user }, data }) => {
  if (!hasRole(user, 'redaktion', 'freigabe', 'administration')) return false
  const changes = (data ?? {}) as { user?: unknown; document?: unknown; globalSlug?: unknown }
  if (changes.document !== undefined || changes.globalSlug !== undefined) return false
  if (changes.user !== undefined) return String(idOf(changes.user)) === String(user!.id)
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
  if (locks) locks.access = { ...locks.access, read: readLocks, create: createOwnLock, update: updateOwnLock, delete: deleteOwnLock }
  return config
}
