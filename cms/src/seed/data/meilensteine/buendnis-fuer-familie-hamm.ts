import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Gründung des Bündnisses für Familie Hamm',
  slug: 'buendnis-fuer-familie-hamm',
  date: '2005-01-01',
  status: 'erreicht',
  summary: 'Im Jahr 2005 entstand das Bündnis für Familie Hamm. Es ist Teil der bundesweiten Initiative „Lokale Bündnisse für Familie“.',
  body: [
    'Im Bündnis für Familie Hamm arbeiten seit dem Jahr 2005 viele Partner zusammen: Stadtverwaltung, Unternehmen, Vereine und Wohlfahrtsverbände. Gemeinsam setzen sie Projekte um, die den Alltag von Familien leichter machen.',
    'Ein Schwerpunkt ist die Vereinbarkeit von Familie und Beruf. Das Bündnis ist bis heute ein wichtiger Ankerpunkt auf dem Weg zur familienfreundlichsten Stadt.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'integration-und-gute-nachbarschaft'],
  sources: [{ label: 'Pressemitteilung der Initiative „Lokale Bündnisse für Familie“ vom 1. Januar 2022' }],
} satisfies SeedMeilenstein
