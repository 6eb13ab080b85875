import { rules, type Leaf } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Wohngeldgesetz in der Fassung zuletzt geändert durch Art. 11 Abs. 8 G v. 16.4.2026 I Nr. 107 (gesetze-im-internet.de/wogg):
// § 3 Abs. 5 WoGG (https://www.gesetze-im-internet.de/wogg/__3.html: wohngeldberechtigt sind ausländische Personen u. a. mit Aufenthaltsrecht
// nach FreizügG/EU, Aufenthaltstitel oder Duldung, Aufenthaltsgestattung; in der Regel nicht bei Titeln zur Ausbildungsplatz- oder
// Arbeitsplatzsuche, Chancenkarte, studienbezogenem Praktikum, Europäischem Freiwilligendienst); § 7 Abs. 1 WoGG
// (https://www.gesetze-im-internet.de/wogg/__7.html: Ausschluss bei Grundsicherungsgeld, Sozialhilfe, Grundleistungen und Leistungen in
// besonderen Fällen nach dem AsylbLG, wenn Kosten der Unterkunft berücksichtigt sind); § 20 Abs. 2 WoGG
// (https://www.gesetze-im-internet.de/wogg/__20.html: kein Wohngeld, wenn allen Haushaltsmitgliedern BAföG oder Berufsausbildungsbeihilfe
// dem Grunde nach zusteht, außer bei reinen Darlehen); §§ 4, 19 WoGG; Erhöhung zum 01.01.2025 (Wohngeld-Plus-Fortschreibung).

/** Everybody with one of these statuses can be wohngeldberechtigt (§ 3 Abs. 5 WoGG); the status must be given for a "yes". */
const anyResidence: NonNullable<Extract<Leaf, { blockType: 'adult' }>['residence']> = [
  'german',
  'eu',
  'residence-permit',
  'recognised-refugee',
  'temporary-protection',
  'asylum-seeker',
  'tolerated',
]

export default {
  title: 'Wohngeld',
  slug: 'wohngeld',
  summary:
    'Wohngeld ist ein Zuschuss zur Miete oder – bei Eigentum – zu den Wohnkosten für Haushalte mit kleinem Einkommen. Gerade Familien mit Kindern haben oft Anspruch, ohne es zu wissen. In Hamm beantragen Sie es bei der Wohngeldstelle der Stadt.',
  summaryLeichteSprache:
    'Ihre Miete ist hoch. Sie verdienen wenig Geld. Dann gibt es vielleicht Wohngeld. Das ist Geld für die Miete. Sie stellen einen Antrag bei der Stadt Hamm.',
  kind: 'geldleistung',
  body: [
    'Wohngeld hilft, eine angemessene Wohnung bezahlen zu können. Mieterinnen und Mieter bekommen einen Mietzuschuss, Eigentümerinnen und Eigentümer, die selbst in ihrem Haus oder ihrer Wohnung leben, einen Lastenzuschuss. Auf Wohngeld haben Sie einen Rechtsanspruch, wenn die Voraussetzungen erfüllt sind.',
    'Wie viel Sie bekommen, hängt von drei Dingen ab: wie viele Menschen in Ihrem Haushalt leben, wie hoch das Einkommen aller Haushaltsmitglieder ist und wie hoch die Miete oder Belastung ist. Ein Teil der Heizkosten ist eingerechnet. Zum 1. Januar 2025 wurde das Wohngeld erhöht; die nächste Anpassung ist für 2027 vorgesehen. Wohngeld gibt es ab dem Monat, in dem Ihr Antrag eingeht, nicht rückwirkend (§ 25 Abs. 2 WoGG): Stellen Sie den Antrag also bald.',
    'Wer Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe oder Leistungen nach dem Asylbewerberleistungsgesetz bekommt, bekommt dort schon die Wohnkosten und deshalb kein Wohngeld. Oft ist Wohngeld – zusammen mit dem Kinderzuschlag – aber die bessere Lösung, wenn Sie arbeiten. Lassen Sie das prüfen. Auf die Staatsangehörigkeit kommt es nicht an: Auch mit Aufenthaltserlaubnis, Duldung oder Aufenthaltsgestattung können Sie Wohngeld bekommen, wenn Sie keine dieser Leistungen beziehen.',
    'Kein Wohngeld gibt es, wenn alle Personen im Haushalt studieren oder eine Ausbildung machen, für die es dem Grunde nach BAföG oder Berufsausbildungsbeihilfe gibt – zum Beispiel, wenn Sie allein wohnen und studieren oder wenn Sie und Ihr Partner beide studieren. Das gilt auch, wenn das BAföG wegen des Einkommens der Eltern nicht gezahlt wird. Lebt dagegen jemand im Haushalt, der nicht in einer solchen Ausbildung ist, zum Beispiel ein Kind, kann Wohngeld möglich sein.',
    'Mit dem Wohngeldbescheid haben Ihre Kinder Anspruch auf Bildung und Teilhabe (YouCardHamm), Sie zahlen keine Kita-Beiträge, und Sie können das Deutschlandticket Sozial nutzen.',
  ],
  handlungsfelder: ['wohnen-wohnumfeld-und-mobilitaet'],
  lebenslagen: ['wenig-geld', 'alleinerziehend', 'neu-in-hamm'],
  kontakte: ['wohngeldstelle-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Amt für Soziales, Wohnen und Pflege, Sachgebiet Wohngeld',
  eligibilitySummary:
    'Für Mieterinnen, Mieter und selbst nutzende Eigentümer, deren Einkommen für die Wohnkosten nicht reicht, die aber ihren Lebensunterhalt sonst selbst decken. Ausgeschlossen ist, wer Grundsicherungsgeld, Sozialhilfe oder Asylbewerberleistungen mit Wohnkosten bekommt, und ein Haushalt, in dem alle dem Grunde nach BAföG oder Berufsausbildungsbeihilfe bekommen könnten. Ohne deutschen Pass genügt ein Aufenthaltsrecht nach EU-Recht, ein Aufenthaltstitel, eine Duldung oder eine Aufenthaltsgestattung; bei Titeln nur zur Ausbildungs- oder Arbeitsplatzsuche (auch Chancenkarte) gibt es in der Regel kein Wohngeld. Der Situations-Finder zeigt Wohngeld bei geringem Einkommen als passend, bei mittlerem Einkommen und ohne Erwerbseinkommen (zum Beispiel mit Rente, Arbeitslosengeld oder Unterhalt) als „vielleicht“. Vereinfacht: Miete, Haushaltsgröße und genaues Einkommen entscheiden; der Wohngeldrechner gibt eine erste Schätzung. Die Art der Aufenthaltserlaubnis fragt der Situations-Finder nicht ab.',
  amount: {
    kind: 'computed',
    period: 'month',
    calculator: 'wohngeld',
    source: '§ 19 WoGG mit Anlagen 1–3 (Fassung ab 1.1.2025); Mietenstufe der Stadt Hamm: II',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs: 'Die Höhe wird individuell berechnet. Es gibt keine festen Beträge. Der Antrag ist kostenlos.',
  steps: [
    'Rechnen Sie mit dem Wohngeldrechner des Landes NRW aus, ob sich ein Antrag lohnt. Über den Rechner können Sie den Antrag auch online stellen.',
    'Oder stellen Sie den Antrag schriftlich bei der Wohngeldstelle der Stadt Hamm. Wohngeld gibt es ab dem Monat, in dem der Antrag eingeht – ein formloser Antrag reicht, um die Frist zu wahren.',
    'Reichen Sie die fehlenden Unterlagen nach, wenn die Wohngeldstelle Sie darum bittet.',
    'Wohngeld wird meist für zwölf Monate bewilligt. Stellen Sie rechtzeitig vorher einen Weiterleistungsantrag.',
  ],
  documents: [
    'Antragsformular (Mietzuschuss oder Lastenzuschuss)',
    'Mietvertrag und Vermieterbescheinigung (beim ersten Antrag und nach einem Umzug)',
    'Einkommensnachweise aller Haushaltsmitglieder',
    'Bei Zuzug von außerhalb: Bescheinigung der früheren Wohngeldstelle, wenn Sie dort Wohngeld bekommen haben',
    'Ohne deutschen Pass: Ihren Aufenthaltstitel',
  ],
  deadline: 'Ab dem Monat des Antrags, nicht rückwirkend: Stellen Sie den Antrag bald.',
  importance: 'high',
  legalBasis:
    'Wohngeldgesetz (WoGG), insbesondere § 3 Abs. 5 (ausländische Personen), §§ 4, 7 (Ausschluss bei Transferleistungen), § 20 Abs. 2 (BAföG, BAB), § 25 Abs. 2 WoGG (ab dem Antragsmonat)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/wogg/__3.html',
  synonyms: 'Wohngeld, Mietzuschuss, Lastenzuschuss, Wohngeld Plus, Zuschuss zur Miete, Miete zu hoch, Wohngeldrechner, Wohngeldstelle Hamm',
  benefit: 'wohngeld',
  rules: rules([
    // § 3 Abs. 5 WoGG: every status the finder knows can be wohngeldberechtigt, Duldung and Aufenthaltsgestattung included.
    { blockType: 'adult', residence: anyResidence },
    {
      blockType: 'all',
      reason: 'Ihr Einkommen ist gering – Wohngeld kann die Miete bezahlbar machen.',
      conditions: [{ blockType: 'income', match: ['low'], borderline: ['none', 'middle'] }],
    },
    // Whoever receives Grundsicherungsgeld, Sozialhilfe or AsylbLG has the rent paid there (§ 7 Abs. 1 WoGG).
    { blockType: 'not', conditions: [{ blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe', 'asylbewerberleistungen'] }] },
    // § 20 Abs. 2 WoGG: no Wohngeld when every member could get BAföG or BAB; someone outside such training must live in the household.
    {
      blockType: 'any',
      reason: 'In Ihrem Haushalt lebt jemand, der weder studiert noch eine Ausbildung macht.',
      conditions: [
        { blockType: 'adult', employment: ['employed', 'self-employed', 'unemployed', 'parental-leave', 'homemaker', 'retired'] },
        { blockType: 'child', maxAge: 15 },
        {
          blockType: 'child',
          activities: [
            'none',
            'kita',
            'kindertagespflege',
            'grundschule',
            'weiterfuehrende-schule',
            'foerderschule',
            'freiwilligendienst',
            'job-seeking',
            'working',
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Paar mit zwei Kindern, geringes Einkommen, keine anderen Leistungen',
      household: {
        version: 1,
        income: 'low',
        receives: [],
        members: [
          { role: 'adult', age: 37, residenceStatus: 'german', employment: 'employed' },
          { role: 'adult', age: 35, residenceStatus: 'german', employment: 'employed' },
          { role: 'child', age: 6 },
          { role: 'child', age: 11 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Alleinerziehende mit mittlerem Einkommen und zwei Kindern',
      household: {
        version: 1,
        income: 'middle',
        singleParent: true,
        members: [
          { role: 'adult', age: 39, residenceStatus: 'residence-permit' },
          { role: 'child', age: 8 },
          { role: 'child', age: 13 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit hohem Einkommen',
      household: {
        version: 1,
        income: 'high',
        members: [
          { role: 'adult', age: 46, residenceStatus: 'german' },
          { role: 'adult', age: 45, residenceStatus: 'german' },
          { role: 'child', age: 15 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie im Asylverfahren mit Asylbewerberleistungen und geringem Einkommen',
      household: {
        version: 1,
        income: 'low',
        receives: ['asylbewerberleistungen'],
        members: [
          { role: 'adult', age: 30, residenceStatus: 'asylum-seeker' },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Vater mit Duldung, arbeitet, geringes Einkommen, keine Asylbewerberleistungen',
      household: {
        version: 1,
        income: 'low',
        receives: [],
        members: [
          { role: 'adult', age: 38, residenceStatus: 'tolerated', employment: 'employed' },
          { role: 'child', age: 12 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie im Asylverfahren, Leistungen nicht angegeben',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 30, residenceStatus: 'asylum-seeker', employment: 'employed' },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Studierendes Paar ohne Kinder, geringes Einkommen',
      household: {
        version: 1,
        income: 'low',
        receives: [],
        members: [
          { role: 'adult', age: 22, residenceStatus: 'german', employment: 'student' },
          { role: 'adult', age: 23, residenceStatus: 'german', employment: 'student' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Studentin mit Kind (2), geringes Einkommen',
      household: {
        version: 1,
        income: 'low',
        singleParent: true,
        receives: [],
        members: [
          { role: 'adult', age: 24, residenceStatus: 'german', employment: 'student' },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'yes',
    },
  ],
} satisfies SeedAngebot
