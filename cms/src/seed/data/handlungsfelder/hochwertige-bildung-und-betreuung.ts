import type { SeedHandlungsfeld } from '../../types.ts'

export default {
  title: 'Hochwertige Bildung und Betreuung',
  slug: 'hochwertige-bildung-und-betreuung',
  order: 2,
  summary: 'Jedes Kind soll gut betreut werden und gut lernen können – von der Kita über die Schule bis zum Beruf.',
  body: [
    'Gute Bildung beginnt früh. Kitas, Kindertagespflege, Offener Ganztag und Schulen begleiten Kinder viele Jahre lang. Die Stadt Hamm baut die Betreuung aus und hat die Elternbeiträge für die Kita deutlich gesenkt.',
    'Seit dem Schuljahr 2023/24 gibt es an sieben Schulen das Kommunale Unterstützungssystem für Schulen (KUS). Es bündelt Betreuung, Ferienbetreuung und pädagogische Hilfen und gibt den Schulen verlässliche Partner.',
    'Beim Übergang von der Schule in den Beruf hilft die Jugendberufsagentur Hamm (JuBA). Dort arbeiten Agentur für Arbeit, Kommunales Jobcenter und Jugendamt zusammen, damit kein junger Mensch verloren geht.',
  ],
} satisfies SeedHandlungsfeld
