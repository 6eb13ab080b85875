import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: BAföG in der Fassung zuletzt geändert durch Gesetz vom 16.04.2026 (BGBl. 2026 I Nr. 107), https://www.gesetze-im-internet.de/baf_g/:
// § 13 Abs. 1 Nr. 2 (Grundbedarf Studierende 475 Euro), § 13 Abs. 2 (Wohnpauschale 380 Euro, bei den Eltern 59 Euro), § 13a
// (Kranken- und Pflegeversicherungszuschlag 102 und 35 Euro), § 14b (Kinderbetreuungszuschlag), § 17 (Zuschuss und Darlehen), § 10 Abs. 3
// (Altersgrenze 45); Beträge seit 29. BAföG-Änderungsgesetz (WS 2024/25, Höchstsatz 992 Euro: hartmannbund.de, bafoeg-rechner.de).
// Für das WS 2026/27 keine Erhöhung: Der Entwurf eines 30. BAföG-Änderungsgesetzes (Kabinett 12.08.2026) sieht die Wohnpauschale von 440 Euro
// erst zum Sommersemester 2027 (1. April 2027) und höhere Bedarfssätze in zwei Schritten vor; Stand Oktober 2026 nicht beschlossen
// (Rechtsrecherche mit Wortlaut § 13 Abs. 2 Nr. 2 „monatlich 380 Euro“, Abruf 03.10.2026). Koalitionsvertrag 2025 Z. 2445 ff. hatte
// 440 Euro zum WS 2026/27 angekündigt (bafoeg-rechner.de, stuttgarter-zeitung.de).

export default {
  title: 'BAföG (Ausbildungsförderung für Studium und Schule)',
  slug: 'bafoeg',
  summary:
    'BAföG hilft, ein Studium oder bestimmte schulische Ausbildungen zu bezahlen, wenn das Geld der Eltern und das eigene nicht reichen. Studierende bekommen die Hälfte geschenkt und die andere Hälfte als zinsloses Darlehen, Schülerinnen und Schüler alles als Zuschuss.',
  summaryLeichteSprache:
    'Sie studieren. Oder Sie gehen auf eine bestimmte Schule. Ihre Eltern haben nicht viel Geld. Dann gibt es BAföG. Das ist Geld für Ihr Leben und Ihre Ausbildung. Einen Teil müssen Studierende später zurückzahlen.',
  kind: 'geldleistung',
  body: [
    'Mit dem BAföG soll niemand aus Geldgründen auf ein Studium oder eine schulische Ausbildung verzichten müssen. Es deckt einen Grundbedarf und eine Pauschale fürs Wohnen (2026: 475 und 380 Euro im Monat), bei eigener Kranken- und Pflegeversicherung auch Zuschläge dafür. Für eigene Kinder unter 14 Jahren gibt es einen Kinderbetreuungszuschlag.',
    'Auf den Bedarf werden das eigene Einkommen und Vermögen sowie das Einkommen der Eltern (und eines Ehepartners) angerechnet – jeweils nach Freibeträgen. Auch wenn Ihre Eltern gut verdienen, lohnt sich oft ein Antrag, denn es bleibt häufig ein Teilbetrag. Ein Minijob ist anrechnungsfrei.',
    'Studierende bekommen BAföG zur Hälfte als Zuschuss und zur Hälfte als zinsloses Staatsdarlehen, dessen Rückzahlung gedeckelt ist. Schülerinnen und Schüler – zum Beispiel an Fachschulen, Berufsfachschulen mit Berufsabschluss oder Abendschulen, in manchen Fällen auch am Gymnasium, wenn sie nicht bei den Eltern wohnen – bekommen einen Zuschuss, den sie nicht zurückzahlen.',
    'Zuständig für Studierende ist das Studierendenwerk der Hochschule, für die Hochschule Hamm-Lippstadt das Studierendenwerk Paderborn. Für Schülerinnen und Schüler, deren Eltern in Hamm wohnen, ist das Amt für Ausbildungsförderung der Stadt Hamm zuständig.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung'],
  lebenslagen: ['jugendliche-beruf', 'wenig-geld'],
  kontakte: ['jugendberufsagentur-hamm'],
  erklaervideos: [],
  provider: 'Studierendenwerk der Hochschule (Studium); Amt für Ausbildungsförderung der Stadt Hamm (Schüler-BAföG)',
  eligibilitySummary:
    'Für Studierende und für Schülerinnen und Schüler förderfähiger Schulen, die beim Beginn des Studiums in der Regel jünger als 45 Jahre sind und deren eigenes Geld und das der Eltern nicht reicht. Der Situations-Finder zeigt BAföG bei studierenden Kindern (auch ausgezogenen) und studierenden Erwachsenen: ohne oder mit geringem Einkommen als passend, bei mittlerem oder hohem Einkommen als „vielleicht“, denn oft bleibt ein Teilbetrag. Vereinfacht: Schüler-BAföG hängt von Schulart und Wohnsituation ab und wird vom Situations-Finder nicht angezeigt; Aufenthaltsstatus und Vermögen werden nicht geprüft.',
  costs:
    'Im Wintersemester 2026/27 gelten unverändert die Sätze seit 2024: Der Förderungshöchstsatz für Studierende mit eigener Wohnung liegt bei 992 Euro im Monat (Grundbedarf 475 Euro, Wohnpauschale 380 Euro, bis zu 102 Euro für die Krankenversicherung und 35 Euro für die Pflegeversicherung, wenn Sie selbst versichert sind). Wer bei den Eltern wohnt, bekommt 59 Euro Wohnpauschale. Eine Erhöhung der Wohnpauschale auf 440 Euro ab April 2027 plant die Bundesregierung; beschlossen war sie bei unserer Prüfung (Herbst 2026) noch nicht. Der Antrag ist kostenlos.',
  applyUrl: 'https://www.bafoeg-digital.de',
  steps: [
    'Stellen Sie den Antrag möglichst schon vor Beginn des Studiums oder des Schuljahres. BAföG gibt es frühestens ab dem Monat, in dem der Antrag eingeht – ein Antrag ohne alle Unterlagen wahrt die Frist.',
    'Studierende stellen den Antrag online über BAföG Digital beim Studierendenwerk ihrer Hochschule; Schülerinnen und Schüler beim Amt für Ausbildungsförderung am Wohnort der Eltern.',
    'Ihre Eltern füllen die Formblätter zu ihrem Einkommen aus.',
    'Stellen Sie jedes Jahr rechtzeitig einen Folgeantrag.',
  ],
  documents: [
    'Immatrikulationsbescheinigung oder Schulbescheinigung',
    'Einkommensnachweise der Eltern (meist Steuerbescheid des vorletzten Jahres)',
    'Nachweise über eigenes Einkommen und Vermögen',
    'Mietvertrag, wenn Sie nicht bei den Eltern wohnen',
    'Nachweis über die Krankenversicherung',
  ],
  legalBasis: 'Bundesausbildungsförderungsgesetz (BAföG), insbesondere §§ 1, 2, 10, 11–14b und 17 BAföG',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/baf_g/__1.html',
  synonyms:
    'BAföG, Bafög, Studienfinanzierung, Schüler-BAföG, Studierendenwerk, Ausbildungsförderung, BAföG Digital, Studium Geld, BAföG Höchstsatz, Wohnpauschale, BAföG 2026',
  benefit: 'bafoeg',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', minAge: 16, activities: ['studium'], includeMovedOut: true },
        // BAföG is applied for before the studies begin (§§ 1, 11, 46 BAföG).
        { blockType: 'child', minAge: 17, startingStudies: true, includeMovedOut: true },
        { blockType: 'adult', employment: ['student'], maxAge: 45 },
      ],
    },
    { blockType: 'income', match: ['none', 'low'], borderline: ['middle', 'high'] },
  ]),
  testFamilies: [
    {
      name: 'Familie mit geringem Einkommen, Tochter (20) studiert auswärts',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 49, employment: 'employed' },
          { role: 'child', age: 20, activity: 'studium', livesInHousehold: false },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit mittlerem Einkommen, Sohn (19) studiert und wohnt zu Hause',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 52, employment: 'employed' },
          { role: 'adult', age: 50, employment: 'employed' },
          { role: 'child', age: 19, activity: 'studium' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie mit sehr hohem Einkommen, Kind (21) studiert',
      household: {
        version: 1,
        income: 'very-high',
        members: [
          { role: 'adult', age: 55, employment: 'self-employed' },
          { role: 'child', age: 21, activity: 'studium' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit geringem Einkommen, Kind (16) am Gymnasium',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 44, employment: 'employed' },
          { role: 'child', age: 16, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
