import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 24d SGB V (Hebammenhilfe während Schwangerschaft, Geburt und bis zwölf Wochen nach der Entbindung; weitergehende
// Leistungen auf ärztliche Anordnung); § 134a SGB V (Hebammenhilfevertrag); GKV-Spitzenverband „Hebammen und Geburtshäuser“;
// Verwaltungsportal Hessen / Service-BW „Hebammenhilfe“ (bis 10. Tag täglich, danach bis zu 16 Kontakte bis zur 12. Woche,
// Rückbildungsgymnastik, Stillberatung; Privatversicherte vorab mit der Versicherung klären).
export default {
  title: 'Hebammenhilfe in Schwangerschaft und Wochenbett',
  slug: 'hebammenhilfe',
  summary:
    'Eine Hebamme begleitet Sie in der Schwangerschaft, bei der Geburt und bis zwölf Wochen danach – auch zu Hause. Für gesetzlich Versicherte bezahlt die Krankenkasse. Suchen Sie früh eine Hebamme, am besten gleich nach dem positiven Test.',
  summaryLeichteSprache:
    'Sie sind schwanger? Oder Sie haben ein Baby bekommen? Dann hilft Ihnen eine Hebamme. Sie kommt auch zu Ihnen nach Hause. Die Krankenkasse bezahlt das. Suchen Sie früh eine Hebamme.',
  kind: 'gesundheit',
  body: [
    'Hebammen sind Fachleute für Schwangerschaft, Geburt und die erste Zeit mit dem Baby. In der Schwangerschaft beraten sie Sie, helfen bei Beschwerden, machen Vorsorgeuntersuchungen und bieten Geburtsvorbereitungskurse an.',
    'Nach der Geburt kommt die Hebamme zu Ihnen nach Hause. In den ersten zehn Tagen sind tägliche Besuche möglich, danach bis zur zwölften Woche noch bis zu 16 weitere Kontakte. Sie schaut, ob Mutter und Kind gesund sind, hilft beim Stillen und beantwortet Ihre Fragen. Bei Still- oder Ernährungsproblemen und mit ärztlicher Verordnung ist auch mehr Hilfe möglich. Dazu kommt ein Kurs zur Rückbildungsgymnastik.',
    'Hebammen sind gefragt. Suchen Sie deshalb möglichst früh in der Schwangerschaft. Wenn Sie keine Hebamme finden, helfen Ihnen Ihre Frauenärztin oder Ihr Frauenarzt, Ihre Krankenkasse und die Frühen Hilfen im Familienrathaus weiter.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['schwangerschaft-geburt'],
  eligibilitySummary:
    'Schwangere und Mütter bis zwölf Wochen nach der Geburt, die gesetzlich krankenversichert sind (Stillberatung und Hilfe bei Ernährungsproblemen auch danach). Kann die Mutter das Kind nicht versorgen, hat das Kind selbst Anspruch. Privat Versicherte klären die Kosten vorher mit ihrer Versicherung.',
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Freiberufliche Hebammen, Geburtskliniken und Geburtshäuser; Kostenträger ist die Krankenkasse',
  costs:
    'Für gesetzlich Versicherte kostenlos – die Hebamme rechnet direkt mit der Krankenkasse ab. Privat Versicherte bekommen eine Rechnung und sollten die Erstattung vorher mit ihrer Versicherung klären. Manche Kurse (zum Beispiel Babymassage) sind keine Kassenleistung.',
  steps: [
    'Suchen Sie eine Hebamme, sobald Sie von der Schwangerschaft wissen – zum Beispiel über die Hebammensuche Ihrer Krankenkasse oder den Hebammenverband.',
    'Vereinbaren Sie mit der Hebamme Vorsorge, Geburtsvorbereitung und die Betreuung nach der Geburt.',
    'Zeigen Sie beim ersten Termin Ihre Versichertenkarte. Die Hebamme rechnet direkt mit der Krankenkasse ab.',
    'Finden Sie keine Hebamme? Sprechen Sie mit Ihrer Frauenarztpraxis, Ihrer Krankenkasse oder den Frühen Hilfen im Familienrathaus.',
  ],
  documents: ['Elektronische Gesundheitskarte (Versichertenkarte)', 'Mutterpass'],
  legalBasis: '§ 24d SGB V (Ärztliche Betreuung und Hebammenhilfe); § 134a SGB V',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_5/__24d.html',
  synonyms:
    'Hebamme, Hebammenhilfe, Wochenbett, Nachsorge, Wochenbettbetreuung, Geburtsvorbereitung, Rückbildung, Rückbildungsgymnastik, Stillberatung, Schwangerschaft, Geburt, Entbindung, Vorsorge',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          pregnant: true,
          reason: 'Sie sind schwanger – die Krankenversicherung bezahlt Ihre Hebamme (gesetzlich nach § 24d SGB V, privat nach Ihrem Tarif).',
        },
        {
          blockType: 'all',
          reason: 'Ihr Baby ist jünger als zwölf Wochen – so lange kommt die Hebamme auch nach der Geburt, bezahlt von der Krankenkasse.',
          conditions: [{ blockType: 'child', maxAge: 0.23 }],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Schwangere (28), gesetzlich versichert',
      household: {
        version: 1,
        members: [{ role: 'adult', age: 28, pregnant: true, dueInWeeks: 20, healthInsurance: 'statutory' }],
      },
      expected: 'yes',
    },
    {
      name: 'Eltern mit Baby (4 Wochen), gesetzlich versichert',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 31, pregnant: false, healthInsurance: 'statutory' },
          { role: 'adult', age: 33, pregnant: false, healthInsurance: 'statutory' },
          { role: 'child', age: 0.08 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Schwangere, Krankenversicherung nicht angegeben (gesetzlich und privat zahlen)',
      household: { version: 1, members: [{ role: 'adult', age: 25, pregnant: true }] },
      expected: 'yes',
    },
    {
      name: 'Familie mit Kind (4), niemand schwanger',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 34, pregnant: false, healthInsurance: 'statutory' },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
