import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Seeds (erste Sitzung am 5. September 2022, etwa alle zwei Monate, Austausch in der App „Hamm: Machen“, offenes Gremium;
// Landespreis-Seite: von der Politik losgelöstes Gremium, das die Vielfalt der Hammer Familien abbilden soll).

export default {
  title: 'Familienbeirat: Gestalten Sie Hamm mit',
  slug: 'familienbeirat',
  summary:
    'Im Familienbeirat sagen Familien der Stadtverwaltung, was gut läuft und was besser werden muss. Jede Familie aus Hamm kann mitmachen – auch nur für eine Zeit oder zu einem Thema.',
  kind: 'service',
  body: [
    'Der Familienbeirat ist eine Gruppe von Familien aus Hamm. Er ist unabhängig von Parteien und Verbänden. Die Mitglieder sprechen für sich selbst und für Familien aus ihrer Nachbarschaft und ihrem Freundeskreis.',
    'Der Beirat trifft sich ungefähr alle zwei Monate. Zwischen den Treffen tauschen sich die Mitglieder in einem geschützten Bereich der App „Hamm: Machen“ aus. Dort finden Sie auch Neuigkeiten aus dem Beirat.',
    'Die Verwaltung fragt den Beirat um Rat, zum Beispiel bei der Planung des Familienrathauses. Der Beirat bringt auch eigene Themen ein, etwa zu Schule, Stadtplanung oder Integration. Außerdem sagt er, ob Verbesserungen bei den Familien wirklich ankommen.',
    'Der Beirat ist offen. Neue Familien sind jederzeit willkommen.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft'],
  kontakte: ['stabsstelle-familienfreundlichste-stadt'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Stabsstelle Familienfreundlichste Stadt',
  costs: 'Kostenlos.',
  steps: [
    'Sie möchten mitmachen? Melden Sie sich bei der Stabsstelle Familienfreundlichste Stadt. Sie brauchen keine Vorkenntnisse und keine Unterlagen.',
  ],
  synonyms: 'Familienbeirat, Beirat, Mitmachen, Beteiligung, Mitbestimmung, Elternbeirat Stadt, Hamm: Machen, Ideen, Ehrenamt, Meinung sagen',
  summaryLeichteSprache:
    'Im Familien-Beirat sprechen Familien mit der Stadt. Sie sagen, was gut ist. Und was besser werden soll. Jede Familie aus Hamm darf mitmachen.',
  lebenslagen: ['neu-in-hamm'],
  eligibilitySummary:
    'Alle Familien aus Hamm – Eltern, Großeltern, Alleinerziehende, auch nur für eine Zeit oder zu einem Thema. Vorkenntnisse sind nicht nötig.',
  documents: ['Keine Unterlagen nötig.'],
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 18, reason: 'Sie sind eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.' },
        {
          blockType: 'adult',
          pregnant: true,
          reason: 'Sie werden bald eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit zwei Kindern',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 38 },
          { role: 'child', age: 4 },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie wohnt nicht in Hamm',
      household: {
        version: 1,
        livesInHamm: false,
        members: [
          { role: 'adult', age: 38 },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Kind (4), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 38 },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
