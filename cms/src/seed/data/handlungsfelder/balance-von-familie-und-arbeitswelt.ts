import type { SeedHandlungsfeld } from '../../types.ts'

export default {
  title: 'Balance von Familie und Arbeitswelt',
  slug: 'balance-von-familie-und-arbeitswelt',
  order: 1,
  summary:
    'Familie und Beruf sollen gut zusammenpassen. Hamm hilft Eltern und Betrieben, damit Arbeit, Kinder und Pflege sich nicht im Weg stehen.',
  body: [
    'Viele Eltern arbeiten und kümmern sich gleichzeitig um ihre Kinder. Manche pflegen auch Angehörige. Das kostet Zeit und Kraft. In diesem Handlungsfeld sucht die Stadt Hamm nach Wegen, wie beides besser gelingt.',
    'Das Familienbüro berät Unternehmen, die familienfreundlicher werden wollen. Zusammen mit der Wirtschaftsförderung und den Krankenhäusern in Hamm sind schon gute Lösungen für Beschäftigte mit Kindern entstanden. Das Bündnis für Familie Hamm bringt dafür Arbeitgeber, Vereine und Verbände an einen Tisch.',
    'Auch in den Schulferien brauchen berufstätige Eltern Unterstützung. Deshalb gibt es in Hamm Ferienbetreuung und Ferienfreizeiten. Wer nach einer Familienpause wieder in den Beruf einsteigen möchte, findet Beratung im Netzwerk Wiedereinstieg.',
  ],
} satisfies SeedHandlungsfeld
