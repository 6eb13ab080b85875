import { rules, type Leaf } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: SGB II in der Fassung des Dreizehnten Gesetzes zur Änderung des SGB II (Gesetz vom 16.04.2026, BGBl. 2026 I Nr. 107;
// Gesetzentwurf BT-Drs. 21/3541, bundestag.de hib 15/2026 „Aus dem Bürgergeld wird das Grundsicherungsgeld“; Bundestag beschlossen
// am 05.03.2026, zdfheute.de/finanznachrichten.de 05.03.2026; überwiegend in Kraft seit 01.07.2026): Name „Grundsicherungsgeld“,
// §§ 7, 19, 20, 22 SGB II (https://www.gesetze-im-internet.de/sgb_2/), § 12 Abs. 2 SGB II n. F. (Vermögensfreibeträge nach Alter,
// keine Karenzzeit mehr), § 3a (Vorrang der Vermittlung), § 10 (Zumutbarkeit für Eltern ab dem 14. Lebensmonat des Kindes),
// §§ 7b, 31a, 32 (Minderungen, Nichterreichbarkeit nach drei versäumten Terminen); dass der neue Name geltendes Recht ist, zeigt
// auch § 7 Abs. 1 Nr. 1 WoGG (https://www.gesetze-im-internet.de/wogg/__7.html: „Grundsicherungsgeld nach dem Zweiten Buch“).
// Regelbedarfe 2026 unverändert (Nullrunde): bmas.de FAQ Regelbedarfsstufen-Fortschreibungsverordnung; für 2027 kündigt das BMAS
// eine gesetzliche Neuermittlung an (epd/evangelisch.de 10.09.2025) – Beträge ab 01.01.2027 lagen uns nicht vor.
// Ukraine: Leistungsrechtsanpassungsgesetz (Kabinett 19.11.2025, sgb2.info FAQ „Rechtskreiswechsel“, bundes-sgk.de; erste Lesung
// 15.01.2026, taz.de; Stellungnahme Bundesrat 30.01.2026, frnrw.de) – nach unserem letzten Stand (Sommer 2026) noch nicht beschlossen.
// Hamm ist Optionskommune: Kommunales Jobcenter Hamm.

/** Residence statuses with which Grundsicherungsgeld is open (simplified: the kind of residence permit is not asked). */
const settledResidence: NonNullable<Extract<Leaf, { blockType: 'adult' }>['residence']> = [
  'german',
  'eu',
  'residence-permit',
  'recognised-refugee',
]

export default {
  title: 'Grundsicherungsgeld (bisher Bürgergeld)',
  slug: 'buergergeld',
  summary:
    'Seit Juli 2026 heißt das Bürgergeld Grundsicherungsgeld. Es sichert den Lebensunterhalt, wenn Einkommen und Vermögen nicht reichen – für erwerbsfähige Erwachsene und ihre Kinder: Regelbedarf, Miete und Heizung. In Hamm ist das Kommunale Jobcenter zuständig.',
  summaryLeichteSprache:
    'Sie haben kein Geld zum Leben. Oder Sie verdienen zu wenig. Dann gibt es Grundsicherungsgeld. Früher hieß es Bürgergeld. Das Geld ist für Essen, Kleidung und die Miete. Sie stellen einen Antrag beim Jobcenter.',
  kind: 'geldleistung',
  body: [
    'Grundsicherungsgeld ist die Grundsicherung für Arbeitsuchende nach dem Zweiten Buch Sozialgesetzbuch. Bis Juni 2026 hieß diese Leistung Bürgergeld; seit dem 1. Juli 2026 gilt der neue Name. Wer schon Bürgergeld bekommen hat, muss keinen neuen Antrag stellen. In manchen Briefen steht noch das alte Wort.',
    'Grundsicherungsgeld bekommen Menschen zwischen 15 Jahren und dem Rentenalter, die arbeiten können, aber ihren Lebensunterhalt nicht aus eigenem Einkommen oder Vermögen decken. Kinder und andere Angehörige in der Bedarfsgemeinschaft sind mit abgesichert. Auch wer arbeitet und zu wenig verdient, kann ergänzend Grundsicherungsgeld bekommen („Aufstocken“).',
    'Die Leistung besteht aus dem Regelbedarf für den Alltag, den angemessenen Kosten für Miete und Heizung und – wenn sie zutreffen – Mehrbedarfen, zum Beispiel für Alleinerziehende oder in der Schwangerschaft. Kinder haben zusätzlich Anspruch auf Bildung und Teilhabe. Die Regelbedarfe sind 2026 gegenüber 2025 unverändert. Für 2027 werden sie gesetzlich neu festgelegt; die Beträge ab Januar 2027 nennt Ihnen das Jobcenter.',
    'Mit der Reform gelten strengere Regeln: Eine Schonfrist für Erspartes gibt es nicht mehr – das Vermögen wird gleich beim Antrag geprüft, frei bleibt je Person ein Betrag, der nach dem Alter gestaffelt ist. Eine zu teure Wohnung wird auch im ersten Jahr nur bis zum Anderthalbfachen der angemessenen Miete bezahlt. Die Vermittlung in Arbeit hat Vorrang. Eltern kann das Jobcenter Arbeit oder einen Kurs schon zumuten, wenn ihr Kind 14 Monate alt ist und die Betreuung gesichert ist. Wer Pflichten verletzt, dem wird die Leistung für drei Monate um 30 Prozent gekürzt; wer drei Termine hintereinander versäumt, verliert die Leistung ganz, bis er sich wieder meldet.',
    'Vorrang haben andere Leistungen: Prüfen Sie, ob Kinderzuschlag und Wohngeld für Sie reichen. Für Geflüchtete aus der Ukraine berät der Bundestag ein Gesetz, nach dem Menschen, deren Aufenthaltserlaubnis erstmals nach dem 31. März 2025 erteilt wurde, Asylbewerberleistungen statt Grundsicherungsgeld bekommen sollen. Nach unserem letzten Stand (Sommer 2026) war es noch nicht beschlossen – das Jobcenter sagt Ihnen, was heute für Sie gilt. Hamm ist eine Optionskommune: Das Kommunale Jobcenter Hamm gehört zur Stadt.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['wenig-geld', 'alleinerziehend'],
  kontakte: ['kommunales-jobcenter-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Kommunales Jobcenter Hamm (KJC)',
  eligibilitySummary:
    'Für erwerbsfähige Erwachsene unter dem Rentenalter, die ihren Lebensunterhalt und den ihrer Familie nicht decken können, und für ihre Kinder. Ohne deutschen Pass brauchen Sie ein Aufenthaltsrecht; Menschen im Asylverfahren und mit Duldung bekommen stattdessen Asylbewerberleistungen. Der Situations-Finder zeigt Grundsicherungsgeld ohne Erwerbseinkommen als passend und bei geringem Einkommen als „vielleicht“. Haben Sie vorübergehenden Schutz (zum Beispiel aus der Ukraine), zeigt er es nur als „vielleicht“, weil es auch davon abhängt, wann Ihre Aufenthaltserlaubnis erteilt wurde. Vereinfacht: Vermögen, andere Einkünfte wie Arbeitslosengeld oder Unterhalt, die Art Ihrer Aufenthaltserlaubnis und die Erwerbsfähigkeit prüft der Situations-Finder nicht.',
  amount: {
    kind: 'computed',
    period: 'month',
    calculator: 'grundsicherung',
    source:
      '§§ 11b, 20–22, 72 SGB II; Regelbedarfe 2026 wie 2025 (563, 506, 451, 471, 390, 357 Euro); Miete und Heizung im ersten Jahr in tatsächlicher Höhe (§ 22 Abs. 1 SGB II)',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs:
    'Regelbedarfe 2026 pro Monat: 563 Euro für Alleinstehende und Alleinerziehende, 506 Euro je Partner, 451 Euro für Erwachsene unter 25 im Haushalt der Eltern, 471 Euro für Jugendliche von 14 bis 17, 390 Euro für Kinder von 6 bis 13, 357 Euro für Kinder bis 5 Jahre. Dazu kommen angemessene Miete und Heizung und gegebenenfalls Mehrbedarfe. Vermögen bleibt je Person nach Alter gestaffelt bis zu einem Freibetrag zwischen 5.000 und 20.000 Euro frei. Der Antrag ist kostenlos.',
  steps: [
    'Stellen Sie den Antrag beim Kommunalen Jobcenter Hamm. Grundsicherungsgeld gibt es ab dem Ersten des Monats, in dem Sie den Antrag stellen – ein formloser Antrag wahrt die Frist.',
    'Füllen Sie den Hauptantrag und die Anlagen aus und reichen Sie die Nachweise ein, auch über Ihr Vermögen.',
    'Sprechen Sie mit Ihrer Ansprechperson im Jobcenter über Arbeit, Ausbildung und Kinderbetreuung. Nehmen Sie Termine wahr oder sagen Sie sie mit Grund ab – sonst wird die Leistung gekürzt.',
    'Stellen Sie rechtzeitig vor Ende des Bewilligungszeitraums einen Weiterbewilligungsantrag.',
  ],
  documents: [
    'Personalausweis oder Pass, ohne deutschen Pass Ihr Aufenthaltstitel',
    'Mietvertrag und Nachweise über Neben- und Heizkosten',
    'Kontoauszüge der letzten Monate',
    'Einkommensnachweise (Lohn, Kindergeld, Unterhalt, andere Leistungen)',
    'Nachweise über Vermögen (Konten, Sparverträge, Wertpapiere)',
  ],
  deadline: 'Ab dem Ersten des Monats, in dem Sie den Antrag stellen – ein formloser Antrag wahrt die Frist.',
  importance: 'high',
  legalBasis:
    'Zweites Buch Sozialgesetzbuch (SGB II) in der Fassung des Dreizehnten SGB-II-Änderungsgesetzes vom 16.04.2026 (BGBl. 2026 I Nr. 107), insbesondere §§ 7, 10, 12, 19, 20, 22, 31a und 32 SGB II',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_2/__7.html',
  synonyms:
    'Grundsicherungsgeld, Bürgergeld, Grundsicherung, Neue Grundsicherung, Grundsicherung für Arbeitsuchende, Hartz IV, Arbeitslosengeld II, ALG 2, Sozialgeld, Jobcenter, KJC, Aufstocken, Regelsatz, Regelbedarf, Schonvermögen',
  benefit: 'buergergeld',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          maxAge: 67,
          residence: settledResidence,
          reason: 'In Ihrem Haushalt lebt eine erwachsene Person im erwerbsfähigen Alter mit passendem Aufenthaltsstatus.',
        },
        {
          blockType: 'all',
          conditions: [
            { blockType: 'adult', maxAge: 67, residence: ['temporary-protection'] },
            {
              blockType: 'proviso',
              text: 'Ihr Aufenthaltsrecht Grundsicherungsgeld öffnet – bei vorübergehendem Schutz aus der Ukraine hängt das auch davon ab, wann Ihre Aufenthaltserlaubnis erteilt wurde',
            },
          ],
        },
      ],
    },
    {
      blockType: 'all',
      reason: 'Sie haben kein Einkommen aus Arbeit.',
      conditions: [{ blockType: 'income', match: ['none'], borderline: ['low'] }],
    },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende ohne Erwerbseinkommen mit Kind (3)',
      household: {
        version: 1,
        income: 'none',
        singleParent: true,
        members: [
          { role: 'adult', age: 27, residenceStatus: 'german', employment: 'unemployed' },
          { role: 'child', age: 3 },
        ],
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
        members: [
          { role: 'adult', age: 36, residenceStatus: 'german' },
          { role: 'adult', age: 36, residenceStatus: 'german' },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie im Asylverfahren ohne Einkommen',
      household: {
        version: 1,
        income: 'none',
        members: [
          { role: 'adult', age: 32, residenceStatus: 'asylum-seeker' },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Mutter aus der Ukraine (vorübergehender Schutz) ohne Einkommen, Kind (7)',
      household: {
        version: 1,
        income: 'none',
        singleParent: true,
        members: [
          { role: 'adult', age: 34, residenceStatus: 'temporary-protection', employment: 'unemployed' },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
