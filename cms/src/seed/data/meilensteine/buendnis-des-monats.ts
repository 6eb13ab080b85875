import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Auszeichnung als „Bündnis des Monats“',
  slug: 'buendnis-des-monats',
  date: '2022-01-01',
  status: 'erreicht',
  summary: 'Im Januar 2022 zeichnete das Bundesfamilienministerium das Bündnis für Familie Hamm als „Bündnis des Monats“ aus.',
  body: [
    'Das Bündnis für Familie Hamm wurde im Januar 2022 vom Bundesfamilienministerium als „Bündnis des Monats“ geehrt. Die Auszeichnung passte zum damaligen Schwerpunkt der Bundesinitiative: familienfreundliche Standorte.',
    'Gewürdigt wurde die lange Arbeit des Bündnisses, etwa für familienbewusste Arbeitsbedingungen in Betrieben und für die Betreuung in den Schulferien.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt'],
  sources: [{ label: 'Pressemitteilung der Initiative „Lokale Bündnisse für Familie“ vom 1. Januar 2022' }],
} satisfies SeedMeilenstein
