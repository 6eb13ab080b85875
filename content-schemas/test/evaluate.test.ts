import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  activities,
  amountCalculators,
  amountSchema,
  benefits,
  employments,
  evaluateHousehold,
  householdInMonths,
  householdProblems,
  householdSchema,
  incomeBands,
  insurances,
  maintenances,
  residenceStatuses,
  rulesSchema,
  type Household,
  type MatchableOffer,
} from '../src/index.ts'

/** An offer named like a benefit is that benefit here (in the CMS, editors say so on the Angebot). */
const offer = (slug: string, rules: unknown[], title = slug): MatchableOffer => ({
  slug,
  title,
  rules: rulesSchema.parse(rules),
  ...((benefits as readonly string[]).includes(slug) ? { benefit: slug as (typeof benefits)[number] } : {}),
})
const household = (value: Omit<Household, 'version'>): Household => householdSchema.parse({ version: 1, ...value })
const run = (h: Household, ...offers: MatchableOffer[]) => evaluateHousehold({ household: h, offers, referenceDate: '2026-11-21' })
const fitOf = (h: Household, o: MatchableOffer, others: MatchableOffer[] = []) =>
  run(h, o, ...others).matches.find((m) => m.slug === o.slug)?.fit ?? 'no'

const parentWith = (...children: Record<string, unknown>[]) =>
  household({ members: [{ role: 'adult', age: 35 }, ...children.map((child) => ({ role: 'child' as const, age: 3, ...child }))] })

describe('child conditions', () => {
  const underThree = offer('u3', [{ blockType: 'child', maxAge: 3 }])
  it('uses an inclusive lower and an exclusive upper age bound', () => {
    expect(fitOf(parentWith({ age: 2.9 }), underThree)).toBe('yes')
    // An age in months stands for that month: "2 Monate" may be 8 or almost 13 weeks.
    expect(fitOf(parentWith({ age: 2 / 12 }), offer('u12w', [{ blockType: 'child', maxAge: 12 / 52 }]))).toBe('maybe')
    expect(fitOf(parentWith({ age: 3 }), underThree)).toBe('no')
    expect(fitOf(parentWith({ age: 1 }), offer('from1', [{ blockType: 'child', minAge: 1 }]))).toBe('yes')
  })

  it('says why, with the child’s name and age', () => {
    const [match] = run(parentWith({ name: 'Mia', age: 2 }), underThree).matches
    expect(match?.reasons).toContain('Mia ist 2 Jahre alt.')
    const [baby] = run(parentWith({ name: 'Lina', age: 0.25 }), underThree).matches
    expect(baby?.reasons).toContain('Lina ist 3 Monate alt.')
  })

  it('tells unnamed children apart by their age, without saying it twice', () => {
    const [young] = run(parentWith({ age: 2 }, { age: 7 }), offer('u10', [{ blockType: 'child', maxAge: 10 }])).matches
    expect(young?.reasons).toEqual(['Ihr Kind ist 2 Jahre alt.', 'Ihr Kind ist 7 Jahre alt.'])
    const [school] = run(parentWith({ age: 2 }, { age: 7 }), offer('ogs', [{ blockType: 'child', activities: ['grundschule'] }])).matches
    expect(school?.reasons.at(-1)).toMatch(
      /^Es kommt noch darauf an: was Ihr Kind \(2 Jahre\) gerade macht .* und was Ihr Kind \(7 Jahre\) gerade macht/,
    )
  })

  it('is maybe, naming the missing fact, when the activity is not given', () => {
    const school = offer('ogs', [{ blockType: 'child', activities: ['grundschule'] }])
    const [match] = run(parentWith({ age: 7 }), school).matches
    expect(match).toMatchObject({ fit: 'maybe', missing: ['members[1].activity'] })
    expect(match?.reasons.at(-1)).toMatch(/Es kommt noch darauf an: was Ihr Kind gerade macht/)
    expect(fitOf(parentWith({ age: 7, activity: 'grundschule' }), school)).toBe('yes')
    expect(fitOf(parentWith({ age: 7, activity: 'kita' }), school)).toBe('no')
    expect(fitOf(parentWith({ age: 7, activity: 'unknown' }), school)).toBe('maybe')
  })

  it('counts children (kinderreich) and ignores children who moved out unless asked', () => {
    const large = offer('kinderreich', [{ blockType: 'child', maxAge: 18, count: 3 }])
    expect(fitOf(parentWith({ age: 2 }, { age: 5 }), large)).toBe('no')
    expect(fitOf(parentWith({ age: 2 }, { age: 5 }, { age: 9 }), large)).toBe('yes')
    const studying = { age: 21, activity: 'studium', livesInHousehold: false }
    expect(fitOf(parentWith(studying), offer('x', [{ blockType: 'child', activities: ['studium'] }]))).toBe('no')
    expect(fitOf(parentWith(studying), offer('y', [{ blockType: 'child', activities: ['studium'], includeMovedOut: true }]))).toBe('yes')
  })

  it('checks relation, disability, care grade and maintenance', () => {
    expect(fitOf(parentWith({ relation: 'foster' }), offer('p', [{ blockType: 'child', relations: ['foster'] }]))).toBe('yes')
    expect(fitOf(parentWith({}), offer('p', [{ blockType: 'child', relations: ['foster'] }]))).toBe('no')
    expect(fitOf(parentWith({ disability: true }), offer('d', [{ blockType: 'child', disability: 'ja' }]))).toBe('yes')
    expect(fitOf(parentWith({}), offer('d', [{ blockType: 'child', disability: 'ja' }]))).toBe('maybe')
    expect(fitOf(parentWith({ pflegegrad: 2 }), offer('c', [{ blockType: 'child', minPflegegrad: 2 }]))).toBe('yes')
    expect(fitOf(parentWith({ pflegegrad: 1 }), offer('c', [{ blockType: 'child', minPflegegrad: 2 }]))).toBe('no')
    expect(fitOf(parentWith({ maintenance: 'none' }), offer('m', [{ blockType: 'child', maintenance: ['none', 'partial'] }]))).toBe('yes')
  })

  it('is no when there is no child at all', () => {
    expect(fitOf(household({ members: [{ role: 'adult', age: 30 }] }), underThree)).toBe('no')
  })
})

describe('adult and member conditions', () => {
  const pregnancy = offer('mehrbedarf', [{ blockType: 'adult', pregnant: 'ja', maxDueInWeeks: 27 }])
  it('matches a pregnancy from the 13th week and says when the birth is due', () => {
    const h = household({ members: [{ role: 'adult', age: 28, pregnant: true, dueInWeeks: 20 }] })
    const [match] = run(h, pregnancy).matches
    expect(match?.fit).toBe('yes')
    expect(match?.reasons[0]).toMatch(/ist schwanger \(Geburt in etwa 20 Wochen\)/)
    expect(fitOf(household({ members: [{ role: 'adult', age: 28, pregnant: true, dueInWeeks: 35 }] }), pregnancy)).toBe('no')
    expect(fitOf(household({ members: [{ role: 'adult', age: 28, pregnant: true }] }), pregnancy)).toBe('maybe')
    expect(fitOf(household({ members: [{ role: 'adult', age: 28 }] }), pregnancy)).toBe('maybe')
  })

  it('checks residence status, employment, insurance, GdB', () => {
    const residence = offer('r', [{ blockType: 'adult', residence: ['german', 'eu'] }])
    expect(fitOf(household({ members: [{ role: 'adult', age: 30, residenceStatus: 'eu' }] }), residence)).toBe('yes')
    expect(fitOf(household({ members: [{ role: 'adult', age: 30, residenceStatus: 'asylum-seeker' }] }), residence)).toBe('no')
    expect(fitOf(household({ members: [{ role: 'adult', age: 30 }] }), residence)).toBe('maybe')
    const insured = offer('i', [{ blockType: 'adult', insurance: ['statutory'] }])
    expect(fitOf(household({ members: [{ role: 'adult', age: 30, healthInsurance: 'private' }] }), insured)).toBe('no')
    const gdb = offer('g', [{ blockType: 'member', minGdb: 50 }])
    expect(fitOf(household({ members: [{ role: 'adult', age: 50, gdb: 50 }] }), gdb)).toBe('yes')
    expect(
      fitOf(
        household({
          members: [
            { role: 'adult', age: 50, gdb: 30 },
            { role: 'child', age: 4, gdb: 60 },
          ],
        }),
        gdb,
      ),
    ).toBe('yes')
  })
})

describe('household, income and benefit conditions', () => {
  it('household flags are yes, no, or maybe when not said', () => {
    const hamm = offer('hamm', [{ blockType: 'household', livesInHamm: 'ja' }])
    expect(fitOf(household({ livesInHamm: true, members: [{ role: 'adult', age: 30 }] }), hamm)).toBe('yes')
    expect(fitOf(household({ livesInHamm: false, members: [{ role: 'adult', age: 30 }] }), hamm)).toBe('no')
    expect(run(household({ members: [{ role: 'adult', age: 30 }] }), hamm).matches[0]).toMatchObject({ fit: 'maybe', missing: ['livesInHamm'] })
  })

  it('income bands: match, borderline and unknown', () => {
    const kiz = offer('kiz', [{ blockType: 'income', match: ['low'], borderline: ['middle'] }])
    const withIncome = (income: (typeof incomeBands)[number]) => household({ income, members: [{ role: 'adult', age: 30 }] })
    expect(fitOf(withIncome('low'), kiz)).toBe('yes')
    expect(fitOf(withIncome('middle'), kiz)).toBe('maybe')
    expect(fitOf(withIncome('high'), kiz)).toBe('no')
    expect(fitOf(withIncome('unknown'), kiz)).toBe('maybe')
    expect(run(withIncome('unknown'), kiz).matches[0]?.missing).toEqual(['income'])
  })

  it('benefits received: yes, no when the list is given, maybe when not said', () => {
    const but = offer('bildung-und-teilhabe', [{ blockType: 'receives', benefits: ['wohngeld', 'kinderzuschlag'] }])
    expect(fitOf(household({ receives: ['wohngeld'], members: [{ role: 'adult', age: 30 }] }), but)).toBe('yes')
    expect(fitOf(household({ receives: [], members: [{ role: 'adult', age: 30 }] }), but)).toBe('no')
    expect(fitOf(household({ members: [{ role: 'adult', age: 30 }] }), but)).toBe('maybe')
  })
})

describe('groups', () => {
  const h = household({
    singleParent: true,
    income: 'high',
    members: [
      { role: 'adult', age: 30 },
      { role: 'child', age: 4 },
    ],
  })
  it('all, any and not combine yes, no and maybe', () => {
    expect(
      fitOf(
        h,
        offer('all', [
          { blockType: 'household', singleParent: 'ja' },
          { blockType: 'child', maxAge: 6 },
        ]),
      ),
    ).toBe('yes')
    expect(
      fitOf(
        h,
        offer('all-no', [
          { blockType: 'household', singleParent: 'ja' },
          { blockType: 'child', minAge: 6 },
        ]),
      ),
    ).toBe('no')
    expect(
      fitOf(
        h,
        offer('any', [
          {
            blockType: 'any',
            conditions: [
              { blockType: 'child', minAge: 10 },
              { blockType: 'household', singleParent: 'ja' },
            ],
          },
        ]),
      ),
    ).toBe('yes')
    expect(fitOf(h, offer('not', [{ blockType: 'not', conditions: [{ blockType: 'income', match: ['very-high'] }] }]))).toBe('yes')
    expect(fitOf(h, offer('not-maybe', [{ blockType: 'not', conditions: [{ blockType: 'household', livesInHamm: 'ja' }] }]))).toBe('maybe')
  })

  it('accepts the CMS names of nested groups', () => {
    const nested = offer('nested', [
      {
        blockType: 'any',
        conditions: [
          { blockType: 'allInner', conditions: [{ blockType: 'child', maxAge: 6 }] },
          { blockType: 'notInner', conditions: [{ blockType: 'household', singleParent: 'ja' }] },
        ],
      },
    ])
    expect(fitOf(h, nested)).toBe('yes')
  })

  it('rejects a "not" with two conditions or an empty group', () => {
    expect(rulesSchema.safeParse([{ blockType: 'not', conditions: [] }]).success).toBe(false)
    expect(rulesSchema.safeParse([{ blockType: 'all', conditions: [] }]).success).toBe(false)
    expect(rulesSchema.safeParse([{ blockType: 'income', match: [] }]).success).toBe(false)
  })

  it('an offer without rules is open to everybody', () => {
    expect(run(h, offer('open', [])).matches[0]).toMatchObject({ fit: 'yes', reasons: ['Dieses Angebot steht allen Familien offen.'] })
  })
})

describe('chains and time hints', () => {
  const kiz = offer(
    'kinderzuschlag',
    [
      { blockType: 'child', maxAge: 25 },
      { blockType: 'income', match: ['low'] },
    ],
    'Kinderzuschlag',
  )
  const but = offer('bildung-und-teilhabe', [{ blockType: 'receives', benefits: ['kinderzuschlag', 'wohngeld'] }], 'Bildung und Teilhabe')
  const kita = offer('kita-platz', [{ blockType: 'child', minAge: 1, maxAge: 6 }], 'Kita-Platz')

  it('opens Bildung und Teilhabe as "maybe" when Kinderzuschlag may fit, and says so', () => {
    const h = household({
      income: 'low',
      receives: [],
      members: [
        { role: 'adult', age: 30 },
        { role: 'child', age: 8 },
      ],
    })
    const result = run(h, kiz, but)
    expect(result.matches.find((m) => m.slug === 'kinderzuschlag')).toMatchObject({ fit: 'yes', opens: ['bildung-und-teilhabe'] })
    const chained = result.matches.find((m) => m.slug === 'bildung-und-teilhabe')
    expect(chained?.fit).toBe('maybe')
    expect(chained?.reasons.join(' ')).toMatch(/Wenn Sie Kinderzuschlag bekommen/)
    const rich = household({
      income: 'high',
      receives: [],
      members: [
        { role: 'adult', age: 30 },
        { role: 'child', age: 8 },
      ],
    })
    expect(run(rich, kiz, but).matches).toEqual([])
  })

  it('survives chains that point back at themselves', () => {
    const a = offer('wohngeld', [{ blockType: 'not', conditions: [{ blockType: 'receives', benefits: ['kinderzuschlag'] }] }])
    const b = offer('kinderzuschlag', [{ blockType: 'receives', benefits: ['wohngeld'] }])
    expect(() => run(household({ members: [{ role: 'adult', age: 30 }] }), a, b)).not.toThrow()
  })

  it('tells a family when an offer will fit: "In 4 Monaten wird Lina 1"', () => {
    const h = household({
      members: [
        { role: 'adult', age: 30 },
        { role: 'child', name: 'Lina', age: 8 / 12 },
      ],
    })
    const { hints } = run(h, kita)
    expect(hints).toEqual([
      {
        slug: 'kita-platz',
        inMonths: 4,
        fit: 'yes',
        because: 'Lina ist 1 Jahr alt',
        text: 'In 4 Monaten: Kita-Platz passt dann – Lina ist 1 Jahr alt.',
      },
    ])
  })

  it('lets a baby be born in the future household', () => {
    const h = household({ members: [{ role: 'adult', age: 30, pregnant: true, dueInWeeks: 6 }] })
    const later = householdInMonths(h, 3)
    expect(later.members.find((m) => m.role === 'child')?.name).toBe('Ihr Baby')
    const kindergeld = offer('kindergeld', [{ blockType: 'child', maxAge: 18 }], 'Kindergeld')
    const result = run(h, kindergeld)
    // To prepare now, with the reason it will fit, rather than a hint only.
    expect(result.atBirth).toEqual([{ slug: 'kindergeld', fit: 'yes', reasons: ['Ihr Baby ist jünger als einen Monat.'] }])
    expect(result.matches).toEqual([])
    expect(result.hints).toEqual([])
  })
})

describe('household v1 validation', () => {
  it('names the field and the rule, as the contract shows', () => {
    const result = householdSchema.safeParse({
      version: 1,
      members: [
        { role: 'adult', age: 30 },
        { role: 'child', age: 130 },
      ],
    })
    expect(result.success).toBe(false)
    expect(householdProblems(result.error!)).toEqual(['members[1].age: must be a number between 0 and 120'])
  })

  it('refuses unknown fields, wrong versions and duplicates', () => {
    const problems = (value: unknown) => {
      const result = householdSchema.safeParse(value)
      return result.success ? [] : householdProblems(result.error)
    }
    expect(problems({ version: 2, members: [{ role: 'adult', age: 30 }] })).toEqual(['version: must be 1'])
    expect(problems({ version: 1, members: [] })).toEqual(['members: must name at least one person'])
    expect(problems({ version: 1, pets: 2, members: [{ role: 'adult', age: 30 }] })[0]).toMatch(/unknown field pets/)
    expect(problems({ version: 1, receives: ['wohngeld', 'wohngeld'], members: [{ role: 'adult', age: 30 }] })).toEqual([
      'receives: must not name a benefit twice',
    ])
    expect(problems({ version: 1, referenceDate: '2026-02-30', members: [{ role: 'adult', age: 30 }] })).toEqual([
      'referenceDate: must be a real calendar date',
    ])
  })
})

/** Any household that is valid under the contract. */
const memberArbitrary = fc.record(
  {
    id: fc.string({ maxLength: 40 }),
    name: fc.string({ maxLength: 40 }),
    role: fc.constantFrom('adult', 'child'),
    age: fc.double({ min: 0, max: 120, noNaN: true }),
    relation: fc.constantFrom(
      'parent',
      'step-parent',
      'grandparent',
      'foster-parent',
      'other-adult',
      'own',
      'step',
      'foster',
      'adopted',
      'grandchild',
      'other-child',
    ),
    livesInHousehold: fc.boolean(),
    employment: fc.constantFrom(...employments),
    pregnant: fc.boolean(),
    dueInWeeks: fc.double({ min: 0, max: 42, noNaN: true }),
    activity: fc.constantFrom(...activities),
    startingStudies: fc.boolean(),
    disability: fc.boolean(),
    gdb: fc.integer({ min: 0, max: 100 }),
    pflegegrad: fc.integer({ min: 0, max: 5 }),
    residenceStatus: fc.constantFrom(...residenceStatuses),
    healthInsurance: fc.constantFrom(...insurances),
    maintenance: fc.constantFrom(...maintenances),
    sharedCare: fc.boolean(),
  },
  { requiredKeys: ['role', 'age'] },
)
const householdArbitrary = fc.record(
  {
    version: fc.constant(1 as const),
    referenceDate: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    livesInHamm: fc.boolean(),
    movedToHammRecently: fc.boolean(),
    singleParent: fc.boolean(),
    income: fc.constantFrom(...incomeBands),
    receives: fc.uniqueArray(fc.constantFrom(...benefits)),
    members: fc.array(memberArbitrary, { minLength: 1, maxLength: 20 }),
  },
  { requiredKeys: ['version', 'members'] },
)

describe('properties', () => {
  const catalogue = [
    offer('kindergeld', [
      {
        blockType: 'any',
        conditions: [
          { blockType: 'child', maxAge: 18 },
          { blockType: 'child', minAge: 18, maxAge: 25, activities: ['ausbildung', 'studium'], includeMovedOut: true },
        ],
      },
    ]),
    offer('kinderzuschlag', [
      { blockType: 'child', maxAge: 25 },
      { blockType: 'income', match: ['low'], borderline: ['middle'] },
      { blockType: 'not', conditions: [{ blockType: 'receives', benefits: ['buergergeld'] }] },
    ]),
    offer('bildung-und-teilhabe', [
      { blockType: 'child', maxAge: 25 },
      { blockType: 'receives', benefits: ['buergergeld', 'wohngeld', 'kinderzuschlag'] },
    ]),
    offer('mehrbedarf-schwangerschaft', [
      { blockType: 'adult', pregnant: 'ja', maxDueInWeeks: 27 },
      { blockType: 'receives', benefits: ['buergergeld'] },
    ]),
    offer('pflegegeld', [{ blockType: 'member', minPflegegrad: 2 }]),
    offer('hamm', [
      { blockType: 'household', livesInHamm: 'ja' },
      { blockType: 'household', singleParent: 'ja' },
    ]),
  ]

  it('every contract-valid household is accepted and evaluates without error, deterministically', () => {
    fc.assert(
      fc.property(householdArbitrary, (value) => {
        const parsed = householdSchema.safeParse(value)
        expect(parsed.success).toBe(true)
        const first = evaluateHousehold({ household: parsed.data!, offers: catalogue })
        const second = evaluateHousehold({ household: structuredClone(parsed.data!), offers: catalogue })
        expect(second).toEqual(first)
        for (const match of first.matches) {
          expect(match.reasons.length).toBeGreaterThan(0)
          expect(['yes', 'maybe']).toContain(match.fit)
          if (match.fit === 'yes') expect(match.missing).toBeUndefined()
        }
      }),
      { numRuns: 300 },
    )
  })

  it('answering more never turns a "no" into a listed offer by removing facts', () => {
    fc.assert(
      fc.property(householdArbitrary, (value) => {
        const full = householdSchema.parse(value)
        const bare = householdSchema.parse({ version: 1, members: full.members.map(({ role, age }) => ({ role, age })) })
        const listed = (h: Household) => new Set(evaluateHousehold({ household: h, offers: catalogue }).matches.map((m) => m.slug))
        // With fewer answers, at least as many offers stay visible (unanswered means "maybe", never hidden).
        for (const slug of listed(full)) expect(listed(bare).has(slug)).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})

describe('negated benefits', () => {
  it('judges "does not receive" on what the family said, not on what it might be entitled to', () => {
    const buergergeld = offer('buergergeld', [{ blockType: 'income', match: ['none', 'low'] }])
    const wohngeld = offer('wohngeld', [
      { blockType: 'income', match: ['low'] },
      { blockType: 'not', conditions: [{ blockType: 'receives', benefits: ['buergergeld'] }] },
    ])
    const said = household({ income: 'low', receives: [], members: [{ role: 'adult', age: 30 }] })
    expect(fitOf(said, wohngeld, [buergergeld])).toBe('yes')
    const onBuergergeld = household({ income: 'low', receives: ['buergergeld'], members: [{ role: 'adult', age: 30 }] })
    expect(fitOf(onBuergergeld, wohngeld, [buergergeld])).toBe('no')
    const notSaid = household({ income: 'low', members: [{ role: 'adult', age: 30 }] })
    expect(fitOf(notSaid, wohngeld, [buergergeld])).toBe('maybe')
  })
})

describe('time hints only where something changes', () => {
  it('finds the same earliest month as trying every month', () => {
    const offers = [
      offer('kita-platz', [{ blockType: 'child', minAge: 1, maxAge: 6 }], 'Kita-Platz'),
      offer('baby', [{ blockType: 'child', maxAge: 0.5 }], 'Baby-Angebot'),
      offer('mehrbedarf', [{ blockType: 'adult', pregnant: 'ja', maxDueInWeeks: 27 }], 'Mehrbedarf'),
      offer('schulkind', [{ blockType: 'child', minAge: 6, activities: ['grundschule'] }], 'Schulkind'),
    ]
    fc.assert(
      fc.property(householdArbitrary, (value) => {
        const h = householdSchema.parse(value)
        const { hints, matches, atBirth = [] } = evaluateHousehold({ household: h, offers })
        // Offers that start with the expected baby are listed to prepare, not hinted at.
        const listed = new Set([...matches, ...atBirth].map((m) => m.slug))
        for (const o of offers) {
          if (listed.has(o.slug)) continue
          // The first month in which it surely fits, else the first in which it may.
          const fits = (m: number) =>
            evaluateHousehold({ household: householdInMonths(h, m), offers }).matches.find((x) => x.slug === o.slug)?.fit
          const months = Array.from({ length: 12 }, (_, index) => index + 1)
          const expected = months.find((m) => fits(m) === 'yes') ?? months.find((m) => fits(m) === 'maybe')
          expect(hints.find((hint) => hint.slug === o.slug)?.inMonths, o.slug).toBe(expected)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('circumstances the finder does not ask about (provisos)', () => {
  const orphans = offer('waisenrente', [
    { blockType: 'child', maxAge: 18 },
    { blockType: 'proviso', text: 'ein Elternteil gestorben ist' },
  ])
  it('make an offer "maybe" at most, and say under which circumstance', () => {
    const [match] = run(parentWith({ age: 7 }), orphans).matches
    expect(match).toMatchObject({ fit: 'maybe', provisos: ['ein Elternteil gestorben ist'] })
    expect(match?.missing).toBeUndefined()
    expect(match?.reasons).toContain('Das kann passen, wenn ein Elternteil gestorben ist.')
    expect(fitOf(parentWith({ age: 19 }), orphans)).toBe('no')
  })

  it('do not hold back a branch that is met, and stay open under "not"', () => {
    const either = offer('x', [
      {
        blockType: 'any',
        conditions: [
          { blockType: 'child', maxAge: 18 },
          { blockType: 'proviso', text: 'etwas' },
        ],
      },
    ])
    expect(run(parentWith({ age: 7 }), either).matches[0]).toMatchObject({ fit: 'yes' })
    expect(run(parentWith({ age: 7 }), either).matches[0]?.provisos).toBeUndefined()
    expect(fitOf(parentWith({ age: 7 }), offer('y', [{ blockType: 'not', conditions: [{ blockType: 'proviso', text: 'etwas' }] }]))).toBe(
      'maybe',
    )
    // Never worded the wrong way round, nor "und" for alternatives.
    expect(
      run(parentWith({ age: 7 }), offer('y', [{ blockType: 'not', conditions: [{ blockType: 'proviso', text: 'etwas' }] }])).matches[0]
        ?.provisos,
    ).toEqual([''])
    const alternatives = offer('a', [
      {
        blockType: 'any',
        conditions: [
          { blockType: 'proviso', text: 'A' },
          { blockType: 'proviso', text: 'B' },
        ],
      },
    ])
    expect(run(parentWith({ age: 7 }), alternatives).matches[0]?.reasons.join(' ')).not.toContain('A und B')
  })

  it('are worded generally where the rule gives no text (a page in another language)', () => {
    const [match] = run(parentWith({ age: 7 }), offer('z', [{ blockType: 'proviso' }])).matches
    expect(match).toMatchObject({ fit: 'maybe', provisos: [''] })
    expect(match?.reasons.join(' ')).toContain('nach denen der Situations-Finder nicht fragt')
  })
})

describe('who gave birth', () => {
  const mothersLeave = offer('mutterschutz', [
    { blockType: 'child', maxAge: 12 / 52 },
    { blockType: 'adult', gaveBirth: 'ja', employment: ['employed'] },
  ])
  const baby = { role: 'child' as const, age: 6 / 52 }
  it('a father’s job does not make the mother’s protection fit', () => {
    const h = household({
      members: [
        { role: 'adult', age: 30, gaveBirth: true, employment: 'homemaker' },
        { role: 'adult', age: 31, gaveBirth: false, employment: 'employed' },
        baby,
      ],
    })
    expect(fitOf(h, mothersLeave)).toBe('no')
  })
  it('is asked, not assumed: "maybe" while it is not said', () => {
    const h = household({
      members: [{ role: 'adult', age: 30, employment: 'homemaker' }, { role: 'adult', age: 31, employment: 'employed' }, baby],
    })
    const [match] = run(h, mothersLeave).matches
    expect(match).toMatchObject({ fit: 'maybe', missing: ['members[1].gaveBirth'] })
    expect(match?.reasons.at(-1)).toContain('ob die erwachsene Person (31 Jahre) das Baby geboren hat')
  })
  it('the future household knows that the pregnant person gave birth', () => {
    const h = household({
      members: [
        { role: 'adult', age: 30, pregnant: true, dueInWeeks: 2, employment: 'employed' },
        { role: 'adult', age: 31, pregnant: false },
      ],
    })
    const later = householdInMonths(h, 1)
    expect(later.members[0]).toMatchObject({ pregnant: false, gaveBirth: true })
    expect(later.members[1]?.gaveBirth).toBeUndefined()
    expect(run(h, mothersLeave).atBirth?.[0]).toMatchObject({ slug: 'mutterschutz', fit: 'yes' })
  })
})

describe('ages given in whole years', () => {
  const newborn = offer('n', [{ blockType: 'child', maxAge: 12 / 52 }])
  it('leave a limit within that year open: "0 Jahre" may be 2 weeks or 11 months', () => {
    const [match] = run(parentWith({ age: 0 }), newborn).matches
    expect(match).toMatchObject({ fit: 'maybe', missing: ['members[1].age'] })
    expect(match?.reasons.at(-1)).toContain('wie alt Ihr Kind genau ist (in Monaten)')
    expect(fitOf(parentWith({ age: 6 / 52 }), newborn)).toBe('yes')
    expect(fitOf(parentWith({ age: 1 }), newborn)).toBe('no')
    expect(fitOf(parentWith({ age: 0 }), offer('u1', [{ blockType: 'child', maxAge: 1 }]))).toBe('yes')
    expect(fitOf(parentWith({ age: 2 }), offer('from-half', [{ blockType: 'child', minAge: 1.5 }]))).toBe('yes')
    expect(fitOf(parentWith({ age: 1 }), offer('from-half', [{ blockType: 'child', minAge: 1.5 }]))).toBe('maybe')
  })
})

describe('the Kita year cut-off (§ 50 KiBiz: four by 30 September, free from 1 August)', () => {
  const feeFree = offer('kita-beitragsfreiheit', [{ blockType: 'child', minAgeByCutoff: 4, activities: ['kita'] }], 'Kita-Beitragsfreiheit')
  const child = (age: number) => parentWith({ age, activity: 'kita', name: 'Ella' })
  it('frees a child who turned four by 30 September, not one who turned four in October', () => {
    expect(fitOf(child(4.5), feeFree)).toBe('yes')
    expect(run(child(4.5), feeFree).matches[0]?.reasons).toContain('Ella ist am 30. September 2026 mindestens 4 Jahre alt und geht in die Kita.')
    // "4 Jahre 1 Monat" on 15 December: born between mid-October and mid-November.
    expect(evaluateHousehold({ household: child(4 + 1 / 12), offers: [feeFree], referenceDate: '2026-12-15' }).matches).toEqual([])
    // On 21 November the same answer may mean a birthday on 25 September: open.
    expect(fitOf(child(4 + 1 / 12), feeFree)).toBe('maybe')
    expect(fitOf(child(3.5), feeFree)).toBe('no')
    expect(fitOf(child(5), feeFree)).toBe('yes')
  })
  it('asks for the months when "4 Jahre" leaves it open', () => {
    expect(run(child(4), feeFree).matches[0]).toMatchObject({ fit: 'maybe', missing: ['members[1].age'] })
  })
  it('counts the Kita year from 1 August', () => {
    const before = evaluateHousehold({ household: child(3.9), offers: [feeFree], referenceDate: '2026-07-20' })
    expect(before.matches).toEqual([])
    expect(before.hints[0]).toMatchObject({ slug: 'kita-beitragsfreiheit', inMonths: 1, fit: 'yes' })
    expect(evaluateHousehold({ household: child(4 + 1 / 12), offers: [feeFree], referenceDate: '2026-12-15' }).hints[0]).toMatchObject({
      inMonths: 8,
      fit: 'yes',
    })
    expect(evaluateHousehold({ household: child(3.8), offers: [feeFree], referenceDate: '2026-07-01' }).hints[0]).toMatchObject({ inMonths: 1 })
  })
})

describe('what the expected baby changes (atBirth)', () => {
  it('lists only what the birth brings, not what comes with the months anyway', () => {
    const feeFree = offer('kita-beitragsfreiheit', [{ blockType: 'child', minAgeByCutoff: 4, activities: ['kita'] }], 'Kita-Beitragsfreiheit')
    const kindergeld = offer('kindergeld', [{ blockType: 'child', maxAge: 18 }], 'Kindergeld')
    const h = household({
      members: [
        { role: 'adult', age: 30, pregnant: true, dueInWeeks: 30 },
        { role: 'child', age: 3 + 7 / 12, activity: 'kita' },
      ],
    })
    const result = evaluateHousehold({ household: h, offers: [feeFree, kindergeld], referenceDate: '2026-03-01' })
    expect(result.atBirth).toBeUndefined()
    expect(result.hints.map((hint) => hint.slug)).toContain('kita-beitragsfreiheit')
    const alone = evaluateHousehold({
      household: household({ members: [{ role: 'adult', age: 30, pregnant: true, dueInWeeks: 30 }] }),
      offers: [feeFree, kindergeld],
      referenceDate: '2026-03-01',
    })
    expect(alone.atBirth?.map((m) => m.slug)).toEqual(['kindergeld'])
  })

  it('keeps circumstances and asks nothing about the baby that cannot be answered yet', () => {
    const orphans = offer('waisenrente', [
      { blockType: 'child', maxAge: 18, maintenance: ['none'] },
      { blockType: 'proviso', text: 'ein Elternteil gestorben ist' },
    ])
    const h = household({ singleParent: true, members: [{ role: 'adult', age: 30, pregnant: true, dueInWeeks: 8 }] })
    const [match] = run(h, orphans).atBirth ?? []
    expect(match).toMatchObject({ slug: 'waisenrente', fit: 'maybe', provisos: ['ein Elternteil gestorben ist'] })
    expect(match?.missing).toBeUndefined()
    expect(match?.reasons).toContain('Das kann passen, wenn ein Elternteil gestorben ist.')
    expect(match?.reasons.join(' ')).not.toContain('members[')
  })
})

describe('chains and circumstances', () => {
  it('an offer opened by a benefit that may fit only under a circumstance hangs on it too', () => {
    const sozialhilfe = offer('sozialhilfe', [
      { blockType: 'adult', minAge: 67 },
      { blockType: 'proviso', text: 'Rente und Ersparnisse nicht reichen' },
    ])
    const ticket = offer('sozialticket', [{ blockType: 'receives', benefits: ['sozialhilfe'] }])
    const h = household({ receives: [], members: [{ role: 'adult', age: 70 }] })
    const match = run(h, sozialhilfe, ticket).matches.find((m) => m.slug === 'sozialticket')
    expect(match).toMatchObject({ fit: 'maybe', provisos: ['Rente und Ersparnisse nicht reichen'] })
  })
})

describe('time hints for whole-year ages', () => {
  it('name the month in which the offer surely fits, with the age as the reason', () => {
    const school = offer('ferienbetreuung', [{ blockType: 'child', minAge: 6 }], 'Ferienbetreuung')
    const [hint] = run(parentWith({ name: 'Ben', age: 5 }), school).hints
    expect(hint).toMatchObject({ slug: 'ferienbetreuung', inMonths: 12, fit: 'yes', because: 'Ben ist 6 Jahre alt' })
  })
})

describe('which offer is which benefit is data on the offer', () => {
  it('follows a chain to the offer that says it is the benefit, whatever its slug', () => {
    const child = {
      members: [
        { role: 'adult' as const, age: 30 },
        { role: 'child' as const, age: 4 },
      ],
      income: 'low' as const,
    }
    const opened = offer('bildung-und-teilhabe', [{ blockType: 'receives', benefits: ['kinderzuschlag'] }])
    const renamed: MatchableOffer = {
      slug: 'kiz',
      title: 'KiZ',
      rules: rulesSchema.parse([{ blockType: 'income', match: ['low'] }]),
      benefit: 'kinderzuschlag',
    }
    const unnamed: MatchableOffer = { ...renamed, slug: 'kinderzuschlag', benefit: undefined }
    expect(run(household({ ...child, receives: [] }), opened, renamed).matches.find((m) => m.slug === 'bildung-und-teilhabe')?.fit).toBe('maybe')
    // An offer that says it is the benefit wins over one that is only named like it …
    const notFitting: MatchableOffer = { ...unnamed, rules: rulesSchema.parse([{ blockType: 'income', match: ['none'] }]) }
    expect(
      run(household({ ...child, receives: [] }), opened, renamed, notFitting).matches.find((m) => m.slug === 'bildung-und-teilhabe')?.fit,
    ).toBe('maybe')
    // … and one named like it stands for it when none says so (catalogues from before the field).
    expect(run(household({ ...child, receives: [] }), opened, unnamed).matches.find((m) => m.slug === 'bildung-und-teilhabe')?.fit).toBe('maybe')
    expect(run(household({ ...child, receives: [] }), opened, notFitting).matches.find((m) => m.slug === 'bildung-und-teilhabe')).toBeUndefined()
  })
})

describe('a large catalogue (issue 18)', () => {
  /** Offers that count how often anybody looks at them (their slug is read to find, sort or index them). */
  function counted(offers: MatchableOffer[]) {
    let looks = 0
    const proxies = offers.map(
      (offer) =>
        new Proxy(offer, {
          get(target, key, receiver) {
            if (key === 'slug') looks++
            return Reflect.get(target, key, receiver) as unknown
          },
        }),
    )
    return { proxies, looks: () => looks }
  }
  const perChild = (slug: string): MatchableOffer => ({
    ...offer(slug, [{ blockType: 'child', maxAge: 18 }]),
    amount: { kind: 'perChild', period: 'month', byAge: [{ belowAge: 18, value: 100 }] } as MatchableOffer['amount'],
  })
  const catalogue = (size: number) =>
    Array.from({ length: size }, (_, index) =>
      index % 2 ? perChild(`kindergeld-${index}`) : offer(`kita-${index}`, [{ blockType: 'child', minAge: 1 }]),
    )
  const family = parentWith({ age: 2 }, { age: 7 }, { age: 12 }, { age: 19 })

  it('looks at each offer a fixed number of times per household, however many offers fit and children count: the whole catalogue was indexed again for each fitting offer and child', () => {
    const looksPerOffer = (size: number) => {
      const { proxies, looks } = counted(catalogue(size))
      evaluateHousehold({ household: family, offers: proxies, referenceDate: '2026-11-21' })
      return looks() / size
    }
    const small = looksPerOffer(20)
    // Sorting by slug costs log(n) looks per offer; indexing per fitting offer cost n.
    expect(looksPerOffer(400)).toBeLessThan(small * 2)
  })

  it('gives offers with the same rules the same outcome as before, with their own slugs and titles', () => {
    const offers = catalogue(40)
    const result = evaluateHousehold({ household: family, offers, referenceDate: '2026-11-21' })
    expect(result.matches).toHaveLength(40)
    for (const match of result.matches)
      expect(match).toEqual(
        run(
          family,
          offers.find((candidate) => candidate.slug === match.slug)!,
        ).matches[0],
      )
  })
})

describe('shared outcomes and chains (issue 18, second read)', () => {
  it('never shares the outcome of an offer a chain leads to, also one named like its benefit: a cut cycle is no outcome for others', () => {
    const offers = [
      offer('kinderzuschlag', [
        {
          blockType: 'any',
          conditions: [
            { blockType: 'receives', benefits: ['wohngeld'] },
            { blockType: 'household', livesInHamm: 'ja' },
          ],
        },
      ]),
      offer('wohngeld', [{ blockType: 'receives', benefits: ['kinderzuschlag'] }]),
      offer('zzz-beratung', [{ blockType: 'receives', benefits: ['kinderzuschlag'] }]),
    ].map(({ benefit: _benefit, ...rest }) => rest)
    const family = household({ receives: [], members: [{ role: 'adult', age: 35 }] })
    const together = evaluateHousehold({ household: family, offers, referenceDate: '2026-11-21' })
    // Before: zzz-beratung took kinderzuschlag's outcome cut short inside the cycle through wohngeld.
    expect(together.matches.map((m) => m.slug)).toContain('zzz-beratung')
  })
})

describe('deciding quietly first (issue 18: words only for what is shown)', () => {
  const optional = <T>(value: fc.Arbitrary<T>) => fc.option(value, { nil: undefined })
  const age = optional(fc.integer({ min: 0, max: 30 }))
  const flag = optional(fc.boolean())
  const some = <T>(values: readonly T[]) => optional(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1 }))
  const reason = optional(fc.constantFrom('Eigener Grund.', 'Ein anderer Grund.'))
  /** Every kind of condition, with the filters set at random; `chains`: also "receives" (a chain to a benefit's offer). */
  const leafArbitrary = (chains: boolean) =>
    fc.oneof(
      fc.record({
        blockType: fc.constant('child'),
        reason,
        minAge: age,
        maxAge: age,
        minAgeByCutoff: optional(fc.integer({ min: 3, max: 6 })),
        activities: some(activities),
        disability: flag,
        minPflegegrad: optional(fc.integer({ min: 1, max: 5 })),
        maintenance: some(maintenances),
        startingStudies: flag,
        relations: some(['own', 'step', 'foster', 'adopted', 'grandchild', 'other-child'] as const),
        includeMovedOut: fc.boolean(),
        count: fc.integer({ min: 1, max: 3 }),
      }),
      fc.record({
        blockType: fc.constant('adult'),
        reason,
        minAge: age,
        maxAge: age,
        pregnant: flag,
        maxDueInWeeks: optional(fc.integer({ min: 1, max: 40 })),
        gaveBirth: flag,
        employment: some(employments),
        residence: some(residenceStatuses),
        insurance: some(insurances),
        relations: some(['parent', 'step-parent', 'grandparent', 'foster-parent', 'other-adult'] as const),
        disability: flag,
        minGdb: optional(fc.integer({ min: 20, max: 100 })),
        minPflegegrad: optional(fc.integer({ min: 1, max: 5 })),
      }),
      fc.record({
        blockType: fc.constant('member'),
        reason,
        minAge: age,
        maxAge: age,
        disability: flag,
        minGdb: optional(fc.integer({ min: 20, max: 100 })),
      }),
      fc.record({ blockType: fc.constant('household'), reason, singleParent: flag, livesInHamm: flag, movedToHammRecently: flag }),
      fc.record({
        blockType: fc.constant('income'),
        reason,
        match: fc.uniqueArray(fc.constantFrom(...incomeBands), { minLength: 1 }),
        borderline: some(incomeBands),
      }),
      fc.record({ blockType: fc.constant('proviso'), text: optional(fc.constant('Sie das wollen')) }),
      ...(chains
        ? [
            fc.record({
              blockType: fc.constant('receives'),
              reason,
              benefits: fc.uniqueArray(fc.constantFrom(...benefits), { minLength: 1, maxLength: 3 }),
            }),
          ]
        : []),
    )
  const conditionArbitrary = (chains: boolean) =>
    fc.letrec<{ condition: unknown }>((tie) => ({
      condition: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leafArbitrary(chains),
        fc.record({ blockType: fc.constantFrom('all', 'any'), reason, conditions: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ blockType: fc.constant('not'), conditions: fc.tuple(tie('condition')) }),
      ),
    })).condition
  const rulesArbitrary = (chains: boolean) => fc.array(conditionArbitrary(chains), { maxLength: 4 }).map((rules) => rulesSchema.parse(rules))
  const amountArbitrary = optional(
    fc.oneof(
      fc.constant({
        kind: 'perChild',
        period: 'month',
        byAge: [
          { belowAge: 6, value: 300 },
          { belowAge: 18, value: 250 },
        ],
      }),
      fc.constantFrom(...amountCalculators).map((calculator) => ({ kind: 'computed', period: 'month', calculator })),
    ),
  ).map((amount) => (amount ? (amountSchema.parse({ ...amount, source: 'Test', asOf: '2026-01-01' }) as MatchableOffer['amount']) : undefined))
  /**
   * Offers named like benefits, claiming one or not, chaining to each other (cycles too), with
   * amounts and calculators; their rules drawn from a few conditions, so that offers share some.
   */
  const catalogueArbitrary = (chains: boolean) =>
    fc
      .tuple(
        fc.array(conditionArbitrary(chains), { minLength: 1, maxLength: 5 }),
        // An income question in every catalogue: the family's figures answer it for some offers only.
        fc.record({ blockType: fc.constant('income'), match: fc.constantFrom(['low'], ['none', 'low']) }),
      )
      .chain(([conditions, income]) =>
        fc
          .array(
            fc.record({
              slug: fc.constantFrom('angebot-a', 'angebot-b', 'angebot-c', 'wohngeld', 'kinderzuschlag', 'buergergeld', 'sozialhilfe'),
              benefit: optional(fc.constantFrom('wohngeld', 'kinderzuschlag', 'buergergeld', 'sozialhilfe')),
              amount: amountArbitrary,
              rules: fc.array(fc.constantFrom(...conditions, income), { maxLength: 3 }),
            }),
            { minLength: 1, maxLength: 8 },
          )
          .map((offers) =>
            offers.map(({ benefit, amount, rules, ...rest }): MatchableOffer => ({
              ...rest,
              title: rest.slug,
              rules: rulesSchema.parse(rules),
              ...(benefit ? { benefit } : {}),
              ...(amount ? { amount } : {}),
            })),
          ),
      )
  /** Households that also give the figures the calculators use, on a day of their own (the Kita year turns on 1 August). */
  const familyArbitrary = fc
    .tuple(householdArbitrary, optional(fc.integer({ min: 0, max: 6000 })), optional(fc.integer({ min: 0, max: 2000 })))
    .map(([value, netIncome, housingCosts]) =>
      householdSchema.parse({
        referenceDate: '2026-11-21',
        ...value,
        ...(netIncome === undefined ? {} : { netIncome }),
        ...(housingCosts === undefined ? {} : { housingCosts }),
      }),
    )

  it('gives what wording every evaluation in full gives, chains, cycles and the family’s figures included', () => {
    fc.assert(
      fc.property(familyArbitrary, catalogueArbitrary(true), (h, offers) => {
        expect(evaluateHousehold({ household: h, offers })).toEqual(evaluateHousehold({ household: h, offers, quietly: false }))
      }),
      { numRuns: 400 },
    )
  })

  it('gives what wording in full gives inside cycles between benefits, where what was evaluated first counts', () => {
    const chained = ['buergergeld', 'wohngeld', 'kinderzuschlag'] as const
    const leaf = fc.oneof(
      fc.record({ blockType: fc.constant('receives'), benefits: fc.uniqueArray(fc.constantFrom(...chained), { minLength: 1, maxLength: 2 }) }),
      fc.record({ blockType: fc.constant('child'), maxAge: fc.constantFrom(1, 3, 6, 18), minAge: optional(fc.constantFrom(1, 3)) }),
      fc.record({ blockType: fc.constant('adult'), pregnant: fc.constant(true), maxDueInWeeks: optional(fc.constantFrom(5, 20)) }),
      fc.record({ blockType: fc.constant('income'), match: fc.constant(['low']) }),
      fc.record({ blockType: fc.constant('proviso') }),
    )
    const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
      condition: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.record({ blockType: fc.constantFrom('all', 'any'), conditions: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
        fc.record({ blockType: fc.constant('not'), conditions: fc.tuple(tie('condition')) }),
      ),
    }))
    const offers = fc
      .uniqueArray(
        fc.record({ slug: fc.constantFrom(...chained, 'angebot-a', 'angebot-z'), rules: fc.array(condition, { minLength: 1, maxLength: 3 }) }),
        {
          selector: (offer) => offer.slug,
          minLength: 2,
          maxLength: 5,
        },
      )
      .map((list) => list.map(({ slug, rules }): MatchableOffer => ({ slug, title: slug, rules: rulesSchema.parse(rules) })))
    fc.assert(
      fc.property(familyArbitrary, offers, (h, catalogue) => {
        expect(evaluateHousehold({ household: h, offers: catalogue })).toEqual(
          evaluateHousehold({ household: h, offers: catalogue, quietly: false }),
        )
      }),
      { numRuns: 3000 },
    )
  })

  it('gives an offer without chains the same result in any catalogue as alone: equal conditions of other offers are no answer for it', () => {
    fc.assert(
      fc.property(familyArbitrary, catalogueArbitrary(false), (h, offers) => {
        const together = evaluateHousehold({ household: h, offers })
        for (const offer of offers) {
          // Slugs named like a benefit are a chain's target; a slug twice is one offer.
          if ((benefits as readonly string[]).includes(offer.slug) || offers.filter((other) => other.slug === offer.slug).length > 1) continue
          const alone = evaluateHousehold({ household: h, offers: [offer] })
          for (const part of ['matches', 'hints', 'atBirth'] as const)
            expect(
              together[part]?.find((entry) => entry.slug === offer.slug),
              `${offer.slug} ${part}`,
            ).toEqual(alone[part]?.find((entry) => entry.slug === offer.slug))
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('finds the month a random offer will fit as trying every month in full', () => {
    fc.assert(
      fc.property(familyArbitrary, rulesArbitrary(false), (h, rules) => {
        const offers = [{ slug: 'angebot', title: 'Angebot', rules }]
        const { hints, matches, atBirth = [] } = evaluateHousehold({ household: h, offers })
        if ([...matches, ...atBirth].length > 0) return
        const fits = (m: number) => evaluateHousehold({ household: householdInMonths(h, m), offers }).matches[0]?.fit
        const months = Array.from({ length: 12 }, (_, index) => index + 1)
        const expected = months.find((m) => fits(m) === 'yes') ?? months.find((m) => fits(m) === 'maybe')
        expect(hints[0]?.inMonths).toBe(expected)
      }),
      { numRuns: 300 },
    )
  })
})
