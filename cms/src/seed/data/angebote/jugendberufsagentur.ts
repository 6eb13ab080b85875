import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Jugendberufsagentur Hamm (JuBA)',
  slug: 'jugendberufsagentur',
  summary:
    'Welcher Beruf passt zu mir? Wo finde ich einen Ausbildungsplatz? Die Jugendberufsagentur Hamm hilft jungen Menschen beim Weg von der Schule in den Beruf – an einem Ort.',
  kind: 'beratung',
  body: [
    'In der JuBA arbeiten die Agentur für Arbeit, das Kommunale Jobcenter und das Jugendamt zusammen. Dazu kommt die Koordinierungsstelle „Kein Abschluss ohne Anschluss“. Sie müssen also nicht mehr von Amt zu Amt gehen.',
    'Das Team hilft bei der Berufswahl und bei der Suche nach einem Praktikum, einem Ausbildungsplatz oder einem Studienplatz. Es hilft auch bei Bewerbungen.',
    'Manchmal läuft es in der Schule, zu Hause oder im Alltag nicht gut. Auch dann hat die JuBA ein offenes Ohr und sucht mit Ihnen nach Lösungen.',
    'Die JuBA arbeitet eng mit den Schulen und Betrieben in Hamm zusammen. Sie finden sie zentral in der Bismarckstraße 1.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  kontakte: ['jugendberufsagentur-hamm'],
  erklaervideos: [],
  provider: 'Agentur für Arbeit Hamm, Kommunales Jobcenter Hamm und Jugendamt der Stadt Hamm',
  costs: 'Die Beratung ist kostenlos.',
  steps: [
    'Kommen Sie in die Jugendberufsagentur in der Bismarckstraße 1. Bringen Sie, wenn vorhanden, Ihr letztes Zeugnis, Ihren Lebenslauf und Briefe von Ämtern mit. Eltern können gerne mitkommen.',
  ],
  legalBasis: 'SGB III (Berufsberatung); SGB II; SGB VIII (§ 13 Jugendsozialarbeit, § 81 Zusammenarbeit)',
  synonyms: 'JuBA, Jugendberufsagentur, Berufsberatung, Ausbildung, Ausbildungsplatz, Praktikum, Studium, Bewerbung, Job, Beruf, Schulabschluss, KAoA, Übergang Schule Beruf',
} satisfies SeedAngebot
