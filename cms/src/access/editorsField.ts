import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole.ts'

/** Field-level: internal fields (workflow, owners) are visible to editors only, never to the public. */
export const editorsField: FieldAccess = ({ req: { user } }) => hasRole(user, 'redaktion', 'freigabe', 'administration')
