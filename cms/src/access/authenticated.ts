import type { PayloadRequest } from 'payload'

/** Typed to return a plain boolean so it also serves where Payload expects one (e.g. `access.admin`). */
export const authenticated = ({ req: { user } }: { req: PayloadRequest }): boolean => Boolean(user)
