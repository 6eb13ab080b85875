import type { PayloadRequest } from 'payload'

import { canPublish } from './hasRole.ts'

/** Freigabe and Administration: publish, unpublish, delete, and edit the legal pages. */
export const publishers = ({ req: { user } }: { req: PayloadRequest }): boolean => canPublish(user)
