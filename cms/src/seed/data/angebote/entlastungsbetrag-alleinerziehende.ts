import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Entlastungsbetrag für Alleinerziehende (Steuerklasse II)',
  slug: 'entlastungsbetrag-alleinerziehende',
  summary:
    'Alleinerziehende zahlen weniger Steuern: Der Entlastungsbetrag von 4.260 Euro im Jahr – plus 240 Euro für jedes weitere Kind – bleibt steuerfrei. Als Arbeitnehmerin oder Arbeitnehmer bekommen Sie ihn über die Steuerklasse II schon mit jedem Lohn.',
  summaryLeichteSprache:
    'Sie leben allein mit Ihrem Kind. Sie arbeiten und zahlen Steuern. Dann zahlen Sie weniger Steuern. Dafür gibt es die Steuerklasse 2. Das Finanzamt hilft Ihnen.',
  kind: 'geldleistung',
  body: [
    'Alleinerziehende haben höhere Kosten, weil sie den Haushalt allein führen. Deshalb ziehen sie einen Entlastungsbetrag von ihrem Einkommen ab: 4.260 Euro im Jahr für das erste Kind und 240 Euro für jedes weitere Kind.',
    'Sie bekommen den Entlastungsbetrag, wenn mindestens ein Kind bei Ihnen gemeldet ist, für das Sie Kindergeld oder den Kinderfreibetrag bekommen, und wenn keine andere erwachsene Person mit Ihnen zusammen wirtschaftet. Ausnahme: volljährige Kinder, für die Sie noch Kindergeld bekommen. Zieht ein neuer Partner oder eine andere erwachsene Person bei Ihnen ein, entfällt der Anspruch ab diesem Monat.',
    'Wenn Sie angestellt sind, beantragen Sie beim Finanzamt die Steuerklasse II. Dann wird der Entlastungsbetrag jeden Monat beim Lohn berücksichtigt. Sie können ihn auch nachträglich in der Steuererklärung geltend machen.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['alleinerziehend'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Finanzamt Hamm',
  eligibilitySummary:
    'Für Alleinerziehende mit eigenem steuerpflichtigem Einkommen, bei denen mindestens ein Kind gemeldet ist, für das sie Kindergeld oder den Kinderfreibetrag bekommen (unter 18 Jahren oder bis 25 Jahre in Schule, Ausbildung oder Studium), und die mit keiner anderen erwachsenen Person einen gemeinsamen Haushalt führen. Ohne Einkommen bringt der Betrag nichts. Vereinfacht: Der Situations-Finder nimmt die Angabe „alleinerziehend“ als Zeichen, dass keine andere erwachsene Person mit Ihnen wirtschaftet.',
  costs:
    'Steuerfreier Betrag von 4.260 Euro im Jahr, für jedes weitere Kind zusätzlich 240 Euro. Wie viel Steuern Sie sparen, hängt von Ihrem Steuersatz ab. Der Antrag ist kostenlos.',
  applyUrl: 'https://www.elster.de',
  steps: [
    'Angestellt: Beantragen Sie beim Finanzamt Hamm den Wechsel in die Steuerklasse II, online über ELSTER oder mit dem Formular „Antrag auf Lohnsteuer-Ermäßigung“.',
    'Geben Sie in der Einkommensteuererklärung in der Anlage Kind an, dass Sie alleinerziehend sind.',
    'Melden Sie dem Finanzamt, wenn eine andere erwachsene Person bei Ihnen einzieht.',
  ],
  documents: ['Steuer-Identifikationsnummer von Ihnen und Ihren Kindern', 'Angaben zum Kindergeld'],
  legalBasis: '§ 24b Einkommensteuergesetz (EStG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/estg/__24b.html',
  synonyms:
    'Entlastungsbetrag, Alleinerziehendenentlastungsbetrag, Steuerklasse 2, Steuerklasse II, alleinerziehend Steuern, Single-Mama Steuer',
  rules: rules([
    { blockType: 'household', singleParent: true },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 18 },
        {
          blockType: 'child',
          minAge: 18,
          maxAge: 25,
          activities: ['weiterfuehrende-schule', 'foerderschule', 'berufskolleg', 'ausbildung', 'studium', 'freiwilligendienst'],
        },
      ],
    },
    {
      blockType: 'all',
      reason: 'Sie haben ein eigenes Einkommen, auf das Steuern anfallen können.',
      conditions: [{ blockType: 'income', match: ['low', 'middle', 'high', 'very-high'] }],
    },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende Angestellte mit Kind (7), mittleres Einkommen',
      household: {
        version: 1,
        singleParent: true,
        income: 'middle',
        members: [
          { role: 'adult', age: 36, employment: 'employed' },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar mit Kind (5)',
      household: {
        version: 1,
        singleParent: false,
        income: 'middle',
        members: [
          { role: 'adult', age: 35 },
          { role: 'adult', age: 35 },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehende ohne Einkommen mit Kind (2)',
      household: {
        version: 1,
        singleParent: true,
        income: 'none',
        members: [
          { role: 'adult', age: 24 },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehender mit Kind (11), Einkommen nicht angegeben',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 42 },
          { role: 'child', age: 11 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
