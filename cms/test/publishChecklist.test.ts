/**
 * Publishing an Angebot checks what a family needs from it (issue 16: an offer with the summary
 * „Bitte nicht veröffentlichen“, no contact, no steps and no Testfamilie went live in one click and
 * showed as „Passt“ in the finder within 20 s). Each missing item is named in German at its field.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publishChecklist } from '../src/lib/publishChecklist.ts'
import { startTestPayload } from './testPayload.ts'

const complete = {
  title: 'Babybegrüßung',
  summary: 'Ein Besuch nach der Geburt mit Informationen und einem Geschenk.',
  kind: 'beratung',
  steps: [{ text: 'Rufen Sie das Familienbüro an und vereinbaren Sie einen Termin.' }],
  kontakte: [1],
  eligibility: {
    testFamilies: [
      { name: 'Baby', household: '{"version":1,"members":[{"role":"adult","age":30},{"role":"child","age":0.2}]}', expected: 'yes' },
    ],
  },
}

describe('the publish checklist', () => {
  it('passes an Angebot a family can act on', () => {
    expect(publishChecklist(complete)).toEqual([])
  })

  it('names everything missing from the walk in the issue, each at its field', () => {
    const problems = publishChecklist({ title: 'Test', summary: 'Bitte nicht veröffentlichen', kind: 'geldleistung', eligibility: {} })
    expect(problems.map((problem) => problem.path).sort()).toEqual(
      ['eligibility.testFamilies', 'kontakte', 'legalBasis', 'steps', 'summary'].sort(),
    )
    expect(problems.find((problem) => problem.path === 'summary')!.message).toContain('Platzhalter')
    expect(problems.find((problem) => problem.path === 'legalBasis')!.message).toContain('Rechtsgrundlage')
  })

  it('finds placeholder text wherever a family reads it', () => {
    for (const text of ['Lorem ipsum dolor', 'TODO: Text folgt', 'xxx', 'Platzhalter', 'Text folgt', '???']) {
      const problems = publishChecklist({ ...complete, steps: [{ text }] })
      expect(
        problems.map((problem) => problem.path),
        text,
      ).toEqual(['steps'])
    }
    expect(publishChecklist({ ...complete, title: 'Test Angebot bitte löschen' }).map((problem) => problem.path)).toEqual(['title'])
  })
})

let payload: Payload
let stop: () => Promise<void>
const ids: Record<string, number> = {}

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  ids.feld = (await payload.create({ collection: 'handlungsfelder', data: { title: 'Feld', summary: 'Feld.', _status: 'published' } }))
    .id as number
  for (const role of ['redaktion', 'freigabe'] as const) {
    const user = await payload.create({
      collection: 'users',
      data: { email: `${role}@checklist.invalid`, password: 'Ein-langes-Passwort-2026!', roles: [role] } as never,
    })
    ids[role] = user.id as number
  }
})
afterAll(async () => {
  await stop?.()
})

describe('publishing in the admin', () => {
  it('refuses a person’s publish until the checklist holds, with every missing item named in German', async () => {
    const redaktion = await payload.findByID({ collection: 'users', id: ids.redaktion! })
    const freigabe = await payload.findByID({ collection: 'users', id: ids.freigabe! })
    const draft = await payload.create({
      collection: 'angebote',
      draft: true,
      user: redaktion,
      overrideAccess: false,
      data: { title: 'Test', summary: 'Bitte nicht veröffentlichen', kind: 'beratung', handlungsfelder: [ids.feld], _status: 'draft' } as never,
    })
    let message = ''
    try {
      await payload.update({
        collection: 'angebote',
        id: draft.id,
        user: freigabe,
        overrideAccess: false,
        data: { _status: 'published' } as never,
      })
    } catch (error) {
      message = JSON.stringify((error as { data?: unknown }).data ?? (error as Error).message)
    }
    expect(message).toContain('Platzhalter')
    expect(message).toContain('Ansprechstelle')
    expect(message).toContain('nächste Schritt')
    expect(message).toContain('Testfamilie')
    const stored = await payload.findByID({ collection: 'angebote', id: draft.id })
    expect(stored._status).toBe('draft')
  })
})
