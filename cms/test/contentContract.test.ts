/**
 * One contract per content type, checked both ways and down to the leaves: every field the CMS
 * stores, in groups, list rows and rule blocks too, is read by the site's zod schema (or is named
 * here as the editors' own), and the reader asks for no field the CMS does not have. A field added
 * in the CMS and forgotten in the reader fails here instead of being stripped silently on its way
 * to the site.
 *
 * Compared are names and nesting, not what a value may be: the reader is deliberately more lenient
 * there (null for empty, defaults, editor wording dropped per language), and the value checks live
 * in the schemas' own tests and in the seed test, which parses every seeded document.
 */
import type { Block, Field } from 'payload'
import type { z } from 'zod'

import type {
  adultConditionSchema,
  childConditionSchema,
  GroupCondition,
  householdConditionSchema,
  incomeConditionSchema,
  memberConditionSchema,
  provisoConditionSchema,
  receivesConditionSchema,
} from '@familienrathaus/content-schemas'
import {
  angebotSchema,
  erklaervideoSchema,
  handlungsfeldSchema,
  kontaktSchema,
  maxRuleGroupNesting,
  meilensteinSchema,
  ruleGroupLevelSuffixes,
} from '@familienrathaus/content-schemas'
import { describe, expect, expectTypeOf, it } from 'vitest'

import type {
  AdultRuleBlock,
  Angebote as AngebotDoc,
  ChildRuleBlock,
  Erklaervideo,
  Handlungsfelder as HandlungsfeldDoc,
  HouseholdRuleBlock,
  IncomeRuleBlock,
  Kontakte as KontaktDoc,
  Meilensteine as MeilensteinDoc,
  MemberRuleBlock,
  ProvisoRuleBlock,
  ReceivesRuleBlock,
} from '../src/payload-types.ts'

import type { SeedAngebot } from '../src/seed/types.ts'

import { Angebote } from '../src/collections/Angebote.ts'
import { Erklaervideos } from '../src/collections/Erklaervideos.ts'
import { Handlungsfelder } from '../src/collections/Handlungsfelder.ts'
import { Kontakte } from '../src/collections/Kontakte.ts'
import { Meilensteine } from '../src/collections/Meilensteine.ts'

/**
 * The editors' workflow and bookkeeping, reverse joins and the publish check's examples: stored,
 * never shown on the site. A nested field is named by its path, e.g. `eligibility.testFamilies`.
 */
const workflow = ['reviewState', 'lastModifiedBy'] as const
const adminOnly = {
  angebote: [...workflow, 'lastReviewedAt', 'owner', 'meilensteine', 'eligibility.testFamilies'],
  handlungsfelder: [...workflow, 'angebote', 'meilensteine'],
  meilensteine: [...workflow],
  erklaervideos: [...workflow, 'angebote'],
  kontakte: [...workflow, 'angebote'],
} as const

/** What Payload stores beside the configured fields of a document, a list row and a block. */
const documentKeys = ['id', 'createdAt', 'updatedAt', '_status']
const rowKeys = ['id']
const blockKeys = ['id', 'blockName', 'blockType']

/** A collection's fields as stored: the names a document carries, with their nesting. */
type StoredField =
  | { name: string; kind: 'value' }
  | { name: string; kind: 'group' | 'array'; fields: StoredField[] }
  | { name: string; kind: 'blocks'; blocks: StoredBlock[] }
type StoredBlock = { slug: string; fields: StoredField[] }

/** Rows, collapsibles, unnamed tabs and unnamed groups only arrange the form: their fields stand one level up. */
function storedFields(fields: Field[]): StoredField[] {
  return fields.flatMap((field): StoredField[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name ? [{ name: tab.name, kind: 'group', fields: storedFields(tab.fields) }] : storedFields(tab.fields),
      )
    }
    // A UI field has a name but stores nothing.
    if (field.type === 'ui') return []
    if (!('name' in field) || !field.name) return 'fields' in field ? storedFields(field.fields) : []
    if (field.type === 'group' || field.type === 'array') return [{ name: field.name, kind: field.type, fields: storedFields(field.fields) }]
    if (field.type === 'blocks') {
      // Blocks defined once in the config and referenced by slug would need the config's block list.
      if (field.blockReferences) throw new Error(`${field.name}: block references are not compared yet; extend storedFields`)
      return [
        {
          name: field.name,
          kind: 'blocks',
          blocks: field.blocks.map((block: Block) => ({ slug: block.slug, fields: storedFields(block.fields) })),
        },
      ]
    }
    return [{ name: field.name, kind: 'value' }]
  })
}

type Schema = z.core.$ZodType

/** The schema beneath what only changes a value: optional and nullable, defaults, transforms, lazy recursion. */
function unwrap(schema: Schema): Schema {
  const def = (schema as z.core.$ZodTypes)._zod.def
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'catch':
    case 'readonly':
      return unwrap(def.innerType)
    case 'pipe':
      // `.transform()` puts the schema first, `z.preprocess()` puts it second.
      return unwrap((def.in as z.core.$ZodTypes)._zod.def.type === 'transform' ? def.out : def.in)
    case 'lazy':
      // The cached schema, so a recursion is recognised by identity.
      return unwrap((schema as z.core.$ZodLazy)._zod.innerType)
    default:
      return schema
  }
}
const definition = (schema: Schema) => (schema as z.core.$ZodTypes)._zod.def
const shapeOf = (schema: Schema) => {
  const def = definition(unwrap(schema))
  return def.type === 'object' ? (def.shape as Record<string, Schema>) : undefined
}
const elementOf = (schema: Schema) => {
  const def = definition(unwrap(schema))
  return def.type === 'array' ? def.element : undefined
}

/** The block types one option of a union reads, from its `blockType` literal or enum. */
function blockTypesOf(option: Schema): string[] {
  const blockType = shapeOf(option)?.blockType
  if (!blockType) return []
  const def = definition(unwrap(blockType))
  if (def.type === 'literal') return def.values.map(String)
  if (def.type === 'enum') return Object.values(def.entries).map(String)
  return []
}

/** The CMS's editor names group blocks per nesting level (`allInner3`); the reader reads them by their plain name. */
const levelSuffix = new RegExp(`(?:${ruleGroupLevelSuffixes.filter(Boolean).join('|')})$`)
const canonicalBlockType = (slug: string) => slug.replace(levelSuffix, '')

/**
 * Where the stored fields and the reader's schema disagree, one line per path: `stored but not
 * read`, `read but not stored`, an admin-only path that is read or not stored, or a CMS group, list
 * or blocks field that the reader reads as something flat. (The reverse – the reader reading an
 * object or list from a plain stored value – is not reported: rich text, JSON and hasMany
 * relations are stored that way.) Rule blocks are compared per block type, on every level
 * the editor offers them.
 */
function contractProblems({
  stored,
  schema,
  adminOnly = [],
}: {
  stored: StoredField[]
  schema: Schema
  adminOnly?: readonly string[]
}): string[] {
  const problems: string[] = []
  const storedPaths = new Set<string>()
  const isAdminOnly = new Set(adminOnly)
  const join = (path: string, name: string) => (path ? `${path}.${name}` : name)

  function compareLevel(fields: StoredField[], reader: Schema, path: string, implicit: readonly string[], unions: Schema[]) {
    const shape = shapeOf(reader)
    if (!shape) {
      problems.push(`${path}: an object in the CMS, not in the reader`)
      return
    }
    for (const field of fields) {
      const at = join(path, field.name)
      storedPaths.add(at)
      const read = shape[field.name]
      if (!read) {
        if (!isAdminOnly.has(at)) problems.push(`stored but not read: ${at}`)
        continue
      }
      if (isAdminOnly.has(at)) problems.push(`admin-only but read: ${at}`)
      if (field.kind === 'group') compareLevel(field.fields, read, at, [], unions)
      if (field.kind === 'array') {
        const row = elementOf(read)
        if (!row) problems.push(`${at}: a list in the CMS, not in the reader`)
        else compareLevel(field.fields, row, at, rowKeys, unions)
      }
      if (field.kind === 'blocks') compareBlocks(field.blocks, read, at, unions)
    }
    const names = new Set(fields.map((field) => field.name))
    for (const key of Object.keys(shape)) {
      if (!names.has(key) && !implicit.includes(key)) problems.push(`read but not stored: ${join(path, key)}`)
    }
  }

  function compareBlocks(blocks: StoredBlock[], reader: Schema, path: string, unions: Schema[]) {
    const element = elementOf(reader)
    const union = element && unwrap(element)
    const unionDef = union && definition(union)
    if (!union || unionDef?.type !== 'union') {
      problems.push(`${path}: blocks in the CMS, no list of block types in the reader`)
      return
    }
    const options = new Map(unionDef.options.flatMap((option) => blockTypesOf(option).map((type) => [type, option] as const)))
    const offered = new Set<string>()
    for (const block of blocks) {
      const type = canonicalBlockType(block.slug)
      offered.add(type)
      const option = options.get(type)
      if (option) compareLevel(block.fields, option, `${path}[${block.slug}]`, blockKeys, [...unions, union])
      else problems.push(`stored but not read: ${path}[${block.slug}]`)
    }
    // Deliberately not compared: the reader's group blocks hold the same union again, without end,
    // while the editor offers groups only down to maxRuleGroupNesting levels (deeper trees are
    // refused on save). So the level that deep offers no group, and lacks exactly the group types.
    const isGroup = (type: string) =>
      Object.values(shapeOf(options.get(type)!) ?? {}).some((value) => {
        const inner = elementOf(value)
        return inner !== undefined && unwrap(inner) === union
      })
    const depth = unions.filter((outer) => outer === union).length
    const isInnermost = depth === maxRuleGroupNesting && ![...offered].some(isGroup)
    for (const type of options.keys()) {
      if (!offered.has(type) && !(isInnermost && isGroup(type))) problems.push(`read but not stored: ${path}[${type}]`)
    }
  }

  compareLevel(stored, schema, '', documentKeys, [])
  for (const path of adminOnly) if (!storedPaths.has(path)) problems.push(`admin-only but not stored: ${path}`)
  return problems.sort()
}

const cases = [
  ['angebote', Angebote.fields, angebotSchema],
  ['handlungsfelder', Handlungsfelder.fields, handlungsfeldSchema],
  ['meilensteine', Meilensteine.fields, meilensteinSchema],
  ['erklaervideos', Erklaervideos.fields, erklaervideoSchema],
  ['kontakte', Kontakte.fields, kontaktSchema],
] as const

describe.each(cases)('%s: the CMS collection and the site’s reader', (name, fields, schema) => {
  it('name the same fields, in groups, rows and blocks too (plus the editors’ own)', () => {
    expect(contractProblems({ stored: storedFields(fields), schema, adminOnly: adminOnly[name] })).toEqual([])
  })
})

describe('the comparison', () => {
  const named = (fields: StoredField[], name: string) => {
    const field = fields.find((candidate) => candidate.name === name)
    if (!field) throw new Error(`no field ${name}`)
    return field
  }
  const inner = (field: StoredField) => {
    if (field.kind !== 'group' && field.kind !== 'array') throw new Error(`${field.name} has no fields`)
    return field
  }
  const blocksOf = (field: StoredField) => {
    if (field.kind !== 'blocks') throw new Error(`${field.name} has no blocks`)
    return field
  }
  /** The rule blocks offered inside the given chain of group blocks, e.g. ['all', 'allInner']. */
  const ruleLevel = (stored: StoredField[], groups: string[]) =>
    groups.reduce(
      (level, slug) => blocksOf(named(level.blocks.find((block) => block.slug === slug)!.fields, 'conditions')),
      blocksOf(named(inner(named(stored, 'eligibility')).fields, 'rules')),
    )
  const angebot = () => structuredClone(storedFields(Angebote.fields))
  const problems = (stored: StoredField[], list: readonly string[] = adminOnly.angebote) =>
    contractProblems({ stored, schema: angebotSchema, adminOnly: list })

  it('flattens rows, tabs and collapsibles, and keeps groups, list rows and blocks nested', () => {
    const kontakt = storedFields(Kontakte.fields)
    expect(inner(named(kontakt, 'openingHours')).fields.map((field) => field.name)).toEqual(['day', 'opens', 'closes'])
    expect(inner(named(kontakt, 'accessibility')).fields.map((field) => field.name)).toContain('notes')
    expect(storedFields(Erklaervideos.fields).map((field) => field.name)).toContain('dgsVideo')
    expect(ruleLevel(angebot(), ['all', 'allInner', 'allInner3', 'allInner4']).blocks.map((block) => block.slug)).toContain('child')
  })

  it('finds a field dropped from a group', () => {
    const stored = angebot()
    const eligibility = inner(named(stored, 'eligibility'))
    eligibility.fields = eligibility.fields.filter((field) => field.name !== 'benefit')
    expect(problems(stored)).toEqual(['read but not stored: eligibility.benefit'])
  })

  it('finds a field renamed in a list row', () => {
    const stored = storedFields(Meilensteine.fields)
    const label = named(inner(named(stored, 'sources')).fields, 'label')
    label.name = 'title'
    expect(contractProblems({ stored, schema: meilensteinSchema, adminOnly: adminOnly.meilensteine })).toEqual([
      'read but not stored: sources.label',
      'stored but not read: sources.title',
    ])
  })

  it('finds a block type missing from the rules and a field dropped from a block on the innermost level', () => {
    const stored = angebot()
    const top = ruleLevel(stored, [])
    top.blocks = top.blocks.filter((block) => block.slug !== 'proviso')
    const innermost = ruleLevel(stored, ['any', 'notInner', 'allInner3', 'anyInner4'])
    const child = innermost.blocks.find((block) => block.slug === 'child')!
    child.fields = child.fields.filter((field) => field.name !== 'minAgeByCutoff')
    expect(problems(stored)).toEqual([
      'read but not stored: eligibility.rules[any].conditions[notInner].conditions[allInner3].conditions[anyInner4].conditions[child].minAgeByCutoff',
      'read but not stored: eligibility.rules[proviso]',
    ])
  })

  it('finds group blocks missing above the innermost level', () => {
    const stored = angebot()
    const level = ruleLevel(stored, ['all'])
    level.blocks = level.blocks.filter((block) => !block.slug.endsWith('Inner'))
    expect(problems(stored)).toEqual([
      'read but not stored: eligibility.rules[all].conditions[all]',
      'read but not stored: eligibility.rules[all].conditions[any]',
      'read but not stored: eligibility.rules[all].conditions[not]',
    ])
  })

  it('finds an admin-only path that is read, or not stored', () => {
    expect(problems(angebot(), [...adminOnly.angebote, 'eligibility.summary', 'eligibility.note'])).toEqual([
      'admin-only but not stored: eligibility.note',
      'admin-only but read: eligibility.summary',
    ])
  })
})

/** The admin-only names directly at `Prefix` ('' for the document itself). */
type AdminOnlyAt<List extends readonly string[], Prefix extends string = ''> = List[number] extends infer Path
  ? Path extends `${Prefix extends '' ? '' : `${Prefix}.`}${infer Rest}`
    ? Rest extends `${string}.${string}`
      ? never
      : Rest
    : never
  : never
type Row<T> = NonNullable<T> extends readonly (infer Item)[] ? Item : never
type Group<T> = NonNullable<T>

describe('at the type level, the generated Payload types and the readers', () => {
  it('name the same fields of each document', () => {
    expectTypeOf<keyof AngebotDoc>().toEqualTypeOf<keyof z.input<typeof angebotSchema> | AdminOnlyAt<typeof adminOnly.angebote>>()
    expectTypeOf<keyof HandlungsfeldDoc>().toEqualTypeOf<
      keyof z.input<typeof handlungsfeldSchema> | AdminOnlyAt<typeof adminOnly.handlungsfelder>
    >()
    expectTypeOf<keyof MeilensteinDoc>().toEqualTypeOf<keyof z.input<typeof meilensteinSchema> | AdminOnlyAt<typeof adminOnly.meilensteine>>()
    expectTypeOf<keyof Erklaervideo>().toEqualTypeOf<keyof z.input<typeof erklaervideoSchema> | AdminOnlyAt<typeof adminOnly.erklaervideos>>()
    expectTypeOf<keyof KontaktDoc>().toEqualTypeOf<keyof z.input<typeof kontaktSchema> | AdminOnlyAt<typeof adminOnly.kontakte>>()
  })

  it('name the same fields in groups and list rows (Payload adds an id to each row)', () => {
    type Angebot = z.input<typeof angebotSchema>
    type Kontakt = z.input<typeof kontaktSchema>
    expectTypeOf<keyof Group<AngebotDoc['eligibility']>>().toEqualTypeOf<
      keyof Group<Angebot['eligibility']> | AdminOnlyAt<typeof adminOnly.angebote, 'eligibility'>
    >()
    expectTypeOf<keyof Row<AngebotDoc['steps']>>().toEqualTypeOf<keyof Row<Angebot['steps']> | 'id'>()
    expectTypeOf<keyof Row<AngebotDoc['documents']>>().toEqualTypeOf<keyof Row<Angebot['documents']> | 'id'>()
    expectTypeOf<keyof Row<MeilensteinDoc['sources']>>().toEqualTypeOf<keyof Row<z.input<typeof meilensteinSchema>['sources']> | 'id'>()
    expectTypeOf<keyof Group<KontaktDoc['accessibility']>>().toEqualTypeOf<keyof Group<Kontakt['accessibility']>>()
    expectTypeOf<keyof Row<KontaktDoc['openingHours']>>().toEqualTypeOf<keyof Row<Kontakt['openingHours']> | 'id'>()
  })

  it('name the same fields in each rule block', () => {
    expectTypeOf<keyof ChildRuleBlock>().toEqualTypeOf<keyof z.input<typeof childConditionSchema>>()
    expectTypeOf<keyof AdultRuleBlock>().toEqualTypeOf<keyof z.input<typeof adultConditionSchema>>()
    expectTypeOf<keyof MemberRuleBlock>().toEqualTypeOf<keyof z.input<typeof memberConditionSchema>>()
    expectTypeOf<keyof HouseholdRuleBlock>().toEqualTypeOf<keyof z.input<typeof householdConditionSchema>>()
    expectTypeOf<keyof IncomeRuleBlock>().toEqualTypeOf<keyof z.input<typeof incomeConditionSchema>>()
    expectTypeOf<keyof ReceivesRuleBlock>().toEqualTypeOf<keyof z.input<typeof receivesConditionSchema>>()
    expectTypeOf<keyof ProvisoRuleBlock>().toEqualTypeOf<keyof z.input<typeof provisoConditionSchema>>()
    // The reader's group type is declared, not inferred: a recursive zod schema needs a declared
    // type. The runtime comparison above reads the group schemas themselves.
    type StoredGroup = Extract<Row<Group<AngebotDoc['eligibility']>['rules']>, { blockType: 'all' | 'any' | 'not' }>
    expectTypeOf<keyof StoredGroup>().toEqualTypeOf<keyof GroupCondition>()
  })

  it('type the seed’s Testfamilien as the CMS’s rows (the household as data, not as text)', () => {
    type SeedFamily = Row<SeedAngebot['testFamilies']>
    type StoredFamily = Row<Group<AngebotDoc['eligibility']>['testFamilies']>
    expectTypeOf<Omit<SeedFamily, 'household'>>().toEqualTypeOf<Omit<StoredFamily, 'id' | 'household'>>()
  })
})
