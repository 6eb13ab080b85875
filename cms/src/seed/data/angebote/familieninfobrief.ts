import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Seeds (Familien-Infobrief des Familienbüros; viermal im Jahr per E-Mail; Informationen aus dem Bundesfamilienministerium,
// Angebote der Stadt, Veranstaltungskalender; auch im News-Feed der App „Hamm: Machen“).

export default {
  title: 'Familieninfobrief des Familienbüros',
  slug: 'familieninfobrief',
  summary:
    'Viermal im Jahr verschickt das Familienbüro den Familieninfobrief per E-Mail. Darin stehen Neuigkeiten, Angebote und Veranstaltungstipps für Familien in Hamm.',
  kind: 'service',
  body: [
    'Mit dem Familieninfobrief bleiben Sie auf dem Laufenden. Er kommt viermal im Jahr per E-Mail.',
    'Sie lesen darin zum Beispiel über neue Familiengrundschulzentren, Beratung für den Wiedereinstieg in den Beruf und Neuigkeiten vom Bundesfamilienministerium. Ein Veranstaltungskalender zeigt Termine für Kinder und Familien in Hamm und in der Region.',
  ],
  handlungsfelder: ['familienfreundliches-sport-freizeit-und-kulturangebot', 'balance-von-familie-und-arbeitswelt'],
  kontakte: ['familienbuero'],
  erklaervideos: [],
  provider: 'Familienbüro der Stadt Hamm',
  costs: 'Kostenlos.',
  steps: ['Fragen Sie beim Familienbüro, wie Sie den Familieninfobrief per E-Mail bekommen.'],
  synonyms: 'Familieninfobrief, Infobrief, Newsletter, Familien-Newsletter, Veranstaltungen, Termine, Veranstaltungskalender, Neuigkeiten',
  summaryLeichteSprache:
    'Der Familien-Info-Brief ist eine E-Mail für Familien. Er kommt 4-mal im Jahr. Darin stehen Neuigkeiten und Termine für Familien in Hamm. Er kostet nichts.',
  lebenslagen: ['neu-in-hamm'],
  eligibilitySummary: 'Alle Familien und Interessierten – besonders Familien in Hamm.',
  documents: ['Eine E-Mail-Adresse.'],
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          maxAge: 18,
          reason: 'Sie sind eine Familie in Hamm – der Infobrief hält Sie über Angebote und Termine auf dem Laufenden.',
        },
        {
          blockType: 'adult',
          pregnant: true,
          reason: 'Sie erwarten ein Baby – der Infobrief hält Sie über Angebote für Familien in Hamm auf dem Laufenden.',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Kind (6)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar in Hamm ohne Kinder, nicht schwanger',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 60, pregnant: false },
          { role: 'adult', age: 62, pregnant: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Kind (6), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
