import type { SeedHandlungsfeld } from '../../types.ts'

export default {
  title: 'Stärkung und Unterstützung der Erziehung in der Familie',
  slug: 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie',
  order: 4,
  summary:
    'Eltern leisten jeden Tag viel. Hamm bietet Beratung, Begleitung und Geldleistungen, damit Erziehung gelingt – auch in schwierigen Zeiten.',
  body: [
    'Jede Familie kommt einmal an ihre Grenzen. Dann ist es gut, wenn Hilfe leicht zu finden ist. In Hamm gibt es Beratung für Eltern, Kinder und Jugendliche, Angebote für Alleinerziehende und Hilfen für Familien mit wenig Geld.',
    'Die Stadt baut dabei auf Erfahrungen aus Programmen wie „Kein Kind zurücklassen“, den Kommunalen Präventionsketten und der Arbeit in den Stadtteilen auf. Ziel ist, dass Hilfe früh kommt und nicht erst, wenn die Not groß ist.',
    'Im Familienrathaus finden Sie Informationen und Ansprechpersonen an einem Ort. So müssen Sie nicht von Amt zu Amt gehen.',
  ],
} satisfies SeedHandlungsfeld
