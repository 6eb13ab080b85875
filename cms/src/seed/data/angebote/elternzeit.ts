import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Elternzeit',
  slug: 'elternzeit',
  summary:
    'Als Arbeitnehmerin oder Arbeitnehmer können Sie sich nach der Geburt bis zu drei Jahre pro Kind von der Arbeit freistellen lassen – ganz oder in Teilzeit. Ihr Arbeitsplatz bleibt Ihnen erhalten, und Sie sind in dieser Zeit besonders vor Kündigung geschützt.',
  summaryLeichteSprache:
    'Sie haben ein Kind. Sie arbeiten bei einer Firma. Dann dürfen Sie eine Pause machen. Die Pause heißt Elternzeit. Sie dürfen bis zu 3 Jahre zu Hause bleiben. Danach bekommen Sie Ihre Arbeit zurück.',
  kind: 'service',
  body: [
    'Elternzeit ist ein Recht: Ihr Arbeitgeber muss Sie freistellen, wenn Sie die Elternzeit rechtzeitig schriftlich anmelden. Sie bekommen in dieser Zeit keinen Lohn, können aber Elterngeld bekommen. Nach der Elternzeit kehren Sie an Ihren Arbeitsplatz oder auf eine gleichwertige Stelle zurück.',
    'Jeder Elternteil kann bis zu drei Jahre Elternzeit pro Kind nehmen, bis zum 8. Geburtstag des Kindes. Bis zu 24 Monate davon dürfen zwischen dem 3. und dem 8. Geburtstag liegen. Beide Eltern können gleichzeitig in Elternzeit gehen. Die Elternzeit können Sie in bis zu drei Abschnitte je Elternteil aufteilen.',
    'Während der Elternzeit dürfen Sie bis zu 32 Stunden pro Woche arbeiten. In Betrieben mit mehr als 15 Beschäftigten haben Sie unter bestimmten Bedingungen einen Anspruch auf Teilzeit. Ab der Anmeldung – frühestens acht Wochen vor Beginn, für eine Elternzeit nach dem 3. Geburtstag frühestens 14 Wochen vorher – dürfen Sie nicht gekündigt werden.',
    'Elternzeit gibt es für Angestellte, Auszubildende und Menschen in Minijobs. Auch für Adoptivkinder, Pflegekinder und Kinder des Partners, die bei Ihnen leben, ist sie möglich. Selbstständige haben keinen Anspruch auf Elternzeit, können aber Elterngeld bekommen.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'schulkind'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Ihr Arbeitgeber (Anmeldung); Beratung im Familienrathaus Hamm',
  eligibilitySummary:
    'Für Eltern in einem Arbeits- oder Ausbildungsverhältnis (auch Minijob), die mit ihrem Kind unter 8 Jahren zusammenleben und es selbst betreuen. Der Situations-Finder zeigt die Elternzeit auch schon in der Schwangerschaft, damit Sie rechtzeitig planen. Selbstständige haben keinen Anspruch. Vereinfacht: Der Situations-Finder prüft nicht, wie viel Elternzeit Sie für ein Kind schon genommen haben.',
  costs: 'Die Elternzeit selbst ist unbezahlt; Sie können in dieser Zeit Elterngeld bekommen. Die Anmeldung kostet nichts.',
  steps: [
    'Entscheiden Sie, wer wann Elternzeit nimmt. Stimmen Sie das mit Ihrem Elterngeld-Plan ab.',
    'Melden Sie die Elternzeit schriftlich mit Unterschrift bei Ihrem Arbeitgeber an: spätestens sieben Wochen vor Beginn, wenn sie vor dem 3. Geburtstag liegt, sonst spätestens 13 Wochen vorher. Eine E-Mail reicht nicht.',
    'Legen Sie in der Anmeldung fest, für welche Zeiträume Sie in den ersten zwei Lebensjahren Elternzeit nehmen.',
    'Wenn Sie in Teilzeit weiterarbeiten möchten, beantragen Sie das zusammen mit der Elternzeit.',
  ],
  documents: ['Schriftliche Anmeldung mit Ihrer Unterschrift', 'Geburtsurkunde des Kindes (auf Nachfrage des Arbeitgebers)'],
  deadline: 'Beim Arbeitgeber schriftlich anmelden: spätestens 7 Wochen vor Beginn (nach dem 3. Geburtstag 13 Wochen).',
  importance: 'high',
  legalBasis: '§§ 15–21 Bundeselterngeld- und Elternzeitgesetz (BEEG)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/beeg/__15.html',
  synonyms: 'Elternzeit, Erziehungsurlaub, Babypause, Elternzeit anmelden, Teilzeit in Elternzeit, Kündigungsschutz Elternzeit',
  rules: rules([
    {
      blockType: 'all',
      reason: 'Sie sind angestellt oder in Ausbildung – dann haben Sie ein Recht auf Elternzeit.',
      conditions: [{ blockType: 'adult', employment: ['employed', 'trainee', 'parental-leave'] }],
    },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'child', maxAge: 8, relations: ['own', 'adopted', 'foster', 'step', 'grandchild'] },
        { blockType: 'adult', pregnant: true },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Angestellter Vater mit Kind (2)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 36, employment: 'employed' },
          { role: 'adult', age: 34, employment: 'homemaker' },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Angestellte Schwangere ohne weitere Kinder',
      household: { version: 1, members: [{ role: 'adult', age: 29, employment: 'employed', pregnant: true, dueInWeeks: 15 }] },
      expected: 'yes',
    },
    {
      name: 'Selbstständige Mutter mit Kind (1)',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 37, employment: 'self-employed', pregnant: false },
          { role: 'child', age: 1 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Angestellte mit Kind (9)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 41, employment: 'employed', pregnant: false },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
