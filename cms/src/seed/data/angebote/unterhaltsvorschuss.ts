import { rules, type Leaf } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).

/** Residence statuses that open the benefits tied to Kindergeld (simplified: the kind of residence permit is not asked). */
const settledResidence: NonNullable<Extract<Leaf, { blockType: 'adult' }>['residence']> = [
  'german',
  'eu',
  'residence-permit',
  'recognised-refugee',
  'temporary-protection',
]

export default {
  title: 'Unterhaltsvorschuss',
  slug: 'unterhaltsvorschuss',
  summary:
    'Sie erziehen Ihr Kind allein, und der andere Elternteil zahlt keinen, zu wenig oder unregelmäßig Unterhalt? Dann zahlt das Jugendamt Unterhaltsvorschuss – 2026 je nach Alter 227, 299 oder 394 Euro im Monat, bis zum 18. Geburtstag.',
  summaryLeichteSprache:
    'Sie leben allein mit Ihrem Kind. Der andere Elternteil zahlt kein Geld für das Kind. Oder er zahlt zu wenig. Dann zahlt das Jugendamt Geld für Ihr Kind. Das heißt Unterhaltsvorschuss.',
  kind: 'geldleistung',
  body: [
    'Kinder haben ein Recht auf Unterhalt von beiden Eltern. Manchmal zahlt ein Elternteil aber nicht oder nicht genug. Dann springt der Staat mit dem Unterhaltsvorschuss ein. Das Jugendamt holt sich das Geld später beim anderen Elternteil zurück, wenn dieser zahlen kann. Sie selbst müssen nichts zurückzahlen, wenn Ihre Angaben stimmen.',
    'Unterhaltsvorschuss gibt es für Kinder bis zum 18. Geburtstag, ohne zeitliche Begrenzung. Das Kind lebt bei Ihnen, und Sie sind ledig, verwitwet, geschieden oder leben dauerhaft getrennt. Wenn Sie heiraten oder mit dem anderen Elternteil zusammenziehen, endet der Anspruch. Kümmern sich beide Eltern etwa zu gleichen Teilen um das Kind (Wechselmodell), gibt es keinen Unterhaltsvorschuss.',
    'Für Kinder ab 12 Jahren gilt zusätzlich: Das Kind bekommt kein Grundsicherungsgeld (bisher Bürgergeld), oder der Unterhaltsvorschuss beendet den Bezug von Grundsicherungsgeld, oder Sie verdienen selbst mindestens 600 Euro brutto im Monat.',
    'Zahlt der andere Elternteil einen Teil des Unterhalts, wird dieser Betrag abgezogen. Ihr eigenes Einkommen spielt bei Kindern unter 12 Jahren keine Rolle. Das Jugendamt der Stadt Hamm berät Sie auch dazu, wie Sie den Unterhalt durchsetzen können, zum Beispiel mit einer Beistandschaft.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['alleinerziehend', 'wenig-geld', 'kleinkind', 'schulkind'],
  kontakte: ['jugendamt-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm (Unterhaltsvorschussstelle)',
  eligibilitySummary:
    'Für Kinder unter 18 Jahren, die bei einem alleinerziehenden Elternteil leben und vom anderen Elternteil keinen oder nicht den vollen Mindestunterhalt bekommen. Für Kinder von 12 bis 17 Jahren nur, wenn das Kind kein Grundsicherungsgeld (bisher Bürgergeld) bekommt oder der alleinerziehende Elternteil ein eigenes Einkommen hat (mindestens 600 Euro brutto). Ohne deutschen Pass brauchen Sie eine EU-Staatsangehörigkeit oder einen passenden Aufenthaltstitel. Vereinfacht: Der Situations-Finder prüft das Wechselmodell nicht und nimmt „geringes Einkommen“ als Einkommen von mindestens 600 Euro.',
  amount: {
    kind: 'perChild',
    period: 'month',
    lessMaintenance: true,
    byAge: [
      { belowAge: 6, value: 227 },
      { belowAge: 12, value: 299 },
      { belowAge: 18, value: 394 },
    ],
    source: '§ 2 UVG: Mindestunterhalt 2026 (Mindestunterhaltsverordnung) abzüglich des vollen Kindergeldes von 259 Euro',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs:
    'Stand 2026: 227 Euro im Monat für Kinder bis 5 Jahre, 299 Euro für Kinder von 6 bis 11 Jahren, 394 Euro für Kinder von 12 bis 17 Jahren (Mindestunterhalt abzüglich des Kindergeldes). Unterhaltszahlungen des anderen Elternteils und Waisenbezüge werden abgezogen. Der Antrag ist kostenlos.',
  steps: [
    'Stellen Sie den Antrag schriftlich beim Jugendamt der Stadt Hamm. Rückwirkend gibt es Geld nur für den Monat vor dem Antrag – stellen Sie ihn also bald.',
    'Geben Sie alles an, was Sie über den anderen Elternteil wissen: Name, Adresse, Arbeitgeber. Das Jugendamt braucht diese Angaben, um das Geld zurückzufordern.',
    'Melden Sie dem Jugendamt sofort, wenn sich etwas ändert: Umzug, Heirat, Zusammenziehen mit dem anderen Elternteil oder Unterhaltszahlungen.',
  ],
  documents: [
    'Ihr Personalausweis oder Pass, ohne deutschen Pass Ihr Aufenthaltstitel',
    'Geburtsurkunde des Kindes',
    'Angaben zum anderen Elternteil (Name, Geburtsdatum, Adresse, wenn bekannt)',
    'Nachweise über Trennung oder Scheidung und über Unterhaltszahlungen, wenn vorhanden',
    'Bei Kindern ab 12: Einkommensnachweise oder Bescheid über Grundsicherungsgeld (bisher Bürgergeld)',
  ],
  deadline: 'Höchstens 1 Monat rückwirkend: Stellen Sie den Antrag bald.',
  importance: 'high',
  legalBasis: 'Unterhaltsvorschussgesetz (UVG), insbesondere §§ 1 und 2 UVG',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/uhvorschg/__1.html',
  synonyms:
    'Unterhaltsvorschuss, UVG, Unterhalt, Unterhaltsvorschusskasse, Unterhaltsausfallleistung, alleinerziehend, Trennung, Vater zahlt nicht, Mutter zahlt nicht, Kindesunterhalt',
  benefit: 'unterhaltsvorschuss',
  rules: rules([
    { blockType: 'household', singleParent: true },
    { blockType: 'adult', residence: settledResidence },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          maxAge: 12,
          relations: ['own', 'adopted'],
          maintenance: ['none', 'partial'],
        },
        {
          blockType: 'all',
          conditions: [
            {
              blockType: 'child',
              minAge: 12,
              maxAge: 18,
              relations: ['own', 'adopted'],
              maintenance: ['none', 'partial'],
            },
            {
              blockType: 'any',
              conditions: [
                {
                  blockType: 'income',
                  match: ['low', 'middle', 'high', 'very-high'],
                },
                {
                  blockType: 'not',
                  reason: 'Ihr Kind bekommt kein Grundsicherungsgeld (bisher Bürgergeld).',
                  conditions: [{ blockType: 'receives', benefits: ['buergergeld'] }],
                },
              ],
            },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende mit Kind (4), kein Unterhalt',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 29, residenceStatus: 'german' },
          { role: 'child', age: 4, maintenance: 'none' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehender Vater mit Kind (14), geringes Einkommen, teilweise Unterhalt',
      household: {
        version: 1,
        singleParent: true,
        income: 'low',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 45, residenceStatus: 'german', employment: 'employed' },
          { role: 'child', age: 14, maintenance: 'partial' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehende mit Kind (8), voller Unterhalt',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 38, residenceStatus: 'german' },
          { role: 'child', age: 8, maintenance: 'full' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehende mit Kind (6), Unterhalt nicht angegeben',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 33, residenceStatus: 'eu' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
