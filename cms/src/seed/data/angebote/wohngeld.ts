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
  title: 'Wohngeld',
  slug: 'wohngeld',
  summary:
    'Wohngeld ist ein Zuschuss zur Miete oder – bei Eigentum – zu den Wohnkosten für Haushalte mit kleinem Einkommen. Gerade Familien mit Kindern haben oft Anspruch, ohne es zu wissen. In Hamm beantragen Sie es bei der Wohngeldstelle der Stadt.',
  summaryLeichteSprache:
    'Ihre Miete ist hoch. Sie verdienen wenig Geld. Dann gibt es vielleicht Wohngeld. Das ist Geld für die Miete. Sie stellen einen Antrag bei der Stadt Hamm.',
  kind: 'geldleistung',
  body: [
    'Wohngeld hilft, eine angemessene Wohnung bezahlen zu können. Mieterinnen und Mieter bekommen einen Mietzuschuss, Eigentümerinnen und Eigentümer, die selbst in ihrem Haus oder ihrer Wohnung leben, einen Lastenzuschuss. Auf Wohngeld haben Sie einen Rechtsanspruch, wenn die Voraussetzungen erfüllt sind.',
    'Wie viel Sie bekommen, hängt von drei Dingen ab: wie viele Menschen in Ihrem Haushalt leben, wie hoch das Einkommen aller Haushaltsmitglieder ist und wie hoch die Miete oder Belastung ist. Ein Teil der Heizkosten ist eingerechnet. Zum 1. Januar 2025 wurde das Wohngeld erhöht; die nächste Anpassung ist für 2027 vorgesehen.',
    'Wer Bürgergeld, Sozialhilfe oder Leistungen nach dem Asylbewerberleistungsgesetz bekommt, bekommt dort schon die Wohnkosten und in der Regel kein Wohngeld. Oft ist Wohngeld – zusammen mit dem Kinderzuschlag – aber die bessere Lösung, wenn Sie arbeiten. Lassen Sie das prüfen.',
    'Mit dem Wohngeldbescheid haben Ihre Kinder Anspruch auf Bildung und Teilhabe (YouCardHamm), Sie zahlen keine Kita-Beiträge, und Sie können das Deutschlandticket Sozial nutzen.',
  ],
  handlungsfelder: ['wohnen-wohnumfeld-und-mobilitaet'],
  lebenslagen: ['wenig-geld', 'alleinerziehend', 'neu-in-hamm'],
  kontakte: ['wohngeldstelle-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm – Amt für Soziales, Wohnen und Pflege, Sachgebiet Wohngeld',
  eligibilitySummary:
    'Für Mieterinnen, Mieter und selbst nutzende Eigentümer, deren Einkommen für die Wohnkosten nicht reicht, die aber ihren Lebensunterhalt sonst selbst decken. Ausgeschlossen ist, wer Bürgergeld, Sozialhilfe oder Asylbewerberleistungen mit Wohnkosten bekommt. Der Situations-Finder zeigt Wohngeld bei geringem Einkommen als passend, bei mittlerem Einkommen und ohne Erwerbseinkommen (zum Beispiel mit Rente, Arbeitslosengeld oder Unterhalt) als „vielleicht“. Ohne deutschen Pass brauchen Sie ein Aufenthaltsrecht. Vereinfacht: Miete, Haushaltsgröße und genaues Einkommen entscheiden; der Wohngeldrechner gibt eine erste Schätzung.',
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
  legalBasis: 'Wohngeldgesetz (WoGG), insbesondere §§ 3, 4 und 7 WoGG',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/wogg/__3.html',
  synonyms: 'Wohngeld, Mietzuschuss, Lastenzuschuss, Wohngeld Plus, Zuschuss zur Miete, Miete zu hoch, Wohngeldrechner, Wohngeldstelle Hamm',
  rules: rules([
    { blockType: 'adult', residence: settledResidence },
    { blockType: 'all', reason: 'Ihr Einkommen ist gering – Wohngeld kann die Miete bezahlbar machen.', conditions: [{ blockType: 'income', match: ['low'], borderline: ['none', 'middle'] }] },
    // Whoever receives Bürgergeld, Sozialhilfe or AsylbLG has the rent paid there (§ 7 Abs. 1 WoGG).
    { blockType: 'not', conditions: [{ blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe', 'asylbewerberleistungen'] }] },
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
        members: [{ role: 'adult', age: 39, residenceStatus: 'residence-permit' }, { role: 'child', age: 8 }, { role: 'child', age: 13 }],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar mit hohem Einkommen',
      household: {
        version: 1,
        income: 'high',
        members: [{ role: 'adult', age: 46, residenceStatus: 'german' }, { role: 'adult', age: 45, residenceStatus: 'german' }, { role: 'child', age: 15 }],
      },
      expected: 'no',
    },
    {
      name: 'Familie im Asylverfahren mit geringem Einkommen',
      household: {
        version: 1,
        income: 'low',
        members: [{ role: 'adult', age: 30, residenceStatus: 'asylum-seeker' }, { role: 'child', age: 3 }],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
