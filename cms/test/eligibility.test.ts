/** Eligibility rules are editable data: validated on save, and Testfamilien guard every publish. */
import type { Payload } from 'payload'

import { encodeHousehold } from '@familienrathaus/content-schemas'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let feldId: number

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  feldId = (await payload.create({ collection: 'handlungsfelder', data: { title: 'Feld', summary: 'Feld.', _status: 'published' } }))
    .id as number
})
afterAll(async () => {
  await stop?.()
})

const family = (name: string, household: object, expected: 'yes' | 'maybe' | 'no', asLink = false) => ({
  name,
  household: asLink
    ? `http://localhost:4321/finder/#familie=${encodeHousehold({ version: 1, ...household } as never)}`
    : JSON.stringify({ version: 1, ...household }),
  expected,
})
/** The German messages a ValidationError carries for the admin (its own message is a generic summary). */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return JSON.stringify((error as { data?: unknown }).data ?? (error as Error).message)
  }
  throw new Error('expected the save to be refused')
}
const kitaRules = [
  { blockType: 'child', minAge: 1, maxAge: 6 },
  { blockType: 'household', livesInHamm: 'ja' },
]
const create = (testFamilies: object[], rules: object[] = kitaRules, status: 'draft' | 'published' = 'published') =>
  payload.create({
    collection: 'angebote',
    draft: status === 'draft',
    data: {
      title: `Kita-Platz ${Math.random()}`,
      summary: 'Betreuung für Kinder ab einem Jahr.',
      kind: 'betreuung',
      handlungsfelder: [feldId],
      eligibility: { rules, testFamilies },
      _status: status,
    } as never,
  })

describe('Testfamilien', () => {
  it('publishes when every test family gets its expected result (JSON or a link from the finder)', async () => {
    const doc = await create([
      family(
        'Kind mit 2 Jahren in Hamm',
        {
          livesInHamm: true,
          members: [
            { role: 'adult', age: 30 },
            { role: 'child', age: 2 },
          ],
        },
        'yes',
        true,
      ),
      family(
        'Wohnort nicht angegeben',
        {
          members: [
            { role: 'adult', age: 30 },
            { role: 'child', age: 2 },
          ],
        },
        'maybe',
      ),
      family(
        'Baby',
        {
          livesInHamm: true,
          members: [
            { role: 'adult', age: 30 },
            { role: 'child', age: 0.5 },
          ],
        },
        'no',
      ),
    ])
    expect(doc._status).toBe('published')
  })

  it('refuses to publish while one fails, and shows the difference in German', async () => {
    expect(
      await refusal(
        create([
          family(
            'Schulkind',
            {
              livesInHamm: true,
              members: [
                { role: 'adult', age: 40 },
                { role: 'child', age: 8 },
              ],
            },
            'yes',
          ),
        ]),
      ),
    ).toMatch(/Testfamilie „Schulkind“: erwartet „passt“, Ergebnis „passt nicht“/)
  })

  it('refuses to publish a second Angebot that is the same benefit, naming the first', async () => {
    const claim = (status: 'draft' | 'published') =>
      payload.create({
        collection: 'angebote',
        draft: status === 'draft',
        data: {
          title: `Kinderzuschlag ${Math.random()}`,
          summary: 'Geld für Familien mit kleinem Einkommen.',
          kind: 'geldleistung',
          handlungsfelder: [feldId],
          eligibility: { rules: [], benefit: 'kinderzuschlag' },
          _status: status,
        } as never,
      })
    const first = await claim('published')
    expect(await refusal(claim('published'))).toContain(`„Kinderzuschlag“ ist schon das veröffentlichte Angebot „${first.title}“`)
    expect((await claim('draft'))._status).toBe('draft')
  })

  it('does not block saving a draft (work is never lost)', async () => {
    const doc = await create(
      [
        family(
          'Schulkind',
          {
            members: [
              { role: 'adult', age: 40 },
              { role: 'child', age: 8 },
            ],
          },
          'yes',
        ),
      ],
      kitaRules,
      'draft',
    )
    expect(doc.id).toBeDefined()
  })

  it('refuses a household that is neither JSON nor a finder link', async () => {
    expect(await refusal(create([{ name: 'Kaputt', household: 'Mutter mit zwei Kindern', expected: 'yes' }]))).toMatch(
      /kein gültiger Link aus dem Finder und kein gültiges JSON/,
    )
  })
})

describe('rules', () => {
  it('refuses a broken rule tree on save, naming the condition', async () => {
    expect(await refusal(create([], [{ blockType: 'not', conditions: [] }], 'draft'))).toMatch(/Eine Bedingung ist unvollständig: 0\.conditions/)
  })

  it('stores nested groups and reads them back for the site', async () => {
    const rules = [
      {
        blockType: 'any',
        conditions: [
          { blockType: 'allInner', conditions: [{ blockType: 'child', maxAge: 3 }] },
          { blockType: 'receives', benefits: ['wohngeld'] },
        ],
      },
    ]
    const doc = await create([], rules)
    const read = await payload.findByID({ collection: 'angebote', id: doc.id, depth: 0 })
    expect((read.eligibility?.rules as { blockType: string }[])[0]?.blockType).toBe('any')
  })
})

describe('nested groups', () => {
  it('are stored as the editor shows them, whoever wrote them', async () => {
    const nested = [
      {
        blockType: 'any',
        conditions: [
          {
            blockType: 'all',
            conditions: [
              { blockType: 'child', minAge: 0, maxAge: 3 },
              { blockType: 'not', conditions: [{ blockType: 'household', livesInHamm: 'nein' }] },
            ],
          },
          { blockType: 'household', singleParent: 'ja' },
        ],
      },
    ]
    const doc = await create([], nested, 'draft')
    type Stored = { blockType: string; conditions: Stored[] }
    const rules = (doc as { eligibility?: { rules?: Stored[] } }).eligibility?.rules
    expect(rules?.[0]?.blockType).toBe('any')
    expect(rules?.[0]?.conditions[0]?.blockType).toBe('allInner')
    expect(rules?.[0]?.conditions[0]?.conditions[1]?.blockType).toBe('notInner3')
  })

  it('deeper than the editor can show are refused with a German reason', async () => {
    const leaf = { blockType: 'child', minAge: 0 }
    const tooDeep = [
      {
        blockType: 'all',
        conditions: [
          {
            blockType: 'any',
            conditions: [{ blockType: 'not', conditions: [{ blockType: 'all', conditions: [{ blockType: 'any', conditions: [leaf] }] }] }],
          },
        ],
      },
    ]
    expect(await refusal(create([], tooDeep, 'draft'))).toContain('höchstens 4 Ebenen')
  })

  it('are repaired in databases saved before (migration)', async () => {
    const { sql } = await import('@payloadcms/db-sqlite')
    const db = (
      payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown>; all: (query: unknown) => Promise<{ rules: string }[]> } }
    ).drizzle
    const doc = await create([], kitaRules, 'draft')
    const before = JSON.stringify([{ blockType: 'any', conditions: [{ blockType: 'all', conditions: [{ blockType: 'child', minAge: 0 }] }] }])
    await db.run(sql`UPDATE angebote SET eligibility_rules = ${before} WHERE id = ${doc.id}`)
    const { up } = await import('../src/migrations/20261204_200000_nested_rule_blocks.ts')
    await up({ db, payload, req: {} } as never)
    const [row] = await db.all(sql`SELECT eligibility_rules AS rules FROM angebote WHERE id = ${doc.id}`)
    expect(JSON.parse(row!.rules)[0].conditions[0].blockType).toBe('allInner')
  })
})

describe('a publish in a large catalogue (issue 18)', () => {
  it('follows chains to the benefit offers but reads no other Angebot: the check at 10,000 offers took 147 s', async () => {
    for (let index = 0; index < 30; index++) await create([], kitaRules)
    await payload.create({
      collection: 'angebote',
      data: {
        title: `Wohngeld ${Math.random()}`,
        summary: 'Zuschuss zur Miete.',
        kind: 'geldleistung',
        handlungsfelder: [feldId],
        eligibility: { rules: [{ blockType: 'household', livesInHamm: 'ja' }], benefit: 'wohngeld' },
        _status: 'published',
      } as never,
    })
    const database = payload.db as unknown as { find: (args: { collection: string }) => Promise<{ docs: unknown[] }> }
    const find = database.find
    let angeboteRead = 0
    database.find = async (args) => {
      const result = await find.call(database, args)
      if (args.collection === 'angebote') angeboteRead += result.docs.length
      return result
    }
    try {
      // Says it receives nothing and lives in Hamm: only the chain to Wohngeld makes this „vielleicht“.
      const inHamm = { livesInHamm: true, receives: [], members: [{ role: 'adult', age: 30 }] }
      const elsewhere = { ...inHamm, livesInHamm: false }
      const doc = await create(
        [family('Wohnt in Hamm', inHamm, 'maybe'), family('Wohnt woanders', elsewhere, 'no')],
        [{ blockType: 'receives', benefits: ['wohngeld'] }],
      )
      expect(doc._status).toBe('published')
    } finally {
      database.find = find
    }
    expect(angeboteRead).toBeLessThan(5)
  })
})
