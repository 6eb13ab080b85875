import { rules, type Leaf } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: BEEG (https://www.gesetze-im-internet.de/beeg/): § 1 (Anspruch, Abs. 7 ausländische Eltern, Abs. 8 Einkommensgrenze 175.000 Euro
// für Kinder, die ab 1. April 2025 geboren sind – für Paare und Alleinerziehende gleich; br.de 03/2024, mdr.de 09/2024), § 2 (65–67 %,
// mindestens 300, höchstens 1.800 Euro), § 4 Abs. 1 (Basiselterngeld nur in den ersten 14 Lebensmonaten), § 4 Abs. 4 und § 4b (zwölf Monate
// je Elternteil, zwei Partnermonate bei Einkommensminderung; gleichzeitiger Bezug nur ein Monat in den ersten zwölf Lebensmonaten für
// Geburten ab 1. April 2024), § 4c (alleiniger Bezug aller 14 Monate durch einen Elternteil, u. a. wenn die Voraussetzungen des
// Entlastungsbetrags für Alleinerziehende nach § 24b EStG vorliegen und der andere Elternteil weder mit ihm noch mit dem Kind in einer
// Wohnung lebt; steuerberater-pressler.de: Alleinerziehende können die vollen 14 Monate nehmen), § 4a (ElterngeldPlus, Partnerschaftsbonus).
// § 10 Abs. 5 BEEG (Anrechnung auf Grundsicherungsgeld, Freibetrag nur bei Erwerbseinkommen vor der Geburt).
// Familienportal: familienportal.de „Elterngeld“. Für 2026 keine Änderung der Beträge gefunden.

/** Residence statuses that open the benefits tied to Kindergeld (simplified: the kind of residence permit is not asked). */
const settledResidence: NonNullable<Extract<Leaf, { blockType: 'adult' }>['residence']> = [
  'german',
  'eu',
  'residence-permit',
  'recognised-refugee',
  'temporary-protection',
]

export default {
  title: 'Elterngeld, ElterngeldPlus und Partnerschaftsbonus',
  slug: 'elterngeld',
  summary:
    'Nach der Geburt möchten Sie Zeit für Ihr Baby haben. Das Elterngeld ersetzt einen Teil Ihres Einkommens, wenn Sie weniger oder gar nicht arbeiten: mindestens 300 und höchstens 1.800 Euro im Monat. In Hamm beantragen Sie es im Familienrathaus.',
  summaryLeichteSprache:
    'Sie haben ein Baby bekommen. Sie wollen Zeit für Ihr Baby haben. Dann arbeiten Sie weniger. Der Staat gibt Ihnen Geld dafür. Das Geld heißt Elterngeld. Sie bekommen mindestens 300 Euro im Monat.',
  kind: 'geldleistung',
  body: [
    'Elterngeld bekommen Mütter und Väter, die ihr Kind nach der Geburt selbst betreuen und dafür nicht oder höchstens 32 Stunden in der Woche arbeiten. Auch wer vorher kein Einkommen hatte – zum Beispiel Studierende, Hausfrauen und Hausmänner oder Menschen mit Grundsicherungsgeld (bisher Bürgergeld) –, bekommt Elterngeld, dann den Mindestbetrag von 300 Euro. Beim Grundsicherungsgeld wird es in der Regel als Einkommen angerechnet, wenn Sie vorher nicht gearbeitet haben.',
    'Es gibt drei Varianten. Basiselterngeld gibt es in den ersten 14 Lebensmonaten: zusammen bis zu 14 Monate, davon für einen Elternteil höchstens 12. Die zwei weiteren Partnermonate gibt es, wenn auch beim anderen Elternteil Einkommen wegfällt. Alleinerziehende können alle 14 Monate allein bekommen – zum Beispiel, wenn ihnen der Steuer-Entlastungsbetrag für Alleinerziehende zusteht und der andere Elternteil weder mit ihnen noch mit dem Kind zusammenwohnt, und wenn ihr Einkommen in diesen zwei Monaten wegfällt oder sinkt. Gleichzeitig können beide Eltern Basiselterngeld nur für einen Monat in den ersten zwölf Lebensmonaten bekommen (Ausnahmen gibt es zum Beispiel bei Frühgeborenen und Mehrlingen). ElterngeldPlus ist halb so hoch, wird aber doppelt so lange gezahlt und passt gut, wenn Sie in Teilzeit arbeiten. Arbeiten beide Eltern gleichzeitig 24 bis 32 Stunden pro Woche, gibt es zusätzlich den Partnerschaftsbonus – getrennt Erziehende können ihn auch allein bekommen.',
    'Wenn Sie sehr viel verdienen, gibt es kein Elterngeld: Für Kinder, die seit dem 1. April 2025 geboren sind, liegt die Grenze bei einem zu versteuernden Einkommen von 175.000 Euro im Jahr – für Paare zusammen und für Alleinerziehende gleich.',
    'In Hamm ist die Elterngeldstelle der Stadt im Familienrathaus am Caldenhofer Weg 10. Dort können Sie auch die Geburtsurkunde beim Standesamt holen und sich zu Kindergeld und weiteren Leistungen rund um die Geburt beraten lassen.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'alleinerziehend'],
  kontakte: ['elterngeldstelle-hamm', 'familienrathaus'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider: 'Elterngeldstelle der Stadt Hamm',
  eligibilitySummary:
    'Für Eltern, die mit ihrem Kind (auch Adoptivkind oder Kind des Ehepartners) zusammenleben, es selbst betreuen und höchstens 32 Stunden pro Woche arbeiten. Das zu versteuernde Einkommen darf 175.000 Euro im Jahr nicht übersteigen. Ohne deutschen Pass brauchen Sie eine EU-Staatsangehörigkeit oder einen passenden Aufenthaltstitel. Der Situations-Finder zeigt Elterngeld in den ersten 14 Lebensmonaten des Kindes und schon in der Schwangerschaft an, damit Sie planen können. Vereinfacht: Arbeitszeit und die Art des Aufenthaltstitels werden nicht abgefragt; ElterngeldPlus kann auch nach dem 14. Lebensmonat weiterlaufen, wenn es vorher begonnen hat.',
  amount: {
    kind: 'range',
    period: 'month',
    min: 300,
    max: 1800,
    source: '§ 2 BEEG: Basiselterngeld 65 bis 67 Prozent des Einkommens, mindestens 300, höchstens 1.800 Euro im Monat',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs:
    'Basiselterngeld: in der Regel 65 bis 67 Prozent des Nettoeinkommens vor der Geburt (bei kleinen Einkommen bis zu 100 Prozent), mindestens 300 Euro, höchstens 1.800 Euro im Monat, bis zu 14 Monate (ein Elternteil allein höchstens 12; Alleinerziehende können nach § 4c BEEG alle 14 nehmen). ElterngeldPlus: halb so viel (150 bis 900 Euro), dafür doppelt so lange. Dazu können ein Geschwisterbonus und ein Mehrlingszuschlag kommen. Der Antrag ist kostenlos.',
  steps: [
    'Planen Sie schon in der Schwangerschaft, wer wann wie lange Elterngeld bekommen soll. Der Elterngeldrechner des Bundesfamilienministeriums hilft dabei.',
    'Stellen Sie den Antrag nach der Geburt bei der Elterngeldstelle der Stadt Hamm im Familienrathaus. Elterngeld wird nur für die letzten drei Lebensmonate vor dem Antrag rückwirkend gezahlt.',
    'Beide Eltern unterschreiben den Antrag, auch wenn nur einer Elterngeld bekommt.',
    'Arbeiten Sie während des Elterngeldes in Teilzeit, reichen Sie eine Bescheinigung Ihres Arbeitgebers über die Arbeitszeit ein.',
  ],
  documents: [
    'Geburtsurkunde oder die Geburtsbescheinigung für das Elterngeld vom Standesamt',
    'Einkommensnachweise der letzten zwölf Monate vor der Geburt (Lohnabrechnungen) oder den letzten Steuerbescheid bei Selbstständigen',
    'Bescheinigung der Krankenkasse über das Mutterschaftsgeld und Bescheinigung des Arbeitgebers über den Zuschuss',
    'Bei Teilzeit: Arbeitszeitbestätigung des Arbeitgebers',
    'Ohne deutschen Pass: Ihren Aufenthaltstitel',
  ],
  deadline: 'Antrag innerhalb von 3 Monaten nach der Geburt – rückwirkend zahlt die Elterngeldstelle nur 3 Lebensmonate.',
  importance: 'high',
  // § 7 Abs. 1 BEEG: paid back for the last three months of life before the month of the application.
  reminders: [{ label: 'Elterngeld beantragen', kind: 'until', offset: 3, unit: 'months' }],
  legalBasis:
    '§§ 1–4d Bundeselterngeld- und Elternzeitgesetz (BEEG), insbesondere § 1 Abs. 8 (Einkommensgrenze), § 4 und § 4c BEEG (14 Monate für Alleinerziehende)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/beeg/__1.html',
  synonyms:
    'Elterngeld, Basiselterngeld, ElterngeldPlus, Elterngeld Plus, Partnerschaftsbonus, Partnermonate, Elterngeld alleinerziehend, 14 Monate Elterngeld, Babyjahr, Geld nach der Geburt, Elterngeldstelle, Elterngeldrechner',
  benefit: 'elterngeld',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 14 / 12, relations: ['own', 'adopted', 'step'], reason: 'Ihr Kind ist jünger als 14 Monate.' },
        {
          blockType: 'all',
          reason: 'Sie erwarten ein Baby – nach der Geburt können Sie Elterngeld beantragen.',
          conditions: [{ blockType: 'adult', pregnant: true }],
        },
      ],
    },
    { blockType: 'adult', residence: settledResidence },
    {
      blockType: 'all',
      reason: 'Ihr Einkommen liegt unter der Grenze von 175.000 Euro im Jahr.',
      conditions: [{ blockType: 'income', match: ['none', 'low', 'middle', 'high'] }],
    },
  ]),
  testFamilies: [
    {
      name: 'Paar mit Baby (4 Monate), mittleres Einkommen',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 32, residenceStatus: 'german', employment: 'parental-leave' },
          { role: 'adult', age: 34, residenceStatus: 'german', employment: 'employed' },
          { role: 'child', age: 4 / 12, name: 'Ella' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Schwangere, Geburt in 10 Wochen, geringes Einkommen',
      household: {
        version: 1,
        income: 'low',
        members: [{ role: 'adult', age: 26, residenceStatus: 'recognised-refugee', pregnant: true, dueInWeeks: 10 }],
      },
      expected: 'yes',
    },
    {
      name: 'Paar mit Baby (6 Monate), sehr hohes Einkommen',
      household: {
        version: 1,
        income: 'very-high',
        members: [
          { role: 'adult', age: 39, residenceStatus: 'german' },
          { role: 'adult', age: 38, residenceStatus: 'german' },
          { role: 'child', age: 0.5 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Mutter mit Baby (3 Monate), Einkommen nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 30, residenceStatus: 'eu' },
          { role: 'child', age: 0.25 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Alleinerziehender Vater mit Baby (5 Monate), geringes Einkommen',
      household: {
        version: 1,
        income: 'low',
        singleParent: true,
        members: [
          { role: 'adult', age: 29, residenceStatus: 'german', employment: 'parental-leave' },
          { role: 'child', age: 5 / 12 },
        ],
      },
      expected: 'yes',
    },
  ],
} satisfies SeedAngebot
