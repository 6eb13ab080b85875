/**
 * One contract per content type, checked both ways: every field the CMS stores is read by the
 * site's zod schema (or is named here as the editors' own), and the reader asks for no field the
 * CMS does not have. A field added in the CMS and forgotten in the reader fails here instead of
 * being stripped silently on its way to the site.
 */
import type { Field } from 'payload'
import type { z } from 'zod'

import {
  angebotSchema,
  erklaervideoSchema,
  handlungsfeldSchema,
  kontaktSchema,
  meilensteinSchema,
} from '@familienrathaus/content-schemas'
import { describe, expect, expectTypeOf, it } from 'vitest'

import type { Angebote as AngebotDoc, Erklaervideo, Handlungsfelder as HandlungsfeldDoc, Kontakte as KontaktDoc, Meilensteine as MeilensteinDoc } from '../src/payload-types.ts'

import { Angebote } from '../src/collections/Angebote.ts'
import { Erklaervideos } from '../src/collections/Erklaervideos.ts'
import { Handlungsfelder } from '../src/collections/Handlungsfelder.ts'
import { Kontakte } from '../src/collections/Kontakte.ts'
import { Meilensteine } from '../src/collections/Meilensteine.ts'

/** The editors' workflow and bookkeeping, and reverse joins: stored, never shown on the site. */
const workflow = ['reviewState', 'lastModifiedBy'] as const
const adminOnly = {
  angebote: [...workflow, 'lastReviewedAt', 'owner', 'meilensteine'],
  handlungsfelder: [...workflow, 'angebote', 'meilensteine'],
  meilensteine: [...workflow],
  erklaervideos: [...workflow, 'angebote'],
  kontakte: [...workflow, 'angebote'],
} as const

/** The names a document of the collection carries: fields in tabs, rows and collapsibles stand at the top. */
function documentKeys(fields: Field[]): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : documentKeys(tab.fields)))
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) return documentKeys(field.fields)
    return 'name' in field && field.name ? [field.name] : []
  })
}

const cases = [
  ['angebote', Angebote.fields, angebotSchema],
  ['handlungsfelder', Handlungsfelder.fields, handlungsfeldSchema],
  ['meilensteine', Meilensteine.fields, meilensteinSchema],
  ['erklaervideos', Erklaervideos.fields, erklaervideoSchema],
  ['kontakte', Kontakte.fields, kontaktSchema],
] as const

describe.each(cases)('%s: the CMS collection and the site’s reader', (name, fields, schema) => {
  it('name the same fields (plus the editors’ own)', () => {
    const stored = new Set([...documentKeys(fields), 'id', 'createdAt', 'updatedAt', '_status'])
    const read = new Set([...Object.keys(schema.shape), ...adminOnly[name]])
    expect([...stored].filter((key) => !read.has(key)).sort(), 'stored but not read').toEqual([])
    expect([...read].filter((key) => !stored.has(key)).sort(), 'read but not stored').toEqual([])
  })
})

it('agree at the type level with the generated Payload types', () => {
  type Keys<S extends z.ZodObject> = keyof z.input<S>
  expectTypeOf<keyof AngebotDoc>().toEqualTypeOf<Keys<typeof angebotSchema> | (typeof adminOnly.angebote)[number]>()
  expectTypeOf<keyof HandlungsfeldDoc>().toEqualTypeOf<Keys<typeof handlungsfeldSchema> | (typeof adminOnly.handlungsfelder)[number]>()
  expectTypeOf<keyof MeilensteinDoc>().toEqualTypeOf<Keys<typeof meilensteinSchema> | (typeof adminOnly.meilensteine)[number]>()
  expectTypeOf<keyof Erklaervideo>().toEqualTypeOf<Keys<typeof erklaervideoSchema> | (typeof adminOnly.erklaervideos)[number]>()
  expectTypeOf<keyof KontaktDoc>().toEqualTypeOf<Keys<typeof kontaktSchema> | (typeof adminOnly.kontakte)[number]>()
})
