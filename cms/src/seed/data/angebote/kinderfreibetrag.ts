import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Kinderfreibetrag (Freibeträge für Kinder in der Steuer)',
  slug: 'kinderfreibetrag',
  summary:
    'Für jedes Kind bleibt ein Teil Ihres Einkommens steuerfrei: 2026 sind es bis zu 9.756 Euro im Jahr. Das Finanzamt prüft in der Steuererklärung von selbst, ob der Freibetrag oder das Kindergeld für Sie günstiger ist.',
  summaryLeichteSprache:
    'Eltern zahlen weniger Steuern. Für jedes Kind ist ein Teil vom Geld steuerfrei. Das heißt Kinderfreibetrag. Das Finanzamt rechnet das aus. Dafür machen Sie eine Steuererklärung.',
  kind: 'geldleistung',
  body: [
    'Das Existenzminimum Ihres Kindes soll nicht besteuert werden. Dafür gibt es zwei Freibeträge: den Kinderfreibetrag für den Lebensunterhalt des Kindes und den Freibetrag für Betreuung, Erziehung und Ausbildung. Für 2026 betragen sie zusammen 9.756 Euro pro Kind und Jahr, wenn Eltern gemeinsam veranlagt werden. Jeder Elternteil hat Anspruch auf die Hälfte.',
    'Sie bekommen nicht beides voll: Kindergeld und Freibeträge werden miteinander verrechnet. In Ihrer Einkommensteuererklärung prüft das Finanzamt automatisch, was für Sie mehr bringt (Günstigerprüfung). Bei kleinen und mittleren Einkommen ist meist das Kindergeld günstiger. Ab einem höheren Einkommen sparen die Freibeträge mehr Steuern – dann bekommen Sie die Differenz über den Steuerbescheid.',
    'Die Freibeträge zählen auch sonst: Sie senken den Solidaritätszuschlag und die Kirchensteuer, und zwar schon beim monatlichen Lohn. Deshalb werden Kinder als Kinderfreibetragszähler in Ihren Lohnsteuerabzugsmerkmalen eingetragen.',
    'Die Freibeträge gibt es für dieselben Kinder wie das Kindergeld: bis 18 Jahre immer, danach bis 25 während Schule, Ausbildung, Studium oder Freiwilligendienst. Leben die Eltern getrennt, kann der Freibetrag für Betreuung, Erziehung und Ausbildung unter bestimmten Bedingungen auf den Elternteil übertragen werden, bei dem das Kind lebt.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['kleinkind', 'schulkind', 'jugendliche-beruf'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Finanzamt Hamm',
  eligibilitySummary:
    'Für Eltern, die Einkommensteuer zahlen, mit Kindern unter 18 Jahren oder mit 18- bis 24-jährigen Kindern in Schule, Ausbildung, Studium oder Freiwilligendienst. Spürbar mehr als das Kindergeld bringen die Freibeträge meist erst bei höherem Einkommen. Deshalb zeigt der Situations-Finder das Angebot bei einem zu versteuernden Haushaltseinkommen über 100.000 Euro als passend und bei mittlerem Einkommen als „vielleicht“. Die genaue Grenze hängt von Ihrem Steuersatz und der Zahl der Kinder ab.',
  costs:
    'Stand 2026: Kinderfreibetrag 6.828 Euro und Freibetrag für Betreuung, Erziehung und Ausbildung 2.928 Euro, zusammen 9.756 Euro pro Kind und Jahr (bei getrennter Veranlagung je Elternteil die Hälfte). Es gibt kein Geld aufs Konto; Sie zahlen weniger Steuern.',
  applyUrl: 'https://www.elster.de',
  steps: [
    'Geben Sie Ihre Kinder in der Einkommensteuererklärung an (Anlage Kind), am einfachsten online über ELSTER.',
    'Das Finanzamt Hamm vergleicht von selbst Kindergeld und Freibeträge und berechnet die günstigere Variante.',
    'Prüfen Sie in Ihrer Lohnsteuerbescheinigung oder bei ELSTER, ob die Kinderfreibetragszähler stimmen. Falsche Einträge ändert das Finanzamt.',
  ],
  documents: [
    'Steuer-Identifikationsnummern von Ihnen und Ihren Kindern',
    'Angaben zum gezahlten Kindergeld',
    'Bei Kindern ab 18: Nachweis über Schule, Ausbildung, Studium oder Freiwilligendienst',
  ],
  legalBasis: '§ 32 Abs. 6 und § 31 Einkommensteuergesetz (EStG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/estg/__32.html',
  synonyms:
    'Kinderfreibetrag, Freibetrag für Kinder, BEA-Freibetrag, Betreuungsfreibetrag, Günstigerprüfung, Steuer Kinder, Kinderfreibetragszähler, Steuererklärung Kinder',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 18, relations: ['own', 'adopted', 'foster', 'step', 'grandchild'] },
        {
          blockType: 'child',
          minAge: 18,
          maxAge: 25,
          activities: ['weiterfuehrende-schule', 'foerderschule', 'berufskolleg', 'ausbildung', 'studium', 'freiwilligendienst'],
          relations: ['own', 'adopted', 'foster', 'step', 'grandchild'],
          includeMovedOut: true,
        },
      ],
    },
    {
      blockType: 'all',
      reason: 'Bei Ihrem Einkommen sparen die Freibeträge mehr Steuern als das Kindergeld.',
      conditions: [{ blockType: 'income', match: ['high', 'very-high'], borderline: ['middle'] }],
    },
  ]),
  testFamilies: [
    {
      name: 'Paar mit hohem Einkommen und Kind (6)',
      household: {
        version: 1,
        income: 'high',
        members: [
          { role: 'adult', age: 41 },
          { role: 'adult', age: 40 },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar mit mittlerem Einkommen und Kind (10)',
      household: {
        version: 1,
        income: 'middle',
        members: [
          { role: 'adult', age: 38 },
          { role: 'adult', age: 36 },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Alleinerziehende mit geringem Einkommen und Kind (4)',
      household: {
        version: 1,
        income: 'low',
        singleParent: true,
        members: [
          { role: 'adult', age: 30 },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Paar ohne Kinder mit hohem Einkommen',
      household: {
        version: 1,
        income: 'high',
        members: [
          { role: 'adult', age: 45 },
          { role: 'adult', age: 44 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
