import type { CollectionAfterChangeHook } from 'payload'

import { usersSlug } from '@familienrathaus/content-schemas'

import { reviewRequestMail } from '../lib/mails.ts'

/**
 * When a draft is submitted for review („Zur Freigabe eingereicht“), every person with the role
 * Freigabe – except whoever submitted it – gets a mail with a link to it. A mail that cannot be
 * sent is logged; the save itself never fails because of it.
 */
export const notifyReviewers: CollectionAfterChangeHook = async ({ doc, previousDoc, req, collection }) => {
  if (doc.reviewState !== 'zur-freigabe' || previousDoc?.reviewState === 'zur-freigabe') return doc
  try {
    const { docs: reviewers } = await req.payload.find({
      collection: usersSlug,
      where: { roles: { in: ['freigabe'] } },
      depth: 0,
      limit: 100,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const to = reviewers.filter((reviewer) => reviewer.id !== req.user?.id).map((reviewer) => String(reviewer.email))
    if (!to.length) return doc
    const label = typeof collection.labels?.singular === 'string' ? collection.labels.singular : collection.slug
    const mail = reviewRequestMail({
      collectionLabel: label,
      collection: collection.slug,
      id: doc.id,
      title: String(doc.title ?? doc.slug ?? doc.id),
      author: (req.user as { name?: string; email?: string } | null)?.name || (req.user as { email?: string } | null)?.email,
    })
    // Delivery does not hold up the editor's save; a failure is logged.
    void Promise.resolve(req.payload.sendEmail({ to, ...mail })).catch((error: Error) =>
      req.payload.logger.error(`Could not mail the reviewers of ${collection.slug}/${doc.id}: ${error.message}`),
    )
  } catch (error) {
    req.payload.logger.error(`Could not notify the reviewers of ${collection.slug}/${doc.id}: ${(error as Error).message}`)
  }
  return doc
}
