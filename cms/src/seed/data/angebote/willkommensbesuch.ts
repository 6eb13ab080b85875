import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: hamm.de „Willkommensbesuche“ (2016: alle Neugeborenen und zugezogene Familien mit Kindern bis zu sechs Jahren;
// medizinische und pädagogische Fachkräfte; schriftliche Anmeldung, Besuch nur mit Einverständnis; Geschenktasche);
// die-nachrichten.at / lippewelle.de (Willkommensbesuche als Teil der Frühen Hilfen, 68 Prozent der Eltern besucht);
// presse-service.de, Stadt Hamm 05.09.2024 (Willkommensbesuche unter den dauerhaft finanzierten Maßnahmen); § 2 KKG.
export default {
  title: 'Willkommensbesuch für Familien mit Baby und neu zugezogene Familien',
  slug: 'willkommensbesuch',
  summary:
    'Herzlich willkommen in Hamm! Nach der Geburt bietet die Stadt jeder Familie einen Besuch an – auch Familien, die mit kleinen Kindern neu nach Hamm ziehen. Eine Fachkraft bringt Informationen und ein Geschenk mit und beantwortet Ihre Fragen. Freiwillig und kostenlos.',
  summaryLeichteSprache:
    'Sie haben ein Baby bekommen? Oder Sie sind mit kleinen Kindern nach Hamm gezogen? Dann kann Sie jemand von der Stadt besuchen. Die Person bringt ein Geschenk und Informationen mit. Der Besuch ist freiwillig und kostenlos.',
  kind: 'beratung',
  body: [
    'Ein Baby verändert das Leben, und auch ein Umzug in eine neue Stadt bringt viele Fragen mit sich: Wo gibt es Hilfe? Welche Angebote gibt es in meinem Stadtteil? Welche Anträge muss ich stellen?',
    'Beim Willkommensbesuch kommt eine Fachkraft zu Ihnen nach Hause, zum Beispiel eine Kinderkrankenpflegekraft oder eine pädagogische Fachkraft. Sie meldet sich vorher schriftlich an und kommt nur, wenn Sie einverstanden sind. Den Besuch bekommen alle Familien mit einem neugeborenen Kind in Hamm und Familien, die mit Kindern bis sechs Jahre neu nach Hamm gezogen sind.',
    'Die Fachkraft bringt ein kleines Willkommensgeschenk und Informationsmaterial mit. Sie zeigt Ihnen Kurse, Treffpunkte für Eltern mit Baby, Kitas und Beratungsstellen in Ihrer Nähe und hilft Ihnen, an alles Wichtige zu denken.',
    'Die Willkommensbesuche gehören zu den Frühen Hilfen der Stadt Hamm. Im Jahr 2023 haben 68 Prozent der frischgebackenen Eltern in Hamm den Besuch angenommen.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'neu-in-hamm'],
  eligibilitySummary:
    'Alle Familien in Hamm mit einem neugeborenen Kind sowie Familien, die mit Kindern bis sechs Jahre neu nach Hamm gezogen sind.',
  kontakte: ['familienrathaus', 'familienbuero'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider: 'Stadt Hamm – Frühe Hilfen im Familienrathaus, zusammen mit Trägern der freien Jugendhilfe',
  costs: 'Kostenlos.',
  steps: [
    'Sie müssen nichts beantragen. Nach der Geburt kündigt sich der Willkommensbesuch mit einem Brief bei Ihnen an.',
    'Passt Ihnen der Termin nicht oder möchten Sie keinen Besuch, melden Sie sich einfach bei der angegebenen Stelle.',
    'Sie sind neu zugezogen oder haben keinen Brief bekommen? Melden Sie sich im Familienrathaus oder beim Familienbüro.',
  ],
  documents: ['Keine Unterlagen nötig.'],
  legalBasis: '§ 2 Gesetz zur Kooperation und Information im Kinderschutz (KKG); § 16 SGB VIII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/kkg/__2.html',
  synonyms:
    'Willkommensbesuch, Babybesuch, Begrüßungsbesuch, Baby, Geburt, Neugeborenes, Frühe Hilfen, Hausbesuch, Babybegrüßung, Begrüßungspaket, Geschenk, Zuzug, neu in Hamm, Umzug',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          maxAge: 1,
          reason: 'In Ihrer Familie lebt ein Baby unter einem Jahr – die Stadt Hamm heißt es mit einem Besuch willkommen.',
        },
        {
          blockType: 'all',
          reason: 'Sie sind mit einem Kind bis sechs Jahre neu nach Hamm gezogen – auch dann gibt es einen Willkommensbesuch.',
          conditions: [
            { blockType: 'household', movedToHammRecently: true },
            { blockType: 'child', maxAge: 7 },
          ],
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Eltern in Hamm mit Baby (2 Monate)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 30 },
          { role: 'adult', age: 32 },
          { role: 'child', age: 0.17 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Neu zugezogene Familie mit Kind (4)',
      household: {
        version: 1,
        livesInHamm: true,
        movedToHammRecently: true,
        members: [
          { role: 'adult', age: 35 },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie lebt schon lange in Hamm, Kind (4)',
      household: {
        version: 1,
        livesInHamm: true,
        movedToHammRecently: false,
        members: [
          { role: 'adult', age: 35 },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Baby (3 Monate), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 26 },
          { role: 'child', age: 0.25 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
