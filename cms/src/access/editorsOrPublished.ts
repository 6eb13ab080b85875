import type { Access } from 'payload'

import { hasRole } from './hasRole.ts'

/**
 * Editors see drafts; everybody else, the site build included, sees published documents only.
 * A logged-in account without an editorial role is treated like the public.
 */
export const editorsOrPublished: Access = ({ req: { user } }) => {
  if (hasRole(user, 'redaktion', 'freigabe', 'administration')) return true
  return { _status: { equals: 'published' } }
}
