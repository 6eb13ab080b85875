import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Seeds (Kooperation von Agentur für Arbeit, Kommunalem Jobcenter, Jugendamt und Koordinierungsstelle „Kein Abschluss ohne
// Anschluss“; zentral in der Bismarckstraße 1; Beratung bei Berufswahl, Praktikum, Ausbildung, Studium und auch bei persönlichen
// Problemen; Zusammenarbeit mit Schulen und Betrieben); § 81 SGB VIII, § 10 SGB II, §§ 29 ff. SGB III.
export default {
  title: 'Jugendberufsagentur Hamm (JuBA)',
  slug: 'jugendberufsagentur',
  summary:
    'Welcher Beruf passt zu mir? Wo finde ich einen Ausbildungsplatz? Die Jugendberufsagentur Hamm in der Bismarckstraße 1 hilft jungen Menschen beim Weg von der Schule in Ausbildung, Studium und Beruf – alles an einem Ort und kostenlos.',
  summaryLeichteSprache:
    'Du gehst bald von der Schule ab? Du suchst eine Ausbildung oder einen Job? Die Jugend-Berufs-Agentur hilft dir. Dort arbeiten mehrere Ämter zusammen. Die Beratung kostet nichts.',
  kind: 'beratung',
  body: [
    'In der JuBA arbeiten die Agentur für Arbeit, das Kommunale Jobcenter und das Jugendamt zusammen. Dazu kommt die Koordinierungsstelle „Kein Abschluss ohne Anschluss“. Junge Menschen müssen also nicht mehr von Amt zu Amt gehen, und niemand fällt durch das Raster.',
    'Das Team hilft bei der Berufswahl und bei der Suche nach einem Praktikum, einem Ausbildungs- oder Studienplatz. Es übt mit Ihnen Bewerbungen und informiert über Geld während der Ausbildung, zum Beispiel Berufsausbildungsbeihilfe oder BAföG.',
    'Manchmal läuft es in der Schule, zu Hause oder im Alltag nicht gut. Auch dann hat die JuBA ein offenes Ohr und sucht gemeinsam mit Ihnen nach Lösungen.',
    'Die JuBA arbeitet eng mit den Schulen und Betrieben in Hamm zusammen. Sie finden sie zentral in der Bismarckstraße 1.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  lebenslagen: ['jugendliche-beruf'],
  eligibilitySummary:
    'Junge Menschen in Hamm etwa ab der Berufsorientierung in der Schule bis 25 Jahre, die Unterstützung beim Übergang von der Schule in Ausbildung, Studium oder Arbeit suchen – und ihre Eltern.',
  kontakte: ['jugendberufsagentur-hamm'],
  erklaervideos: [],
  provider:
    'Agentur für Arbeit Hamm, Kommunales Jobcenter Hamm und Jugendamt der Stadt Hamm mit der Koordinierungsstelle „Kein Abschluss ohne Anschluss“',
  costs: 'Die Beratung ist kostenlos.',
  steps: [
    'Kommen Sie in die Jugendberufsagentur in der Bismarckstraße 1 oder vereinbaren Sie einen Termin.',
    'Bringen Sie, wenn vorhanden, Ihr letztes Zeugnis, Ihren Lebenslauf und Briefe von Ämtern mit. Eltern können gern mitkommen.',
    'Gemeinsam mit der Beraterin oder dem Berater planen Sie die nächsten Schritte – Praktikum, Bewerbung, Ausbildung oder Schule.',
  ],
  documents: [
    'Letztes Schulzeugnis',
    'Lebenslauf, falls vorhanden',
    'Briefe und Bescheide von Agentur für Arbeit, Jobcenter oder Jugendamt, falls vorhanden',
  ],
  legalBasis: 'SGB III (Berufsberatung); SGB II; SGB VIII (§ 13 Jugendsozialarbeit, § 81 Zusammenarbeit)',
  synonyms:
    'JuBA, Jugendberufsagentur, Berufsberatung, Ausbildung, Ausbildungsplatz, Praktikum, Studium, Bewerbung, Job, Beruf, Schulabschluss, KAoA, Kein Abschluss ohne Anschluss, Übergang Schule Beruf',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          minAge: 14,
          maxAge: 25,
          reason: 'In Ihrer Familie lebt ein junger Mensch zwischen 14 und 24 Jahren – die JuBA hilft beim Weg in Ausbildung und Beruf.',
        },
        { blockType: 'adult', maxAge: 25, reason: 'Sie sind unter 25 Jahre alt – die JuBA hilft Ihnen beim Weg in Ausbildung und Beruf.' },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Tochter (16) in der Schule',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 45 },
          { role: 'child', age: 16, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit Kind (8)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 38 },
          { role: 'child', age: 8 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Junge Mutter (20), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 20 },
          { role: 'child', age: 1 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
