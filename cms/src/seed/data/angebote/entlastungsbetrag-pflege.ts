import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Entlastungsbetrag in der Pflege',
  slug: 'entlastungsbetrag-pflege',
  summary:
    'Pflegebedürftige Menschen, die zu Hause leben, haben ab Pflegegrad 1 Anspruch auf 131 Euro im Monat für Hilfe im Alltag – zum Beispiel Betreuung, Haushaltshilfe oder Entlastung der pflegenden Familie. Das gilt auch für Kinder.',
  summaryLeichteSprache:
    'Ein Mensch in Ihrer Familie hat einen Pflegegrad. Dann gibt es 131 Euro im Monat. Das Geld ist für Hilfe im Alltag. Zum Beispiel für eine Haushalts-Hilfe. Die Pflegekasse bezahlt die Rechnung.',
  kind: 'geldleistung',
  body: [
    'Der Entlastungsbetrag soll pflegende Angehörige entlasten und die Selbstständigkeit der pflegebedürftigen Person stärken. Er steht allen Pflegebedürftigen zu, die zu Hause gepflegt werden – schon ab Pflegegrad 1.',
    'Das Geld wird nicht einfach ausgezahlt. Die Pflegekasse erstattet Rechnungen für anerkannte Angebote: Betreuungs- und Entlastungsangebote, Haushaltshilfen und Alltagsbegleitung, Tages- und Nachtpflege oder Kurzzeitpflege und bei Pflegegrad 1 auch einen Pflegedienst. In Nordrhein-Westfalen müssen die Angebote nach Landesrecht anerkannt sein.',
    'Nicht genutzte Beträge sammeln sich an. Sie können sie bis zum 30. Juni des folgenden Jahres noch verwenden, danach verfallen sie.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['behinderung-pflege'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Pflegekasse der pflegebedürftigen Person (bei der Krankenkasse)',
  eligibilitySummary:
    'Für pflegebedürftige Menschen jeden Alters mit Pflegegrad 1 bis 5, die zu Hause leben. Der Betrag wird für anerkannte Entlastungsangebote erstattet. Ist kein Pflegegrad angegeben, zeigt der Situations-Finder das Angebot als „vielleicht“.',
  amount: {
    kind: 'fixed',
    period: 'month',
    value: 131,
    upTo: true,
    source: '§ 45b Abs. 1 SGB XI: bis zu 131 Euro im Monat (seit 1. Januar 2025)',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs:
    'Bis zu 131 Euro im Monat (Stand 2026) als Erstattung gegen Rechnung. Ungenutzte Beträge können bis zum 30. Juni des Folgejahres genutzt werden.',
  steps: [
    'Beantragen Sie bei der Pflegekasse einen Pflegegrad, wenn noch keiner festgestellt ist.',
    'Suchen Sie ein anerkanntes Entlastungsangebot. Die Pflegeberatung Ihrer Pflegekasse hilft bei der Suche.',
    'Reichen Sie die Rechnungen bei der Pflegekasse ein oder lassen Sie den Anbieter direkt mit der Pflegekasse abrechnen (Abtretung).',
  ],
  documents: ['Bescheid über den Pflegegrad', 'Rechnungen des anerkannten Angebots'],
  legalBasis: '§ 45b Elftes Buch Sozialgesetzbuch (SGB XI)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_11/__45b.html',
  synonyms:
    'Entlastungsbetrag, Entlastungsleistungen, 131 Euro Pflege, Alltagshilfe, Haushaltshilfe Pflegekasse, Betreuungsleistungen, Pflegegrad 1',
  rules: rules([{ blockType: 'member', minPflegegrad: 1 }]),
  testFamilies: [
    {
      name: 'Kind (10) mit Pflegegrad 1',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 40, pflegegrad: 0 },
          { role: 'child', age: 10, pflegegrad: 1 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Vater (52) mit Pflegegrad 4',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 52, pflegegrad: 4, disability: true },
          { role: 'adult', age: 50, pflegegrad: 0 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie ohne Pflegebedarf',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 33, pflegegrad: 0 },
          { role: 'child', age: 2, pflegegrad: 0 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie, Pflegegrad nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 60 },
          { role: 'adult', age: 85, relation: 'grandparent', disability: true },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
