import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Start des Leitprozesses „Familienfreundlichste Stadt“',
  slug: 'leitprozess-familienfreundlichste-stadt',
  date: '2020-01-01',
  status: 'erreicht',
  summary: 'Im Jahr 2020 setzte sich Hamm ein großes Ziel: Die Stadt will die familienfreundlichste Stadt Deutschlands werden.',
  body: [
    'Seit dem Jahr 2020 läuft in Hamm der Leitprozess „Familienfreundlichste Stadt“. Politik und Verwaltung sollen dabei immer aus der Sicht von Familien denken.',
    'Die Strategie hat fünf Bausteine: wichtige Leitprojekte wie das Familienrathaus, regelmäßige Berichte mit Zahlen und Fakten, eine Stelle, die alles steuert, die Beteiligung möglichst vieler Familien und Familie als Thema in allen Bereichen der Stadt.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'integration-und-gute-nachbarschaft'],
  sources: [{ label: 'Stadt Hamm: Strategie und Meilensteine der Familienfreundlichsten Stadt' }],
} satisfies SeedMeilenstein
