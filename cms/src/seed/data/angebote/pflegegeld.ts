import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Pflegegeld',
  slug: 'pflegegeld',
  summary:
    'Wird ein Mensch mit Pflegegrad 2 bis 5 zu Hause von Angehörigen gepflegt, zahlt die Pflegekasse Pflegegeld: 2026 zwischen 347 und 990 Euro im Monat. Das gilt auch für pflegebedürftige Kinder.',
  summaryLeichteSprache:
    'Ein Mensch in Ihrer Familie braucht Pflege. Sie pflegen ihn zu Hause. Dann gibt es Geld von der Pflegekasse. Das heißt Pflegegeld. Er braucht dafür einen Pflegegrad.',
  kind: 'geldleistung',
  body: [
    'Pflegegeld bekommt die pflegebedürftige Person selbst, wenn sie zu Hause von Angehörigen, Freunden oder Nachbarn gepflegt wird. Sie kann das Geld als Anerkennung an die pflegenden Menschen weitergeben. Bei einem pflegebedürftigen Kind bekommen es die Eltern für das Kind.',
    'Voraussetzung ist ein Pflegegrad von mindestens 2. Den Pflegegrad beantragen Sie bei der Pflegekasse; der Medizinische Dienst begutachtet dann, wie selbstständig die Person im Alltag ist. Bei Kindern wird mit gleichaltrigen Kindern ohne Beeinträchtigung verglichen.',
    'Pflegegeld lässt sich mit einem ambulanten Pflegedienst kombinieren (Kombinationsleistung). Dazu kommen der Entlastungsbetrag, ein gemeinsames Jahresbudget für Verhinderungs- und Kurzzeitpflege und Zuschüsse für Hilfsmittel und Umbauten. Wer Pflegegeld bekommt, muss regelmäßig einen Beratungsbesuch in Anspruch nehmen.',
    'Lassen Sie sich beraten: Jede pflegebedürftige Person hat Anspruch auf eine kostenlose Pflegeberatung durch die Pflegekasse. Pflegende Angehörige können unter bestimmten Bedingungen außerdem in der Rentenversicherung abgesichert werden.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen'],
  lebenslagen: ['behinderung-pflege'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Pflegekasse der pflegebedürftigen Person (bei der Krankenkasse)',
  eligibilitySummary:
    'Für pflegebedürftige Menschen jeden Alters mit Pflegegrad 2 bis 5, die zu Hause gepflegt werden und die Pflege selbst sicherstellen, zum Beispiel durch Angehörige. Mit Pflegegrad 1 gibt es kein Pflegegeld, aber den Entlastungsbetrag. Solange für jemanden im Haushalt offen ist, ob er einen Pflegegrad hat, zeigt der Situations-Finder das Angebot als „vielleicht“; die Frage nach Behinderung, Entwicklungsverzögerung oder Pflegegrad für den ganzen Haushalt klärt das mit einem Klick.',
  amount: {
    kind: 'range',
    period: 'month',
    min: 347,
    max: 990,
    source: '§ 37 Abs. 1 SGB XI: Pflegegrad 2 bis 5 (347, 599, 800, 990 Euro, seit 1. Januar 2025)',
    asOf: '2026-12-05T00:00:00.000Z',
  },
  costs:
    'Stand 2026 pro Monat: Pflegegrad 2: 347 Euro, Pflegegrad 3: 599 Euro, Pflegegrad 4: 800 Euro, Pflegegrad 5: 990 Euro. Antrag und Begutachtung sind kostenlos.',
  steps: [
    'Stellen Sie bei der Pflegekasse einen Antrag auf Pflegeleistungen. Ein Anruf oder ein formloses Schreiben reicht; die Leistungen gibt es ab dem Antragsmonat.',
    'Der Medizinische Dienst vereinbart einen Termin zur Begutachtung zu Hause. Führen Sie vorher ein Pflegetagebuch und legen Sie Arztberichte bereit.',
    'Nach dem Bescheid über den Pflegegrad zahlt die Pflegekasse das Pflegegeld jeden Monat.',
    'Vereinbaren Sie die vorgeschriebenen Beratungsbesuche: bei Pflegegrad 2 und 3 halbjährlich, bei Pflegegrad 4 und 5 vierteljährlich.',
  ],
  documents: [
    'Antrag bei der Pflegekasse',
    'Arztberichte und Befunde',
    'Pflegetagebuch (empfohlen)',
    'Bei Kindern: Berichte aus Kita, Schule oder Frühförderung',
  ],
  legalBasis: '§ 37 Elftes Buch Sozialgesetzbuch (SGB XI); Begutachtung nach §§ 14, 15 und 18 SGB XI',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_11/__37.html',
  synonyms: 'Pflegegeld, Pflegegrad, Pflegekasse, Pflege zu Hause, pflegende Angehörige, Pflegestufe, Medizinischer Dienst, MD, Pflegegeld Kind',
  benefit: 'pflegegeld',
  rules: rules([{ blockType: 'member', minPflegegrad: 2 }]),
  testFamilies: [
    {
      name: 'Kind (6) mit Pflegegrad 3',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 36, pflegegrad: 0 },
          { role: 'child', age: 6, disability: true, pflegegrad: 3 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit Großmutter (78) mit Pflegegrad 2',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 48, pflegegrad: 0 },
          { role: 'adult', age: 78, relation: 'grandparent', pflegegrad: 2 },
          { role: 'child', age: 15, pflegegrad: 0 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie ohne Pflegebedarf',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 39, pflegegrad: 0 },
          { role: 'child', age: 9, pflegegrad: 0 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Kind mit Behinderung, Pflegegrad nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 31, pflegegrad: 0 },
          { role: 'child', age: 4, disability: true },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
