import type { Payload, PayloadRequest, Where } from 'payload'

import { angeboteSlug, germanToday, matchableOffers, type MatchableOffer } from '@familienrathaus/content-schemas'

import type { Angebote } from '../payload-types.ts'

/**
 * The published Angebote current today in Hamm, as the finder evaluates them: for `npm run match`
 * (public read) and the publish check (within the editor's request, leaving out the Angebot being saved).
 */
export async function publishedOffers(
  payload: Payload,
  { req, except, onInvalid }: { req?: PayloadRequest; except?: string; onInvalid?: (slug: string) => void } = {},
): Promise<MatchableOffer[]> {
  const published: Where = { _status: { equals: 'published' } }
  const { docs } = await payload.find({
    collection: angeboteSlug,
    where: except ? { and: [published, { slug: { not_equals: except } }] } : published,
    depth: 0,
    limit: 0,
    sort: 'title',
    select: { slug: true, title: true, eligibility: { rules: true, benefit: true }, amount: true, validFrom: true, validUntil: true },
    // Within a request no locale is given: Payload would set it on the request, and the save in
    // progress (say, of the English version) would then be validated as German.
    ...(req ? { req } : { overrideAccess: false, locale: 'de' as const }),
  })
  return matchableOffers(
    (docs as Pick<Angebote, 'slug' | 'title' | 'eligibility' | 'amount' | 'validFrom' | 'validUntil'>[]).map((doc) => ({
      slug: String(doc.slug),
      title: String(doc.title),
      rules: doc.eligibility?.rules,
      benefit: doc.eligibility?.benefit,
      amount: doc.amount,
      validFrom: doc.validFrom,
      validUntil: doc.validUntil,
    })),
    { day: germanToday(), ...(onInvalid ? { invalid: onInvalid } : {}) },
  )
}
