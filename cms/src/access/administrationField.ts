import type { FieldAccess } from 'payload'

import { isAdministration } from './hasRole.ts'

/** Field-level: only Administration may set this field (e.g. a user's roles). */
export const administrationField: FieldAccess = ({ req: { user } }) => isAdministration(user)
