import type { UserRole } from '@familienrathaus/content-schemas'

// `unknown`: callers pass Payload's user, whose type depends on the generated types being in scope.
type MaybeUser = unknown

/** Whether the user holds any of the roles. Users without roles can do nothing. */
export function hasRole(user: MaybeUser, ...roles: UserRole[]): boolean {
  const held = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(held) && held.some((role) => roles.includes(role as UserRole))
}

export const isAdministration = (user: MaybeUser) => hasRole(user, 'administration')

/** Freigabe and Administration may publish, unpublish and delete. */
export const canPublish = (user: MaybeUser) => hasRole(user, 'freigabe', 'administration')
