import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole.ts'

/** Every editorial role: Redaktion, Freigabe and Administration. */
export const editors = ({ req: { user } }: { req: PayloadRequest }): boolean => hasRole(user, 'redaktion', 'freigabe', 'administration')
