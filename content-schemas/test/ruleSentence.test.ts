import { describe, expect, it } from 'vitest'

import { conditionSentence, ruleSentence } from '../src/matcher/ruleSentence.ts'

describe('a rule read as one German sentence (issue 16)', () => {
  it('reads the walk’s rule „child under 3 and single parent“ as the issue asks', () => {
    expect(
      ruleSentence([
        { blockType: 'child', maxAge: 3 },
        { blockType: 'household', singleParent: 'ja' },
      ]),
    ).toBe('Passt, wenn ein Kind jünger als 3 Jahre ist und der Haushalt alleinerziehend ist.')
  })

  it('says counts without ambiguity and words every filter', () => {
    expect(conditionSentence({ blockType: 'child', count: 3, maxAge: 18 })).toBe('mindestens 3 Kinder jünger als 18 Jahre sind')
    expect(conditionSentence({ blockType: 'child', minAge: 1, maxAge: 6, activities: ['kita', 'kindertagespflege'] })).toBe(
      'ein Kind 1 bis unter 6 Jahre alt ist (macht gerade: Kita oder Kindertagespflege)',
    )
    expect(conditionSentence({ blockType: 'child', minAgeByCutoff: 4 })).toBe(
      'ein Kind bis zum 30. September des Kita-Jahres mindestens 4 Jahre alt ist',
    )
    expect(conditionSentence({ blockType: 'child', maintenance: ['none', 'partial'], relations: ['own'] })).toBe(
      'ein Kind im Haushalt lebt (ist: leiblich; Unterhalt vom anderen Elternteil: kein Unterhalt oder teilweise Unterhalt)',
    )
    expect(conditionSentence({ blockType: 'adult', pregnant: 'ja', maxDueInWeeks: 6 })).toBe(
      'eine erwachsene Person schwanger ist (Geburt in höchstens 6 Wochen)',
    )
    expect(conditionSentence({ blockType: 'adult', residence: ['german', 'eu'] })).toBe(
      'eine erwachsene Person im Haushalt lebt (Staatsangehörigkeit / Aufenthalt: deutsch oder EU-Bürger/in)',
    )
    expect(conditionSentence({ blockType: 'adult', employment: ['student'], residence: ['asylum-seeker', 'tolerated'] })).toBe(
      'eine erwachsene Person im Haushalt lebt (Tätigkeit: studiert; Staatsangehörigkeit / Aufenthalt: im Asylverfahren oder Duldung)',
    )
    expect(conditionSentence({ blockType: 'income', match: ['low'], borderline: ['middle'] })).toBe(
      'das Einkommen gering (reicht nicht ohne Hilfe) ist (vielleicht bei: mittel (deckt den Bedarf))',
    )
    expect(conditionSentence({ blockType: 'receives', benefits: ['wohngeld', 'kinderzuschlag'] })).toBe(
      'jemand im Haushalt Wohngeld oder Kinderzuschlag bekommt (oder bekommen kann)',
    )
    expect(conditionSentence({ blockType: 'proviso', text: 'ein Elternteil gestorben ist' })).toBe(
      'ein Elternteil gestorben ist (fragt der Finder nicht: höchstens „passt vielleicht“)',
    )
  })

  it('says ages below two years in months and other ages as a German number (found on a second read)', () => {
    expect(conditionSentence({ blockType: 'child', maxAge: 14 / 12 })).toBe('ein Kind jünger als 14 Monate ist')
    expect(conditionSentence({ blockType: 'child', minAge: 0.25, maxAge: 1 })).toBe('ein Kind 3 Monate bis unter 1 Jahr alt ist')
    expect(conditionSentence({ blockType: 'adult', minAge: 17.5 })).toBe('eine erwachsene Person mindestens 17,5 Jahre alt ist')
  })

  it('reads groups with und, oder and nicht, also under the admin’s names for inner levels', () => {
    expect(
      ruleSentence([
        {
          blockType: 'any',
          conditions: [
            { blockType: 'household', livesInHamm: 'ja' },
            { blockType: 'allInner', conditions: [{ blockType: 'household', movedToHammRecently: 'ja' }] },
          ],
        },
        { blockType: 'not', conditions: [{ blockType: 'receives', benefits: ['buergergeld'] }] },
      ]),
    ).toBe(
      'Passt, wenn (die Familie in Hamm wohnt oder die Familie in den letzten 12 Monaten nach Hamm gezogen ist) und nicht [jemand im Haushalt Grundsicherungsgeld (bisher Bürgergeld) bekommt (oder bekommen kann)].',
    )
  })

  it('says what is still missing while the editor writes, and that no rule fits everybody', () => {
    expect(ruleSentence([])).toBe('Passt für alle Familien (keine Bedingung).')
    expect(ruleSentence([{ blockType: 'child' }, { blockType: 'income', match: [] }])).toBe(
      'Passt, wenn ein Kind im Haushalt lebt und das Einkommen (noch nicht gewählt) ist.',
    )
    expect(ruleSentence([{ blockType: 'any', conditions: [] }])).toBe('Passt, wenn (noch keine Bedingung in der Gruppe).')
  })
})
