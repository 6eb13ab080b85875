import { amountSchema } from './amountSchema.ts'
import { rulesSchema } from './rules.ts'
import { benefits } from './values.ts'
import { isCurrentOn } from './day.ts'

import type { MatchableOffer } from './evaluate.ts'

/** An Angebot as the finder's catalogue is made from it, wherever it is read (CMS, seed, site). */
export type OfferSource = {
  slug: string
  title: string
  /** The rules as stored (block names of any nesting level), or already parsed. */
  rules?: unknown
  validFrom?: string | null
  validUntil?: string | null
  /** The benefit this offer is (for chains), as the editors set it. */
  benefit?: string | null
  /** What it pays, as stored (the CMS group; without a kind, nothing). */
  amount?: unknown
}

/**
 * The one way from Angebote to the offers the finder evaluates: rules parsed, offers not current
 * on `day` left out. Offers whose rules do not parse are left out and named to `invalid`.
 */
export function matchableOffers(
  sources: readonly OfferSource[],
  { day, invalid }: { day?: string; invalid?: (slug: string, problems: string[]) => void } = {},
): MatchableOffer[] {
  return sources.flatMap((source) => {
    if (day && !isCurrentOn(source, day)) return []
    const rules = rulesSchema.safeParse(source.rules ?? [])
    if (!rules.success) {
      invalid?.(
        source.slug,
        rules.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
      )
      return []
    }
    const benefit = benefits.find((value) => value === source.benefit)
    // An amount that does not read is left out: the offer still fits, without a figure (the CMS
    // refuses such an amount on publishing, and the seed is checked against the content schema).
    const amount = hasAmount(source.amount) ? amountSchema.safeParse(source.amount) : undefined
    return [
      {
        slug: source.slug,
        title: source.title,
        rules: rules.data,
        ...(benefit ? { benefit } : {}),
        ...(amount?.success ? { amount: amount.data } : {}),
      },
    ]
  })
}

/** An amount as stored: the CMS keeps the group's fields even when no kind is chosen. */
export const hasAmount = (value: unknown): boolean => value !== null && typeof value === 'object' && Boolean((value as { kind?: unknown }).kind)
