import type { UserRole } from '@familienrathaus/content-schemas'

type MaybeUser = { roles?: (UserRole | string)[] | null } | null | undefined

/** Whether the user holds any of the roles. Users without roles can do nothing. */
export function hasRole(user: MaybeUser, ...roles: UserRole[]): boolean {
  return Boolean(user?.roles?.some((role) => roles.includes(role as UserRole)))
}

export const isAdministration = (user: MaybeUser) => hasRole(user, 'administration')

/** Freigabe and Administration may publish, unpublish and delete. */
export const canPublish = (user: MaybeUser) => hasRole(user, 'freigabe', 'administration')
