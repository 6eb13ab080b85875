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
  title: 'Bürgergeld (Grundsicherung für Arbeitsuchende)',
  slug: 'buergergeld',
  summary:
    'Bürgergeld sichert den Lebensunterhalt, wenn Einkommen und Vermögen nicht reichen – für erwerbsfähige Erwachsene und ihre Kinder. Es deckt den Regelbedarf, die Miete und Heizung. In Hamm ist das Kommunale Jobcenter zuständig.',
  summaryLeichteSprache:
    'Sie haben kein Geld zum Leben. Oder Sie verdienen zu wenig. Dann gibt es Bürgergeld. Das Geld ist für Essen, Kleidung und die Miete. Sie stellen einen Antrag beim Jobcenter.',
  kind: 'geldleistung',
  body: [
    'Bürgergeld bekommen Menschen zwischen 15 Jahren und dem Rentenalter, die arbeiten können, aber ihren Lebensunterhalt nicht aus eigenem Einkommen oder Vermögen decken. Kinder und andere Angehörige in der Bedarfsgemeinschaft sind mit abgesichert. Auch wer arbeitet und zu wenig verdient, kann ergänzend Bürgergeld bekommen („Aufstocken“).',
    'Das Bürgergeld besteht aus dem Regelbedarf für den Alltag, den angemessenen Kosten für Miete und Heizung und – wenn sie zutreffen – Mehrbedarfen, zum Beispiel für Alleinerziehende oder in der Schwangerschaft. Kinder haben zusätzlich Anspruch auf Bildung und Teilhabe. Die Regelbedarfe sind 2026 gegenüber 2025 unverändert.',
    'Vorrang haben andere Leistungen: Prüfen Sie, ob Kinderzuschlag und Wohngeld für Sie reichen. Das Jobcenter unterstützt Sie außerdem bei der Suche nach Arbeit oder Ausbildung, bei Qualifizierung und Kinderbetreuung.',
    'Hamm ist eine Optionskommune: Das Kommunale Jobcenter Hamm gehört zur Stadt. Die Bundesregierung hat eine Reform zur „Neuen Grundsicherung“ auf den Weg gebracht; Name und einzelne Regeln können sich dadurch ändern. Das Jobcenter informiert Sie über den aktuellen Stand.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['wenig-geld', 'alleinerziehend'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Kommunales Jobcenter Hamm (KJC)',
  eligibilitySummary:
    'Für erwerbsfähige Erwachsene unter dem Rentenalter, die ihren Lebensunterhalt und den ihrer Familie nicht decken können, und für ihre Kinder. Ohne deutschen Pass brauchen Sie ein Aufenthaltsrecht; Menschen im Asylverfahren und mit Duldung bekommen stattdessen Asylbewerberleistungen. Nach dem Leistungsrechtsanpassungsgesetz sollen auch Geflüchtete aus der Ukraine, die seit dem 1. April 2025 angekommen sind, Asylbewerberleistungen statt Bürgergeld bekommen – das Jobcenter sagt Ihnen, was für Sie gilt. Der Situations-Finder zeigt Bürgergeld ohne Erwerbseinkommen als passend und bei geringem Einkommen als „vielleicht“. Vereinfacht: Vermögen, andere Einkünfte wie Arbeitslosengeld oder Unterhalt und die Erwerbsfähigkeit prüft der Situations-Finder nicht.',
  costs:
    'Regelbedarfe 2026 pro Monat: 563 Euro für Alleinstehende und Alleinerziehende, 506 Euro je Partner, 451 Euro für Erwachsene unter 25 im Haushalt der Eltern, 471 Euro für Jugendliche von 14 bis 17, 390 Euro für Kinder von 6 bis 13, 357 Euro für Kinder bis 5 Jahre. Dazu kommen angemessene Miete und Heizung und gegebenenfalls Mehrbedarfe. Der Antrag ist kostenlos.',
  steps: [
    'Stellen Sie den Antrag beim Kommunalen Jobcenter Hamm. Bürgergeld gibt es ab dem Ersten des Monats, in dem Sie den Antrag stellen – ein formloser Antrag wahrt die Frist.',
    'Füllen Sie den Hauptantrag und die Anlagen aus und reichen Sie die Nachweise ein.',
    'Sprechen Sie mit Ihrer Ansprechperson im Jobcenter über Arbeit, Ausbildung und Kinderbetreuung.',
    'Stellen Sie rechtzeitig vor Ende des Bewilligungszeitraums einen Weiterbewilligungsantrag.',
  ],
  documents: [
    'Personalausweis oder Pass, ohne deutschen Pass Ihr Aufenthaltstitel',
    'Mietvertrag und Nachweise über Neben- und Heizkosten',
    'Kontoauszüge der letzten Monate',
    'Einkommensnachweise (Lohn, Kindergeld, Unterhalt, andere Leistungen)',
    'Nachweise über Vermögen',
  ],
  legalBasis: 'Zweites Buch Sozialgesetzbuch (SGB II), insbesondere §§ 7, 19, 20 und 22 SGB II',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_2/__7.html',
  synonyms: 'Bürgergeld, Grundsicherung, Neue Grundsicherung, Hartz IV, Arbeitslosengeld II, ALG 2, Sozialgeld, Jobcenter, KJC, Aufstocken, Regelsatz, Regelbedarf',
  rules: rules([
    { blockType: 'all', reason: 'In Ihrem Haushalt lebt eine erwachsene Person im erwerbsfähigen Alter mit passendem Aufenthaltsstatus.', conditions: [{ blockType: 'adult', maxAge: 67, residence: settledResidence }] },
    { blockType: 'all', reason: 'Sie haben kein Einkommen aus Arbeit.', conditions: [{ blockType: 'income', match: ['none'], borderline: ['low'] }] },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende ohne Erwerbseinkommen mit Kind (3)',
      household: {
        version: 1,
        income: 'none',
        singleParent: true,
        members: [{ role: 'adult', age: 27, residenceStatus: 'german', employment: 'unemployed' }, { role: 'child', age: 3 }],
      },
      expected: 'yes',
    },
    {
      name: 'Paar mit Kind, geringes Einkommen (Aufstocken)',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 41, residenceStatus: 'recognised-refugee', employment: 'employed' },
          { role: 'adult', age: 38, residenceStatus: 'recognised-refugee', employment: 'homemaker' },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit Kind, mittleres Einkommen',
      household: {
        version: 1,
        income: 'middle',
        members: [{ role: 'adult', age: 36, residenceStatus: 'german' }, { role: 'adult', age: 36, residenceStatus: 'german' }, { role: 'child', age: 6 }],
      },
      expected: 'no',
    },
    {
      name: 'Familie im Asylverfahren ohne Einkommen',
      household: {
        version: 1,
        income: 'none',
        members: [{ role: 'adult', age: 32, residenceStatus: 'asylum-seeker' }, { role: 'child', age: 5 }],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
