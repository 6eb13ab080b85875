import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Gründung der Jugendberufsagentur Hamm (JuBA)',
  slug: 'jugendberufsagentur',
  date: '2023-01-01',
  status: 'erreicht',
  summary:
    'Agentur für Arbeit, Kommunales Jobcenter, Jugendamt und die Koordinierungsstelle „Kein Abschluss ohne Anschluss“ bündeln ihre Hilfen für junge Menschen in der Jugendberufsagentur Hamm.',
  body: [
    'Schon Anfang 2022 war klar: Hamm braucht eine zentrale Anlaufstelle für Jugendliche beim Weg in den Beruf. Der erste Familienbericht aus dem Jahr 2023 nennt die Gründung der Jugendberufsagentur als eines der Leitprojekte der Stadt.',
    'In der JuBA arbeiten vier Partner zusammen: die Agentur für Arbeit, das Kommunale Jobcenter, das Jugendamt und die Koordinierungsstelle „Kein Abschluss ohne Anschluss“ (KAoA). Junge Menschen müssen so nicht mehr zwischen verschiedenen Ämtern hin- und herlaufen.',
    'Die Jugendberufsagentur ist in der Bismarckstraße 1 in Hamm zu finden. Sie hilft nicht nur bei der Suche nach Ausbildung oder Studium, sondern auch bei Sorgen im Alltag.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  sources: [{ label: 'Familienbericht der Stadt Hamm' }, { label: 'Stadt Hamm: Strategie und Meilensteine der Familienfreundlichsten Stadt' }],
} satisfies SeedMeilenstein
