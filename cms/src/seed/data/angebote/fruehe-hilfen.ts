import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: presse-service.de, Stadt Hamm 05.09.2024 „Von Anfang an“ (über 870.000 Euro in 2025; Schreisprechstunden,
// Familienpaten, Willkommensbesuche, „Kleine Knirpse“; Netzwerk mit freier Jugendhilfe, Kliniken, Kinder- und Frauenärzten);
// lippewelle.de „Die Stadt Hamm unterstützt junge Familien von Anfang an“ (von der Schwangerschaft bis zum dritten Lebensjahr,
// kostenlos, Partner AWO, Katholischer Sozialdienst, Caritas, Friedrich-Wilhelm-Stift, Diakonie, Barbara-Klinik; fest im Familienrathaus);
// die-nachrichten.at (Babylotsen in den Entbindungskliniken, Projekt „Ein guter Start“); § 1 Abs. 4 KKG, § 16 Abs. 3 SGB VIII.
export default {
  title: 'Frühe Hilfen – Unterstützung von der Schwangerschaft bis zum 3. Geburtstag',
  slug: 'fruehe-hilfen',
  summary:
    'Schwanger oder ein Baby zu Hause und viele Fragen? Die Frühen Hilfen in Hamm begleiten Familien von der Schwangerschaft bis zum dritten Geburtstag: mit Babylotsen, Willkommensbesuchen, Schreisprechstunde, Familienpaten und Treffs. Kostenlos und freiwillig.',
  summaryLeichteSprache:
    'Sie bekommen ein Baby? Oder Ihr Kind ist noch keine 3 Jahre alt? Dann gibt es Hilfe von den Frühen Hilfen. Zum Beispiel, wenn Ihr Baby viel weint. Die Hilfe ist kostenlos. Sie entscheiden selbst, ob Sie die Hilfe wollen.',
  kind: 'beratung',
  body: [
    'Die ersten Jahre mit einem Kind sind schön und anstrengend zugleich. Die Frühen Hilfen der Stadt Hamm unterstützen alle Eltern – besonders die, die sich mehr Hilfe wünschen. Das Angebot beginnt in der Schwangerschaft und reicht bis zum dritten Geburtstag des Kindes. Die Frühen Hilfen sind fest im Familienrathaus verankert.',
    'Schon vor der Geburt informieren Frauenarztpraxen und Schwangerschaftsberatungsstellen über die Angebote. In den Geburtskliniken sprechen Babylotsen mit werdenden und frischgebackenen Eltern und klären, was die Familie für einen guten Start braucht. Im Projekt „Ein guter Start“ helfen Kinderkrankenpflegekräfte und Hebammen weiter.',
    'Nach der Geburt gibt es den Willkommensbesuch, eine Schreisprechstunde für Eltern von Babys, die viel weinen, ehrenamtliche Familienpaten und Gruppen wie die „Kleinen Knirpse“, die dem Alltag mit Kleinkind Struktur geben.',
    'Hinter den Frühen Hilfen steht ein Netzwerk aus Stadt, Wohlfahrtsverbänden, Kliniken, Hebammen, Kinder- und Frauenärztinnen und -ärzten. Alle Angebote sind freiwillig und kostenlos. Niemand kommt mit erhobenem Zeigefinger.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind'],
  eligibilitySummary:
    'Alle werdenden Eltern und Familien mit Kindern unter drei Jahren in Hamm – besonders Familien, die sich mehr Unterstützung wünschen.',
  kontakte: ['familienrathaus', 'jugendamt-hamm'],
  erklaervideos: ['das-familienrathaus-in-zwei-minuten'],
  provider:
    'Stadt Hamm – Frühe Hilfen im Familienrathaus, mit AWO, Katholischem Sozialdienst, Caritas, Friedrich-Wilhelm-Stift, Diakonie und Geburtskliniken',
  costs: 'Kostenlos.',
  steps: [
    'Sprechen Sie die Babylotsen in der Geburtsklinik an oder kommen Sie zur Familien-Service-Theke im Familienrathaus.',
    'Erzählen Sie, was Sie sich wünschen – zum Beispiel Austausch mit anderen Eltern, Hilfe bei einem Schreibaby oder eine Familienpatin.',
    'Die Fachkräfte der Frühen Hilfen vermitteln Sie an das passende Angebot in Ihrer Nähe.',
  ],
  documents: ['Keine Unterlagen nötig.'],
  legalBasis: '§ 1 Abs. 4 Gesetz zur Kooperation und Information im Kinderschutz (KKG); § 16 Abs. 3 SGB VIII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/kkg/__1.html',
  synonyms:
    'Frühe Hilfen, Babylotsen, Babylotse, Schreibaby, Schreisprechstunde, Familienpaten, Familienpatin, Kleine Knirpse, Ein guter Start, Familienhebamme, Baby, Schwangerschaft, Neugeborenes, Eltern-Kind-Gruppe',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'adult', pregnant: true, reason: 'Sie erwarten ein Baby – die Frühen Hilfen begleiten Sie schon in der Schwangerschaft.' },
        { blockType: 'child', maxAge: 3, reason: 'In Ihrer Familie lebt ein Kind unter drei Jahren.' },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Schwangere in Hamm',
      household: { version: 1, livesInHamm: true, members: [{ role: 'adult', age: 24, pregnant: true, dueInWeeks: 10 }] },
      expected: 'yes',
    },
    {
      name: 'Eltern in Hamm mit Baby (5 Monate)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 29 },
          { role: 'adult', age: 31 },
          { role: 'child', age: 0.4 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit Kind (6), niemand schwanger',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 36, pregnant: false },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Kind (1), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 27 },
          { role: 'child', age: 1 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
