import type { Payload } from 'payload'

/**
 * What the publish checklist asks of an Angebot a person publishes (a step, a contact, a legal
 * basis, a Testfamilie), for tests whose subject is something else. The Kontakt is created once.
 */
export async function publishableParts(payload: Payload): Promise<Record<string, unknown>> {
  const kontakt = await payload.create({
    collection: 'kontakte',
    data: {
      title: 'Familienbüro',
      kind: 'dienststelle',
      street: 'Teststraße 1',
      postalCode: '59065',
      city: 'Hamm',
      _status: 'published',
    } as never,
  })
  return {
    steps: [{ text: 'Rufen Sie an und vereinbaren Sie einen Termin.' }],
    kontakte: [kontakt.id],
    legalBasis: '§ 1 Testgesetz',
    eligibility: {
      rules: [],
      testFamilies: [{ name: 'Eine erwachsene Person', household: '{"version":1,"members":[{"role":"adult","age":30}]}', expected: 'yes' }],
    },
  }
}
