import type { Payload } from 'payload'

import { angeboteSlug } from '@familienrathaus/content-schemas'

/** Offers and their amounts are checked at least once a year (the law's figures often change on 1 January). */
export const reviewIntervalDays = 365

const cutoffOf = (now: Date) => new Date(now.getTime() - reviewIntervalDays * 24 * 60 * 60 * 1000).toISOString()

/** The Angebote whose amount („Betrag als Daten“) was last checked over a year ago, oldest first. */
export async function staleAmounts(payload: Payload, now = new Date()) {
  const cutoff = cutoffOf(now)
  return payload.find({
    collection: angeboteSlug,
    depth: 0,
    limit: 10,
    sort: 'amount.asOf',
    select: { title: true, amount: { asOf: true, source: true } },
    where: { and: [{ 'amount.kind': { exists: true } }, { 'amount.asOf': { less_than: cutoff } }] },
  })
}

/**
 * The Angebote whose content was last reviewed over a year ago; one never reviewed counts from the
 * day it was created (a freshly seeded catalogue is not „noch nie geprüft“ on its first day).
 */
export async function staleReviews(payload: Payload, now = new Date()) {
  const cutoff = cutoffOf(now)
  return payload.find({
    collection: angeboteSlug,
    depth: 0,
    limit: 10,
    sort: 'lastReviewedAt',
    select: { title: true, lastReviewedAt: true, owner: true, createdAt: true },
    where: {
      or: [{ lastReviewedAt: { less_than: cutoff } }, { and: [{ lastReviewedAt: { exists: false } }, { createdAt: { less_than: cutoff } }] }],
    },
  })
}
