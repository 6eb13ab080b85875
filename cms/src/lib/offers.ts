import type { Payload, PayloadRequest, Where } from 'payload'

import { angeboteSlug, germanToday, matchableOffers, type MatchableOffer } from '@familienrathaus/content-schemas'
import { benefits } from '@familienrathaus/content-schemas/matcher/values'

import type { Angebote } from '../payload-types.ts'

/**
 * The Angebote a chain can lead to: those that are a benefit, and those named like one (catalogues
 * from before the benefit field, see offersOfBenefits). One offer's result depends on these alone.
 */
const chainTargets: Where = { or: [{ 'eligibility.benefit': { exists: true } }, { slug: { in: [...benefits] } }] }

/**
 * The published Angebote current today in Hamm, as the finder evaluates them: for `npm run match`
 * (public read) and the publish check (within the editor's request, leaving out the Angebot being
 * saved, and with `chainsOnly` only the offers its chains can reach: the check read the whole
 * catalogue, 147 s at 10,000 offers – issue 18).
 */
export async function publishedOffers(
  payload: Payload,
  {
    req,
    except,
    chainsOnly = false,
    onInvalid,
  }: { req?: PayloadRequest; except?: string; chainsOnly?: boolean; onInvalid?: (slug: string) => void } = {},
): Promise<MatchableOffer[]> {
  const conditions: Where[] = [{ _status: { equals: 'published' } }]
  if (except) conditions.push({ slug: { not_equals: except } })
  if (chainsOnly) conditions.push(chainTargets)
  const { docs } = await payload.find({
    collection: angeboteSlug,
    where: { and: conditions },
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
