/** Free of zod, so that the finder in the browser can use it. */
import type { OfferSource } from './offers.ts'

/** Today in Hamm (YYYY-MM-DD): validity is judged by the German calendar day. */
export const germanToday = (now: Date = new Date()): string => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' })

/** An offer is current from its "valid from" day through its "valid until" day. */
export function isCurrentOn({ validFrom, validUntil }: Pick<OfferSource, 'validFrom' | 'validUntil'>, day: string): boolean {
  if (validFrom && validFrom.slice(0, 10) > day) return false
  if (validUntil && validUntil.slice(0, 10) < day) return false
  return true
}
