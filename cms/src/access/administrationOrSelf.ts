import type { Access } from 'payload'

import { isAdministration } from './hasRole.ts'

/** Administration sees and edits every account; everybody else only their own. */
export const administrationOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdministration(user)) return true
  return { id: { equals: user.id } }
}
