import type { SeedHandlungsfeld } from '../../types.ts'

export default {
  title: 'Integration und gute Nachbarschaft',
  slug: 'integration-und-gute-nachbarschaft',
  order: 7,
  summary: 'Familien in Hamm sind vielfältig. Alle sollen dazugehören, mitreden können und gute Nachbarn finden – egal woher sie kommen.',
  body: [
    'In Hamm leben Familien mit ganz unterschiedlichen Geschichten, Sprachen und Lebensformen. Stadtteilzentren, Familienzentren und die Arbeit in den Quartieren bringen Menschen zusammen.',
    'Die Stadt möchte, dass Familien ihre Stadt mitgestalten. Im Familienbeirat sprechen Familien aus verschiedenen Stadtteilen und Kulturen mit der Verwaltung. Neue Familien sind dort jederzeit willkommen.',
  ],
} satisfies SeedHandlungsfeld
