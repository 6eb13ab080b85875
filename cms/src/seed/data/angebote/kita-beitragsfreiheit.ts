import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 50 KiBiz NRW (beitragsfrei ab dem Kita-Jahr, in dem das Kind bis 30.09. vier wird, bis zur Einschulung);
// § 90 Abs. 4 SGB VIII (kein Beitrag bei Bürgergeld, Sozialhilfe, AsylbLG, Kinderzuschlag, Wohngeld);
// hamm.de „Elternbeiträge“ und „Kosten der Betreuung“ (nur für ein Kind ein Beitrag, Geschwister frei; Selbsteinschätzung);
// lippewelle.de / wa.de 2021 (Beitragsfreigrenze in Hamm auf 25.000 Euro Jahreseinkommen angehoben);
// hamm.de Kosten der Betreuung (maßgeblich ist das im Einkommensteuerbescheid festgesetzte zu versteuernde Einkommen des Kalenderjahres):
// https://www.hamm.de/gesellschaft-soziales-gesundheit/kinder/tagesbetreuung-fuer-kinder/kosten-der-betreuung
export default {
  title: 'Beitragsfreiheit in Kita und Kindertagespflege',
  slug: 'kita-beitragsfreiheit',
  summary:
    'In NRW sind die letzten beiden Kita-Jahre vor der Schule beitragsfrei. In Hamm zahlen Sie außerdem nur für ein Kind. Mit Grundsicherungsgeld (bisher Bürgergeld), Wohngeld, Kinderzuschlag, Sozialhilfe oder Asylbewerberleistungen und bei kleinem Einkommen zahlen Sie keinen Beitrag.',
  summaryLeichteSprache:
    'Für die Kita müssen Eltern oft Geld bezahlen. Manche Familien müssen nichts bezahlen. Zum Beispiel: Ihr Kind ist in den letzten 2 Jahren vor der Schule. Oder Sie bekommen Wohngeld oder Grundsicherungsgeld (bisher Bürgergeld). Oder Sie haben wenig Geld.',
  kind: 'geldleistung',
  body: [
    'Für Kita und Kindertagespflege erhebt das Jugendamt Hamm einen Elternbeitrag. Er hängt vom Einkommen der Familie, von der Betreuungszeit und vom Alter des Kindes ab. Es gibt aber mehrere Wege, ganz ohne Beitrag auszukommen.',
    'Die letzten beiden Kita-Jahre vor der Einschulung sind in ganz Nordrhein-Westfalen beitragsfrei. Genauer: Wird Ihr Kind bis zum 30. September vier Jahre alt, zahlen Sie ab dem 1. August desselben Jahres bis zur Einschulung nichts mehr. Das gilt in der Kita und in der Kindertagespflege.',
    'In Hamm zahlen Familien höchstens für ein Kind. Für alle Geschwisterkinder in Kita, Kindertagespflege oder Offener Ganztagsschule fällt kein weiterer Beitrag an. Familien mit kleinem Einkommen sind ganz befreit – die Grenze steht in der Elternbeitragssatzung; mit der Satzung von 2021 hat die Stadt sie auf 25.000 Euro im Jahr angehoben. Maßgeblich ist das „zu versteuernde Einkommen“ der Eltern im Kalenderjahr, wie es im Einkommensteuerbescheid steht – nicht das Brutto- oder Nettoeinkommen. Zu Beginn schätzen Sie es selbst ein; am Ende der Betreuung wird der Beitrag nach dem Bescheid endgültig festgesetzt.',
    'Bekommen Sie oder Ihr Kind Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Leistungen nach dem Asylbewerberleistungsgesetz, Kinderzuschlag oder Wohngeld, wird nach dem Bundesgesetz kein Beitrag erhoben. Dafür reicht ein Antrag mit dem Bescheid.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['kleinkind', 'wenig-geld'],
  eligibilitySummary:
    'Familien in Hamm mit einem Kind in Kita oder Kindertagespflege, wenn (a) das Kind bis zum 30. September vier Jahre alt geworden ist – dann ab dem 1. August dieses Jahres bis zur Einschulung (wer erst im Oktober oder später vier wird, zahlt bis zum nächsten 1. August), (b) die Familie Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld bekommt, (c) das Einkommen unter der Beitragsfreigrenze der Hammer Satzung liegt oder (d) für Geschwisterkinder, solange schon für ein Kind bezahlt wird.',
  kontakte: ['jugendamt-hamm'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm (Elternbeiträge)',
  costs:
    'Die Befreiung selbst kostet nichts. Das Mittagessen in der Kita ist vom Elternbeitrag getrennt und muss meist weiter bezahlt werden – außer Sie bekommen es über Bildung und Teilhabe (YouCardHamm).',
  steps: [
    'Die Beitragsfreiheit in den letzten beiden Kita-Jahren und für Geschwisterkinder berücksichtigt das Jugendamt von sich aus. Prüfen Sie Ihren Beitragsbescheid.',
    'Geben Sie zu Beginn der Betreuung die Selbsteinschätzung zu Ihrem Einkommen beim Jugendamt ab. Liegt Ihr Einkommen unter der Freigrenze, wird kein Beitrag festgesetzt.',
    'Bekommen Sie Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld oder Kinderzuschlag? Schicken Sie dem Jugendamt einen formlosen Antrag mit einer Kopie Ihres aktuellen Bescheids.',
    'Ändert sich Ihr Einkommen, teilen Sie das dem Jugendamt mit. Der Beitrag wird dann angepasst.',
  ],
  documents: [
    'Selbsteinschätzung zum Elterneinkommen (Formular des Jugendamts)',
    'Aktueller Bescheid über Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld oder Kinderzuschlag (falls vorhanden)',
    'Später: Einkommensteuerbescheid oder andere Einkommensnachweise für die endgültige Festsetzung',
  ],
  legalBasis: '§ 50 Kinderbildungsgesetz NRW (KiBiz); § 90 Abs. 4 SGB VIII; Elternbeitragssatzung der Stadt Hamm',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__90.html',
  synonyms:
    'Beitragsfreiheit, beitragsfrei, Kita-Gebühren, Kitagebühren, Elternbeitrag, Kita-Beitrag, Beitragsbefreiung, Geschwisterkind, letztes Kita-Jahr, Vorschuljahr, kostenlose Kita, Befreiung Elternbeitrag',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          minAgeByCutoff: 4,
          maxAge: 8,
          activities: ['kita', 'kindertagespflege'],
          reason:
            'Ihr Kind ist bis zum 30. September vier Jahre alt geworden. Ab dem 1. August dieses Jahres bis zur Einschulung ist die Kita in NRW beitragsfrei.',
        },
        {
          blockType: 'all',
          conditions: [
            { blockType: 'child', maxAge: 7, activities: ['kita', 'kindertagespflege'] },
            {
              blockType: 'any',
              conditions: [
                {
                  blockType: 'receives',
                  benefits: ['buergergeld', 'sozialhilfe', 'asylbewerberleistungen', 'kinderzuschlag', 'wohngeld'],
                  reason:
                    'Wer Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld bekommt, zahlt keinen Kita-Beitrag.',
                },
                {
                  blockType: 'income',
                  match: ['none'],
                  borderline: ['low'],
                  reason:
                    'Ohne eigenes Erwerbseinkommen liegen Familien in der Regel unter der Beitragsfreigrenze der Stadt Hamm und zahlen keinen Kita-Beitrag.',
                },
              ],
            },
          ],
        },
        {
          blockType: 'child',
          maxAge: 7,
          activities: ['kita', 'kindertagespflege'],
          count: 2,
          reason: 'Mehrere Kinder aus Ihrer Familie werden betreut. In Hamm zahlen Sie nur für ein Kind – Geschwisterkinder sind beitragsfrei.',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Kind wurde im Oktober 4 (4 Jahre 1 Monat), Kita, Hamm, mittleres Einkommen',
      household: {
        version: 1,
        referenceDate: '2026-12-15',
        livesInHamm: true,
        income: 'high',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 35, residenceStatus: 'german' },
          { role: 'adult', age: 36, residenceStatus: 'german' },
          { role: 'child', age: 4 + 1 / 12, activity: 'kita' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Kind wurde im Mai 4 (4 Jahre 6 Monate), Kita, Hamm, mittleres Einkommen',
      household: {
        version: 1,
        referenceDate: '2026-11-21',
        livesInHamm: true,
        income: 'middle',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 35, residenceStatus: 'german' },
          { role: 'child', age: 4.5, activity: 'kita' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Kind „4 Jahre“ ohne Monate, Kita, Hamm, mittleres Einkommen',
      household: {
        version: 1,
        referenceDate: '2026-11-21',
        livesInHamm: true,
        income: 'middle',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 35, residenceStatus: 'german' },
          { role: 'child', age: 4, activity: 'kita' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Kind (5) in der Kita, Hamm, mittleres Einkommen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'middle',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 35, residenceStatus: 'german' },
          { role: 'adult', age: 36, residenceStatus: 'german' },
          { role: 'child', age: 5, activity: 'kita', name: 'Jonas' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Kind (2) in der Kita, Familie bekommt Wohngeld, Hamm',
      household: {
        version: 1,
        livesInHamm: true,
        receives: ['wohngeld', 'kindergeld'],
        members: [
          { role: 'adult', age: 29 },
          { role: 'child', age: 2, activity: 'kita' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Kind (2) in der Kita, hohes Einkommen, keine Sozialleistungen, Hamm',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'high',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 38, residenceStatus: 'german', employment: 'employed' },
          { role: 'adult', age: 37, residenceStatus: 'german', employment: 'employed' },
          { role: 'child', age: 2, activity: 'kita' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Kind (2) in der Kita, Einkommen und Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 31 },
          { role: 'child', age: 2, activity: 'kita' },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
