import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Erster Familienbericht „Familien berichten“',
  slug: 'erster-familienbericht',
  date: '2023-03-28',
  status: 'erreicht',
  summary:
    'Im März 2023 stellte die Stadt Hamm ihren ersten Familienbericht vor. Er hat 93 Seiten und zeigt, was schon erreicht ist und was noch kommt.',
  body: [
    'Der erste Familienbericht der Stadt Hamm trägt den Titel „Familien berichten“. Auf 93 Seiten beschreibt er die Ziele, die Handlungsfelder und die wichtigsten Projekte auf dem Weg zur familienfreundlichsten Stadt. Am 28. März 2023 wurde er dem Rat der Stadt zum Beschluss vorgelegt.',
    'Ein Schwerpunkt sind die Ergebnisse der großen Familienbefragung. Dazu kommen Zahlen über Familien in Hamm und ein Ausblick auf die nächsten Schritte.',
    'Der Familienbericht ergänzt den Sozialbericht, den Bildungsbericht und den Faktencheck Bildung der Stadt. Zusammen geben sie ein gutes Bild davon, wie Familien in Hamm leben.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'hochwertige-bildung-und-betreuung'],
  sources: [{ label: 'Familienbericht der Stadt Hamm' }, { label: 'Pressemitteilung der Stadt Hamm zum ersten Familienbericht' }],
} satisfies SeedMeilenstein
