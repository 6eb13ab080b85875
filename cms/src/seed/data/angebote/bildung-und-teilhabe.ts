import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: §§ 28, 29 SGB II (https://www.gesetze-im-internet.de/sgb_2/__28.html: Ausflüge und Klassenfahrten in tatsächlicher Höhe,
// persönlicher Schulbedarf in zwei Teilbeträgen zum 1. August und 1. Februar, fortgeschrieben mit dem Regelbedarf, Schülerbeförderung,
// Lernförderung, gemeinschaftliches Mittagessen ohne Eigenanteil, Teilhabe 15 Euro monatlich für unter 18-Jährige; Bildungsleistungen für
// Schülerinnen und Schüler unter 25 ohne Ausbildungsvergütung); § 6b BKGG (Wohngeld, Kinderzuschlag); § 34 SGB XII; §§ 2, 3 Abs. 4 AsylbLG.
// Schulbedarf 2026 unverändert 130 Euro (1. Schulhalbjahr) und 65 Euro (2. Schulhalbjahr), weil die Regelbedarfe 2026 nicht stiegen
// (stuttgarter-zeitung.de 06.03.2026 nach Angaben der Bundesregierung; murrhardter-zeitung.de; deutschlandfunk.de 27.08.2025: 130 + 65 Euro).
// Für 2027 kündigt das BMAS eine gesetzliche Neuermittlung der Regelbedarfe an (epd/evangelisch.de 10.09.2025); der Teilbetrag zum
// 1. Februar 2027 kann sich dadurch ändern. Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz,
// BGBl. 2026 I Nr. 107). YouCardHamm: hamm.de (Familienkommune 2024, Seeds).

export default {
  title: 'Bildung und Teilhabe mit der YouCardHamm',
  slug: 'bildung-und-teilhabe',
  summary:
    'Mittagessen, Ausflüge, Schulsachen, Nachhilfe oder der Sportverein: Kinder aus Familien mit Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen bekommen dafür Hilfe. In Hamm nutzen Sie diese Leistungen mit der YouCardHamm.',
  summaryLeichteSprache:
    'Ihre Familie hat wenig Geld. Sie bekommen zum Beispiel Wohngeld oder Grundsicherungsgeld (früher Bürgergeld). Dann bekommen Ihre Kinder Hilfe. Zum Beispiel Geld für das Mittagessen in der Schule. Oder für den Sportverein. In Hamm gibt es dafür die YouCardHamm.',
  kind: 'geldleistung',
  body: [
    'Alle Kinder sollen mitmachen können – in der Kita, in der Schule und in der Freizeit. Dafür gibt es das Bildungs- und Teilhabepaket, kurz BuT.',
    'Anspruch haben Kinder und Jugendliche unter 18 Jahren und junge Erwachsene unter 25 Jahren, die noch eine allgemein- oder berufsbildende Schule besuchen, wenn ihre Familie Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz bekommt. Wer schon eine Ausbildungsvergütung bekommt, hat keinen Anspruch auf die Leistungen für die Schule. Für Verein, Musikschule oder Freizeiten gilt die Grenze von 18 Jahren.',
    'Bezahlt werden zum Beispiel: Ausflüge und Klassenfahrten, der persönliche Schulbedarf, die Fahrt zur Schule, Lernförderung, das gemeinsame Mittagessen in Kita, Kindertagespflege und Schule sowie Beiträge für Sport, Musik oder Kultur. Für den Schulbedarf gibt es im Schuljahr 2026/27 zum 1. August 2026 130 Euro und zum 1. Februar 2027 einen zweiten Teilbetrag – 2026 waren es 65 Euro; weil die Regelbedarfe für 2027 neu festgelegt werden, kann sich dieser Betrag noch ändern.',
    'In Hamm bekommen Sie die bewilligten Leistungen mit der YouCardHamm. So können Ihre Kinder die Angebote einfach nutzen, ohne dass Sie jedes Mal Papiere ausfüllen müssen.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'familienfreundliches-sport-freizeit-und-kulturangebot'],
  lebenslagen: ['wenig-geld', 'schulkind', 'kleinkind', 'jugendliche-beruf'],
  kontakte: ['kommunales-jobcenter-hamm', 'familienrathaus'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider: 'Stadt Hamm und Kommunales Jobcenter Hamm',
  eligibilitySummary:
    'Für Kinder unter 18 Jahren und für junge Menschen von 18 bis 24 Jahren, die noch zur Schule gehen und keine Ausbildungsvergütung bekommen, wenn die Familie Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen bekommt. Der Zuschuss für Verein, Musik oder Kultur gilt nur bis zum 18. Geburtstag. Haben Sie keine dieser Leistungen angegeben, könnten aber eine davon bekommen, zeigt der Situations-Finder das Angebot als „vielleicht“. Vereinfacht: Der Situations-Finder nimmt jeden Besuch eines Berufskollegs als Schulbesuch, auch wenn er Teil einer bezahlten Ausbildung ist.',
  costs:
    'Für Sie kostenlos. Persönlicher Schulbedarf: 130 Euro zum 1. August 2026 und ein zweiter Teilbetrag zum 1. Februar 2027 (Stand 2026: 65 Euro). Das gemeinsame Mittagessen in Kita, Kindertagespflege und Schule wird ganz übernommen, für Verein, Musikschule oder Kultur gibt es 15 Euro im Monat. Ausflüge und Klassenfahrten werden in tatsächlicher Höhe bezahlt, die Fahrt zur Schule und Lernförderung, soweit nötig.',
  steps: [
    'Den Antrag stellen Sie bei der Stelle, die Ihnen auch Ihre andere Leistung zahlt – zum Beispiel beim Kommunalen Jobcenter Hamm, wenn Sie Grundsicherungsgeld bekommen. Den Schulbedarf zahlt das Jobcenter meist ohne eigenen Antrag; ab 15 Jahren braucht es eine Schulbescheinigung. Wenn Sie Wohngeld oder Kinderzuschlag bekommen, ist die Stadt Hamm zuständig.',
    'Legen Sie Ihren aktuellen Bescheid (zum Beispiel Wohngeld- oder Kinderzuschlagsbescheid) und, wenn nötig, Nachweise der Schule oder Kita vor.',
    'Mit der Bewilligung bekommt Ihr Kind die YouCardHamm. Damit werden Mittagessen, Vereinsbeitrag und andere Leistungen direkt abgerechnet.',
    'Fragen? Im Familienrathaus hilft man Ihnen weiter.',
  ],
  documents: [
    'Aktueller Bescheid über Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen',
    'Für Schülerinnen und Schüler ab 15 Jahren: Schulbescheinigung',
    'Bei Lernförderung: Bestätigung der Schule',
    'Bei Klassenfahrten und Ausflügen: Bestätigung der Schule oder Kita über die Kosten',
  ],
  importance: 'high',
  legalBasis:
    '§§ 28, 29 SGB II (persönlicher Schulbedarf: § 28 Abs. 3 SGB II); § 6b Bundeskindergeldgesetz (BKGG); § 34 SGB XII; § 3 Abs. 4 AsylbLG',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_2/__28.html',
  synonyms:
    'Bildung und Teilhabe, BuT, Bildungspaket, YouCardHamm, YouCard, Schulbedarf, Schulstarterpaket, Schulbedarfspaket, 130 Euro Schule, Mittagessen, Klassenfahrt, Nachhilfe, Lernförderung, Sportverein, Teilhabe',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 18 },
        { blockType: 'child', minAge: 18, maxAge: 25, activities: ['weiterfuehrende-schule', 'foerderschule', 'berufskolleg'] },
      ],
    },
    { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe', 'wohngeld', 'kinderzuschlag', 'asylbewerberleistungen'] },
  ]),
  testFamilies: [
    {
      name: 'Familie mit Wohngeld und Kind (9)',
      household: {
        version: 1,
        receives: ['wohngeld', 'kindergeld'],
        members: [
          { role: 'adult', age: 38 },
          { role: 'child', age: 9, activity: 'grundschule' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar mit geringem Einkommen und Kind (7), noch ohne Leistungen',
      household: {
        version: 1,
        income: 'low',
        receives: [],
        members: [
          { role: 'adult', age: 35, residenceStatus: 'german' },
          { role: 'adult', age: 34, residenceStatus: 'german' },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit hohem Einkommen und Kind (10)',
      household: {
        version: 1,
        income: 'high',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 45, residenceStatus: 'german' },
          { role: 'adult', age: 43, residenceStatus: 'german' },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Bürgergeld, Sohn (22) in Ausbildung',
      household: {
        version: 1,
        receives: ['buergergeld'],
        members: [
          { role: 'adult', age: 50 },
          { role: 'child', age: 22, activity: 'ausbildung' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Kinderzuschlag, Tochter (19) am Berufskolleg',
      household: {
        version: 1,
        receives: ['kinderzuschlag', 'kindergeld'],
        members: [
          { role: 'adult', age: 47 },
          { role: 'child', age: 19, activity: 'berufskolleg' },
        ],
      },
      expected: 'yes',
    },
  ],
} satisfies SeedAngebot
