import type { Access } from 'payload'

/** Editors see drafts; everybody else, the site build included, sees published documents only. */
export const authenticatedOrPublished: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
