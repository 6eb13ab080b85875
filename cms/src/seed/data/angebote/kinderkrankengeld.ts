import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 45 Abs. 2 und 2a SGB V (erhöhte Tage befristet bis 31.12.2026; danach 10/20 Tage, höchstens 25/50).
export default {
  title: 'Kinderkrankengeld',
  slug: 'kinderkrankengeld',
  summary:
    'Ist Ihr Kind krank und Sie müssen zu Hause bleiben, zahlt die gesetzliche Krankenkasse Kinderkrankengeld. Bis Ende 2026 gibt es 15 Arbeitstage pro Kind und Elternteil, für Alleinerziehende 30 Tage – für Kinder unter 12 Jahren oder mit Behinderung.',
  summaryLeichteSprache:
    'Ihr Kind ist krank. Sie bleiben zu Hause und können nicht arbeiten. Dann bekommen Sie Geld von der Krankenkasse. Das heißt Kinderkrankengeld. Sie brauchen eine Bescheinigung vom Kinderarzt.',
  kind: 'geldleistung',
  body: [
    'Wenn Ihr Kind krank ist und betreut werden muss, dürfen Sie der Arbeit fernbleiben. Ihr Arbeitgeber muss Sie freistellen. Zahlt er für diese Zeit keinen Lohn, bekommen Sie Kinderkrankengeld von Ihrer Krankenkasse.',
    'Bis zum 31. Dezember 2026 gelten die erhöhten Ansprüche: 15 Arbeitstage pro Kind und Elternteil im Jahr, höchstens 35 Arbeitstage bei mehreren Kindern. Alleinerziehende haben 30 Arbeitstage pro Kind, höchstens 70. Wird die Regel nicht noch einmal verlängert, gelten ab dem 1. Januar 2027 wieder die gesetzlichen Grundwerte: 10 Arbeitstage pro Kind und Elternteil (höchstens 25), für Alleinerziehende 20 (höchstens 50). Ihre Krankenkasse sagt Ihnen den aktuellen Stand. Muss Ihr Kind ins Krankenhaus und Sie werden medizinisch notwendig mit aufgenommen, gibt es Kinderkrankengeld ohne Begrenzung auf diese Tage.',
    'Voraussetzungen: Sie und Ihr Kind sind gesetzlich krankenversichert, Sie haben selbst Anspruch auf Krankengeld, Ihr Kind ist jünger als 12 Jahre oder hat eine Behinderung und ist auf Hilfe angewiesen, und keine andere Person in Ihrem Haushalt kann es betreuen. Privat Versicherte bekommen kein Kinderkrankengeld von der gesetzlichen Kasse; prüfen Sie Ihren Vertrag und Ihren Arbeitsvertrag.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['kleinkind', 'schulkind', 'alleinerziehend', 'behinderung-pflege'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Ihre gesetzliche Krankenkasse',
  eligibilitySummary:
    'Für berufstätige Eltern, die selbst gesetzlich krankenversichert sind und Anspruch auf Krankengeld haben, mit einem gesetzlich versicherten Kind unter 12 Jahren oder einem Kind mit Behinderung, das auf Hilfe angewiesen ist. Vereinfacht: Der Situations-Finder prüft nicht, ob das Kind selbst gesetzlich versichert ist und ob eine andere Person im Haushalt die Betreuung übernehmen kann.',
  costs:
    'In der Regel 90 Prozent des ausgefallenen Nettoarbeitsentgelts (mit Einmalzahlungen in den letzten zwölf Monaten bis zu 100 Prozent), begrenzt auf einen gesetzlichen Höchstbetrag pro Tag. 2026: 15 Arbeitstage pro Kind und Elternteil (höchstens 35), Alleinerziehende 30 (höchstens 70).',
  steps: [
    'Lassen Sie sich von der Kinderärztin oder dem Kinderarzt bescheinigen, dass Ihr Kind krank ist und betreut werden muss. Die Bescheinigung geht meist direkt elektronisch an Ihre Krankenkasse.',
    'Sagen Sie Ihrem Arbeitgeber sofort Bescheid, dass Sie nicht kommen können.',
    'Beantragen Sie das Kinderkrankengeld bei Ihrer Krankenkasse, zum Beispiel in ihrer App. Ihr Arbeitgeber meldet den Verdienstausfall an die Kasse.',
  ],
  documents: ['Ärztliche Bescheinigung über die Erkrankung des Kindes', 'Bei Alleinerziehenden: Angabe, dass Sie allein erziehen'],
  legalBasis: '§ 45 Fünftes Buch Sozialgesetzbuch (SGB V)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_5/__45.html',
  synonyms:
    'Kinderkrankengeld, Kinderkrankentage, Kind krank, Krankengeld bei Erkrankung des Kindes, Kinderkrankenschein, Kind-krank-Tage, Freistellung krankes Kind',
  rules: rules([
    {
      blockType: 'all',
      reason: 'Sie sind berufstätig und gesetzlich krankenversichert.',
      conditions: [{ blockType: 'adult', employment: ['employed', 'trainee'], insurance: ['statutory'] }],
    },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 12 },
        { blockType: 'child', disability: true },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Angestellte Mutter, gesetzlich versichert, Kind (5)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 34, employment: 'employed', healthInsurance: 'statutory' },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Privat versicherter Angestellter mit Kind (3)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 40, employment: 'employed', healthInsurance: 'private' },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Gesetzlich versicherte Angestellte mit Kind (14) ohne Behinderung',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 44, employment: 'employed', healthInsurance: 'statutory' },
          { role: 'child', age: 14, disability: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Angestellter mit Kind (8), Versicherung nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 37, employment: 'employed' },
          { role: 'child', age: 8 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
