import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: hamm.de „Offene Ganztagsschulen (OGS)“ (alle Grundschulen und Förderschulen außer der Alfred-Delp-Schule,
// tägliche Teilnahme bis mindestens 15 Uhr, Aufnahme durch die Schulleitung, einkommensabhängiger Beitrag plus Mittagessen);
// § 24 Abs. 4 SGB VIII in der ab 01.08.2026 geltenden Fassung (Ganztagsförderungsgesetz: Anspruch ab Klasse 1,
// jährlich um eine Klassenstufe erweitert, 8 Stunden an 5 Werktagen); lippewelle.de (Rechtsanspruch ab Schuljahr 2026/27).
export default {
  title: 'Offene Ganztagsschule (OGS) in der Grundschule',
  slug: 'ganztag-grundschule',
  summary:
    'An allen Grundschulen in Hamm gibt es den Offenen Ganztag: Mittagessen, Hausaufgabenzeit, Spiel und Förderung bis in den Nachmittag. Ab dem Schuljahr 2026/27 haben Kinder der ersten Klasse ein Recht auf einen Ganztagsplatz.',
  summaryLeichteSprache:
    'Ihr Kind geht zur Grundschule? Dann kann es nach dem Unterricht in der Schule bleiben. Es gibt Essen, Hilfe bei den Hausaufgaben und Spiele. Das heißt Offener Ganztag. Melden Sie Ihr Kind in der Schule an.',
  kind: 'betreuung',
  body: [
    'Alle Grundschulen in Hamm und fast alle Förderschulen bieten die Offene Ganztagsschule (OGS) an. Nach dem Unterricht essen die Kinder gemeinsam zu Mittag, machen ihre Hausaufgaben und nehmen an Spiel-, Sport- und Förderangeboten teil. Feste Gruppen und Bezugspersonen geben Sicherheit.',
    'Die Teilnahme ist freiwillig. Wenn Sie Ihr Kind anmelden, gilt die Anmeldung für ein ganzes Schuljahr, und Ihr Kind nimmt an jedem Schultag bis mindestens 15 Uhr teil. Das Angebot führen freie Träger an den Schulen durch; über die Aufnahme entscheidet die Schulleitung.',
    'Neu ab dem Schuljahr 2026/27: Kinder der ersten Klasse haben einen Rechtsanspruch auf Ganztagsbetreuung an fünf Tagen in der Woche, acht Stunden am Tag einschließlich Unterricht – auch in einem Teil der Ferien. Der Anspruch wächst jedes Jahr um eine Klassenstufe, bis ab August 2029 alle Grundschulkinder ihn haben.',
    'An den Schulen mit dem Kommunalen Unterstützungssystem (KUS) ist die Betreuung Teil eines größeren Angebots mit pädagogischer Unterstützung für Kinder und Familien.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['schulkind'],
  eligibilitySummary:
    'Kinder, die eine Grundschule oder Förderschule in Hamm besuchen. Bis Juli 2026 je nach freien Plätzen; ab dem Schuljahr 2026/27 Rechtsanspruch für Kinder der ersten Klasse, danach jedes Jahr für eine weitere Klassenstufe.',
  kontakte: ['jugendamt-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm (Schulträger) mit freien Trägern der Jugendhilfe an den Schulen',
  costs:
    'Sie zahlen einen monatlichen Elternbeitrag, der sich nach Ihrem Einkommen richtet und für das ganze Schuljahr (1. August bis 31. Juli) gilt. Das Jugendamt setzt ihn fest. Familien mit kleinem Einkommen zahlen nichts, Geschwisterkinder in Kita, Tagespflege oder OGS sind beitragsfrei. Das Mittagessen kostet extra – mit der YouCardHamm (Bildung und Teilhabe) ist es kostenlos.',
  steps: [
    'Sprechen Sie die Schule Ihres Kindes an – am besten schon bei der Anmeldung zur ersten Klasse.',
    'Füllen Sie den Anmeldebogen für die OGS aus. Die Schulleitung entscheidet über die Aufnahme und gibt die Anmeldung an das Jugendamt weiter.',
    'Das Jugendamt bittet Sie um eine Selbsteinschätzung Ihres Einkommens und schickt Ihnen den Beitragsbescheid.',
    'Klären Sie mit der OGS das Mittagessen. Haben Sie eine YouCardHamm, ist es für Ihr Kind kostenlos.',
  ],
  documents: [
    'Anmeldebogen der Schule für die Offene Ganztagsschule',
    'Selbsteinschätzung zum Elterneinkommen (Formular des Jugendamts)',
    'Bescheid über Bildung und Teilhabe (YouCardHamm), falls vorhanden',
  ],
  legalBasis: '§ 24 Abs. 4 SGB VIII (ab 1. August 2026); Schulgesetz NRW; Elternbeitragssatzung der Stadt Hamm',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__24.html',
  synonyms:
    'OGS, Offene Ganztagsschule, Offener Ganztag, Ganztag, Ganztagsbetreuung, Nachmittagsbetreuung, Übermittagbetreuung, Hausaufgabenbetreuung, Rechtsanspruch Ganztag, Hort, Grundschule',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'child',
      minAge: 5,
      maxAge: 12,
      activities: ['grundschule', 'foerderschule'],
      reason: 'Ihr Kind geht in eine Grund- oder Förderschule – dort gibt es in Hamm den Offenen Ganztag.',
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Grundschulkind (7)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 38 },
          { role: 'child', age: 7, activity: 'grundschule', name: 'Ela' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit Kita-Kind (3)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 30 },
          { role: 'child', age: 3, activity: 'kita' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie in Hamm mit Kind (8), Schule nicht angegeben',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 41 },
          { role: 'child', age: 8 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Grundschulkind (9), Familie wohnt nicht in Hamm',
      household: {
        version: 1,
        livesInHamm: false,
        members: [
          { role: 'adult', age: 40 },
          { role: 'child', age: 9, activity: 'grundschule' },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
