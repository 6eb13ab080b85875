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
  title: 'Kinderzuschlag (KiZ)',
  slug: 'kinderzuschlag',
  summary:
    'Sie arbeiten, aber das Geld reicht kaum für die ganze Familie? Dann bekommen Sie vielleicht Kinderzuschlag: 2026 bis zu 297 Euro pro Kind und Monat zusätzlich zum Kindergeld. Dazu kommen kostenlose Kita und Bildung und Teilhabe.',
  summaryLeichteSprache:
    'Sie arbeiten. Aber das Geld reicht nicht für die ganze Familie. Dann gibt es vielleicht Kinderzuschlag. Das ist Geld für Ihre Kinder. Es kommt zusätzlich zum Kindergeld. Sie stellen den Antrag bei der Familienkasse.',
  kind: 'geldleistung',
  body: [
    'Der Kinderzuschlag ist für Eltern mit kleinem Einkommen. Sie verdienen genug für sich selbst, aber nicht genug für den Bedarf der ganzen Familie. Der Kinderzuschlag schließt diese Lücke, damit Sie wegen Ihrer Kinder kein Grundsicherungsgeld (bisher Bürgergeld) brauchen.',
    'Sie können Kinderzuschlag bekommen, wenn Ihr Kind unter 25 Jahre alt und nicht verheiratet ist, bei Ihnen wohnt und Sie für dieses Kind Kindergeld bekommen. Als Paar brauchen Sie mindestens 900 Euro brutto im Monat, als Alleinerziehende mindestens 600 Euro. Ihr Einkommen darf aber auch nicht so hoch sein, dass Sie den Bedarf der Familie allein decken.',
    'Mit dem Kinderzuschlag bekommen Sie noch mehr: Ihre Kinder haben Anspruch auf Bildung und Teilhabe, in Hamm über die YouCardHamm. Und Sie zahlen keine Beiträge für Kita und Kindertagespflege.',
    'Wie viel Sie bekommen, hängt von Ihrem Einkommen, Ihrer Miete, dem Einkommen der Kinder (zum Beispiel Unterhalt) und dem Alter der Kinder ab. Oft lohnt es sich, Kinderzuschlag und Wohngeld zusammen zu beantragen. Bekommen Sie Grundsicherungsgeld und arbeiten Sie, prüft das Jobcenter, ob Kinderzuschlag und Wohngeld für Sie besser wären.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['wenig-geld', 'alleinerziehend', 'kleinkind', 'schulkind'],
  kontakte: ['familienkasse', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Familienkasse der Bundesagentur für Arbeit',
  eligibilitySummary:
    'Für Eltern mit Kindern unter 25 Jahren im Haushalt, die für diese Kinder Kindergeld bekommen und ein eigenes, aber kleines Einkommen haben: mindestens 900 Euro brutto im Monat als Paar, 600 Euro als Alleinerziehende. Der Situations-Finder zeigt das Angebot bei geringem Einkommen als passend und bei mittlerem Einkommen als „vielleicht“ – ob es reicht, entscheiden Einkommen, Miete und Familiengröße genau. Ohne Erwerbseinkommen gibt es keinen Kinderzuschlag. Vereinfacht: Der Situations-Finder prüft nicht, ob die Mindesteinkommensgrenze erreicht ist und ob ein Kind verheiratet ist.',
  amount: {
    kind: 'perChild',
    period: 'month',
    byAge: [{ belowAge: 25, value: 297 }],
    // The maximum: the Familienkasse reduces it by income above the parents' needs (§ 6a Abs. 6 BKGG).
    upTo: true,
    calculator: 'kinderzuschlag',
    source: '§ 6a Abs. 2 BKGG: Höchstbetrag 297 Euro je Kind und Monat (2026)',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs:
    'Bis zu 297 Euro pro Kind und Monat (Höchstbetrag 2026), bewilligt jeweils für sechs Monate. Einkommen der Eltern über ihrem eigenen Bedarf und Einkommen der Kinder verringern den Betrag. Der Antrag ist kostenlos.',
  applyUrl: 'https://www.arbeitsagentur.de/familie-und-kinder',
  steps: [
    'Prüfen Sie mit dem KiZ-Lotsen der Familienkasse, ob sich ein Antrag lohnt.',
    'Stellen Sie den Antrag online oder schriftlich bei der Familienkasse. Kinderzuschlag gibt es frühestens ab dem Monat, in dem Sie den Antrag stellen.',
    'Stellen Sie am besten gleichzeitig einen Antrag auf Wohngeld bei der Wohngeldstelle der Stadt Hamm.',
    'Nach sechs Monaten stellen Sie einen Weiterbewilligungsantrag. Mit dem Bescheid beantragen Sie auch Bildung und Teilhabe (YouCardHamm) und die Befreiung von Kita-Beiträgen.',
  ],
  documents: [
    'Lohnabrechnungen oder andere Einkommensnachweise der letzten sechs Monate',
    'Mietvertrag oder Nachweis über Wohnkosten und Heizkosten',
    'Nachweise über Unterhalt oder Unterhaltsvorschuss für die Kinder',
    'Kindergeldnummer',
    'Wohngeldbescheid, wenn vorhanden',
  ],
  deadline: 'Ab dem Monat des Antrags, nicht rückwirkend: Stellen Sie den Antrag bald.',
  importance: 'high',
  legalBasis: '§ 6a Bundeskindergeldgesetz (BKGG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/bkgg_1996/__6a.html',
  synonyms: 'Kinderzuschlag, KiZ, Kinderzulage, Zuschuss für Kinder, wenig Geld, Geringverdiener, Familienzuschlag, KiZ-Lotse',
  benefit: 'kinderzuschlag',
  rules: rules([
    { blockType: 'child', maxAge: 25, relations: ['own', 'adopted', 'foster', 'step', 'grandchild'] },
    { blockType: 'adult', residence: settledResidence },
    {
      blockType: 'all',
      reason: 'Sie verdienen Geld, aber es reicht nicht ganz für die ganze Familie.',
      conditions: [{ blockType: 'income', match: ['low'], borderline: ['middle'] }],
    },
  ]),
  testFamilies: [
    {
      name: 'Paar mit zwei Kindern (4 und 9), geringes Einkommen',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 35, residenceStatus: 'german', employment: 'employed' },
          { role: 'adult', age: 33, residenceStatus: 'german', employment: 'homemaker' },
          { role: 'child', age: 4 },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehende mit mittlerem Einkommen und Kind (12)',
      household: {
        version: 1,
        income: 'middle',
        singleParent: true,
        members: [
          { role: 'adult', age: 40, residenceStatus: 'eu', employment: 'employed' },
          { role: 'child', age: 12 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie ohne Erwerbseinkommen mit Kind (2)',
      household: {
        version: 1,
        income: 'none',
        members: [
          { role: 'adult', age: 28, residenceStatus: 'recognised-refugee' },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Paar mit hohem Einkommen und Kind (7)',
      household: {
        version: 1,
        income: 'high',
        members: [
          { role: 'adult', age: 44, residenceStatus: 'german' },
          { role: 'adult', age: 42, residenceStatus: 'german' },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
