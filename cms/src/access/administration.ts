import type { PayloadRequest } from 'payload'

import { isAdministration } from './hasRole.ts'

export const administration = ({ req: { user } }: { req: PayloadRequest }): boolean => isAdministration(user)
