import { rules, type Leaf } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

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
    'Elterngeld bekommen Mütter und Väter, die ihr Kind nach der Geburt selbst betreuen und dafür nicht oder höchstens 32 Stunden in der Woche arbeiten. Auch wer vorher kein Einkommen hatte – zum Beispiel Studierende, Hausfrauen und Hausmänner oder Menschen mit Bürgergeld –, bekommt Elterngeld, dann den Mindestbetrag von 300 Euro.',
    'Es gibt drei Varianten. Basiselterngeld gibt es bis zu 12 Monate, bis zu 14 Monate, wenn beide Eltern sich beteiligen. Gleichzeitig können beide Eltern Basiselterngeld nur für einen Monat in den ersten zwölf Lebensmonaten bekommen (Ausnahmen gibt es zum Beispiel bei Frühgeborenen und Mehrlingen). ElterngeldPlus ist halb so hoch, wird aber doppelt so lange gezahlt und passt gut, wenn Sie in Teilzeit arbeiten. Arbeiten beide Eltern gleichzeitig 24 bis 32 Stunden pro Woche, gibt es zusätzlich den Partnerschaftsbonus.',
    'Wenn Sie sehr viel verdienen, gibt es kein Elterngeld: Für Kinder, die seit dem 1. April 2025 geboren sind, liegt die Grenze bei einem zu versteuernden Einkommen von 175.000 Euro im Jahr – für Paare zusammen und für Alleinerziehende gleich.',
    'In Hamm ist die Elterngeldstelle der Stadt im Familienrathaus am Caldenhofer Weg 10. Dort können Sie auch die Geburtsurkunde beim Standesamt holen und sich zu Kindergeld und weiteren Leistungen rund um die Geburt beraten lassen.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'alleinerziehend'],
  kontakte: ['familienrathaus'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider: 'Elterngeldstelle der Stadt Hamm',
  eligibilitySummary:
    'Für Eltern, die mit ihrem Kind (auch Adoptivkind oder Kind des Ehepartners) zusammenleben, es selbst betreuen und höchstens 32 Stunden pro Woche arbeiten. Das zu versteuernde Einkommen darf 175.000 Euro im Jahr nicht übersteigen. Ohne deutschen Pass brauchen Sie eine EU-Staatsangehörigkeit oder einen passenden Aufenthaltstitel. Der Situations-Finder zeigt Elterngeld in den ersten 14 Lebensmonaten des Kindes und schon in der Schwangerschaft an, damit Sie planen können. Vereinfacht: Arbeitszeit und die Art des Aufenthaltstitels werden nicht abgefragt; ElterngeldPlus kann auch nach dem 14. Lebensmonat weiterlaufen, wenn es vorher begonnen hat.',
  costs:
    'Basiselterngeld: in der Regel 65 bis 67 Prozent des Nettoeinkommens vor der Geburt (bei kleinen Einkommen bis zu 100 Prozent), mindestens 300 Euro, höchstens 1.800 Euro im Monat. ElterngeldPlus: halb so viel, dafür doppelt so lange. Dazu können ein Geschwisterbonus und ein Mehrlingszuschlag kommen. Der Antrag ist kostenlos.',
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
  legalBasis: '§§ 1–4c Bundeselterngeld- und Elternzeitgesetz (BEEG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/beeg/__1.html',
  synonyms: 'Elterngeld, Basiselterngeld, ElterngeldPlus, Elterngeld Plus, Partnerschaftsbonus, Babyjahr, Geld nach der Geburt, Elterngeldstelle, Elterngeldrechner',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 14 / 12, relations: ['own', 'adopted', 'step'], reason: 'Ihr Kind ist jünger als 14 Monate.' },
        { blockType: 'all', reason: 'Sie erwarten ein Baby – nach der Geburt können Sie Elterngeld beantragen.', conditions: [{ blockType: 'adult', pregnant: true }] },
      ],
    },
    { blockType: 'adult', residence: settledResidence },
    { blockType: 'all', reason: 'Ihr Einkommen liegt unter der Grenze von 175.000 Euro im Jahr.', conditions: [{ blockType: 'income', match: ['none', 'low', 'middle', 'high'] }] },
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
        members: [{ role: 'adult', age: 39, residenceStatus: 'german' }, { role: 'adult', age: 38, residenceStatus: 'german' }, { role: 'child', age: 0.5 }],
      },
      expected: 'no',
    },
    {
      name: 'Mutter mit Baby (3 Monate), Einkommen nicht angegeben',
      household: {
        version: 1,
        members: [{ role: 'adult', age: 30, residenceStatus: 'eu' }, { role: 'child', age: 0.25 }],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
