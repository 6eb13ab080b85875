/**
 * Wohngeld (Mietzuschuss) by § 19 WoGG: 1.15 × (M − (a + b·M + c·Y) · Y), M the rent that counts
 * and Y the household's monthly Gesamteinkommen. The law's figures are data (`WohngeldLaw`), one
 * set per date they apply from, so that a new Fortschreibung is a new set, not new code.
 *
 * Checked against the eleven worked examples of the Federal ministry (BMWSB, „Beispiele für die
 * Berechnung des Wohngelds“, Stand 1.1.2025) in content-schemas/test/wohngeld.test.ts.
 */

/** One household size's coefficients (Anlage 2 WoGG) and minimum values of M and Y (Anlage 3 Nr. 1). */
type SizeRow = { a: number; b: number; c: number; minRent: number; minIncome: number }

export type WohngeldLaw = {
  /** The first day these figures apply (YYYY-MM-DD). */
  validFrom: string
  source: string
  /** Households of 1 to 12 members, in this order. */
  sizes: SizeRow[]
  /** Höchstbeträge (Anlage 1) by Mietenstufe I–VII for 1–5 members, and what each further member adds. */
  maxRent: { upToFive: number[][]; furtherMember: number[] }
  /** § 12 Abs. 6: added to M whatever the rent (1–5 members, then per further member). */
  heatingRelief: { upToFive: number[]; furtherMember: number }
  /** § 12 Abs. 7: raises the Höchstbetrag (1–5 members, then per further member). */
  climateComponent: { upToFive: number[]; furtherMember: number }
  /** § 19 Abs. 3: a household above 12 members gets this much per further member on top of 12's amount. */
  perMemberAbove12: number
  /** § 21 Nr. 1: below this, no Wohngeld is paid. */
  minimumPayment: number
}

/** The law as in force since 1 January 2025 (Zweite Wohngeld-Fortschreibungsverordnung, BGBl. 2024 I Nr. 314), unchanged through 2026. */
export const wohngeldLaw2025: WohngeldLaw = {
  validFrom: '2025-01-01',
  source: '§§ 12, 19, 21 WoGG mit Anlagen 1–3 in der Fassung ab 1.1.2025 (BGBl. 2024 I Nr. 314), https://www.gesetze-im-internet.de/wogg/',
  sizes: [
    { a: 0.04, b: 0.0004797, c: 0.0000408, minRent: 54, minIncome: 396 },
    { a: 0.03, b: 0.0003571, c: 0.0000304, minRent: 67, minIncome: 679 },
    { a: 0.02, b: 0.0002917, c: 0.0000245, minRent: 79, minIncome: 906 },
    { a: 0.01, b: 0.0002163, c: 0.0000176, minRent: 92, minIncome: 1132 },
    { a: 0, b: 0.0001907, c: 0.0000172, minRent: 103, minIncome: 1358 },
    { a: -0.01, b: 0.0001722, c: 0.0000166, minRent: 103, minIncome: 1585 },
    { a: -0.02, b: 0.0001592, c: 0.0000165, minRent: 115, minIncome: 1811 },
    { a: -0.03, b: 0.0001583, c: 0.0000165, minRent: 128, minIncome: 2037 },
    { a: -0.04, b: 0.0001376, c: 0.0000166, minRent: 140, minIncome: 2264 },
    { a: -0.06, b: 0.0001249, c: 0.0000166, minRent: 152, minIncome: 2490 },
    { a: -0.09, b: 0.0001141, c: 0.0000196, minRent: 187, minIncome: 2717 },
    { a: -0.12, b: 0.0001107, c: 0.0000221, minRent: 298, minIncome: 2943 },
  ],
  maxRent: {
    // Rows: Mietenstufe I … VII; columns: 1 … 5 members.
    upToFive: [
      [361, 437, 521, 608, 694],
      [408, 493, 587, 686, 782],
      [456, 551, 657, 766, 875],
      [511, 619, 737, 858, 982],
      [562, 680, 809, 946, 1080],
      [615, 745, 887, 1035, 1183],
      [677, 820, 975, 1139, 1302],
    ],
    furtherMember: [82, 94, 106, 119, 129, 149, 163],
  },
  heatingRelief: { upToFive: [110.4, 142.6, 170.2, 197.8, 225.4], furtherMember: 27.6 },
  climateComponent: { upToFive: [19.2, 24.8, 29.6, 34.4, 39.2], furtherMember: 4.8 },
  perMemberAbove12: 65,
  minimumPayment: 10,
}

/** Anlage 3 Nr. 2: every intermediate value is a fixed-point number with ten decimals. */
const fixed = (value: number) => Math.round(value * 1e10) / 1e10
const bySize = (upToFive: number[], further: number, members: number) =>
  members <= 5 ? upToFive[members - 1]! : upToFive[4]! + (members - 5) * further

export type WohngeldInput = {
  /** Members who count (§ 5 WoGG). */
  members: number
  /** Bruttokaltmiete (rent with cold running costs, without heating) per month, in euros. */
  rent: number
  /** Gesamteinkommen per month (§ 13 WoGG: yearly income after § 16 deductions and § 17 allowances, divided by 12). */
  income: number
  /** The municipality's Mietenstufe, 1 (I) to 7 (VII). */
  mietenstufe: number
}

export type WohngeldResult = {
  /** Euros per month (0 below the minimum payment). */
  amount: number
  /** The rent that counted, with the heating relief (M). */
  countedRent: number
  /** The income that counted (Y), at least the minimum of Anlage 3. */
  countedIncome: number
}

/** The highest rent that counts for so many members in a Mietenstufe, with climate component and heating relief (the M of Anlage 1 and § 12). */
export function wohngeldCeiling(members: number, mietenstufe: number, law: WohngeldLaw = wohngeldLaw2025): number {
  const size = Math.min(Math.max(1, members), 12)
  const stufe = mietenstufe - 1
  return (
    bySize(law.maxRent.upToFive[stufe]!, law.maxRent.furtherMember[stufe]!, size) +
    bySize(law.climateComponent.upToFive, law.climateComponent.furtherMember, size) +
    bySize(law.heatingRelief.upToFive, law.heatingRelief.furtherMember, size)
  )
}

/** Wohngeld per month for one household under one set of the law's figures. */
export function wohngeld(input: WohngeldInput, law: WohngeldLaw = wohngeldLaw2025): WohngeldResult {
  if (!Number.isInteger(input.members) || input.members < 1)
    throw new RangeError(`members must be a whole number of at least 1, not ${input.members}`)
  if (!Number.isInteger(input.mietenstufe) || input.mietenstufe < 1 || input.mietenstufe > 7)
    throw new RangeError(`mietenstufe must be 1 to 7, not ${input.mietenstufe}`)
  for (const key of ['rent', 'income'] as const)
    if (!Number.isFinite(input[key]) || input[key] < 0) throw new RangeError(`${key} must be a number of euros, not ${input[key]}`)
  const { members } = input
  const stufe = input.mietenstufe - 1
  const size = Math.min(members, 12)
  const row = law.sizes[size - 1]!
  // Above twelve members everything is worked out for twelve (§ 19 Abs. 3), then the surcharge follows.
  const cap =
    bySize(law.maxRent.upToFive[stufe]!, law.maxRent.furtherMember[stufe]!, size) +
    bySize(law.climateComponent.upToFive, law.climateComponent.furtherMember, size)
  const countedRent = fixed(Math.min(input.rent, cap) + bySize(law.heatingRelief.upToFive, law.heatingRelief.furtherMember, size))
  const M = Math.max(countedRent, row.minRent)
  const Y = Math.max(fixed(input.income), row.minIncome)
  const z1 = fixed(row.a + row.b * M + row.c * Y)
  const z2 = fixed(z1 * Y)
  const z3 = fixed(M - z2)
  const z4 = fixed(1.15 * z3)
  // Anlage 3 Nr. 3: rounded to whole euros, from 0.50 up.
  let amount = Math.max(0, Math.floor(z4 + 0.5))
  // Never more than the rent that counts, also with the surcharge for members above twelve.
  if (members > 12) amount = Math.min(amount + (members - 12) * law.perMemberAbove12, Math.floor(countedRent))
  return { amount: amount < law.minimumPayment ? 0 : amount, countedRent, countedIncome: Y }
}

/**
 * Gesamteinkommen per month from gross yearly income, as for most families: § 16 WoGG takes 10 %
 * each for income tax, health/care insurance and pension insurance paid (0–30 %); § 17 Nr. 3 leaves
 * 1,320 € a year free for a single parent. Employees' income is gross pay minus at least the
 * Arbeitnehmer-Pauschbetrag (1,230 € a year); the caller passes that.
 */
export function wohngeldIncome({
  yearlyIncome,
  deductions,
  singleParent = false,
}: {
  /** Positive income of all members in the year (§ 14 WoGG), e.g. gross pay minus Werbungskosten. */
  yearlyIncome: number
  /** How many of income tax, health/care and pension contributions are paid (0–3). */
  deductions: 0 | 1 | 2 | 3
  singleParent?: boolean
}): number {
  const yearly = yearlyIncome * (1 - 0.1 * deductions) - (singleParent ? 1320 : 0)
  return fixed(Math.max(0, yearly) / 12)
}
