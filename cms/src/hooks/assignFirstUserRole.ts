import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../payload-types.ts'

/** The very first account (made on the first-user screen) administers everything; later ones get what the admin gives. */
export const assignFirstUserRole: CollectionBeforeChangeHook<User> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) return { ...data, roles: ['administration'] satisfies User['roles'] }
  return data
}
