import { householdSchema, type Household } from './household.ts'
import { decodeHouseholdJson, encodeHouseholdJson } from './shareCodec.ts'

export { shareFragmentKey } from './shareCodec.ts'

export const encodeHousehold = (household: Household): string => encodeHouseholdJson(household)

/** Reads and validates a household from a share link, a bare fragment or plain JSON. */
export function decodeHousehold(text: string): Household | undefined {
  const parsed = householdSchema.safeParse(decodeHouseholdJson(text))
  return parsed.success ? parsed.data : undefined
}
