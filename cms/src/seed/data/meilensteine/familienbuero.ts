import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Das Familienbüro entsteht',
  slug: 'familienbuero',
  date: '2008-01-01',
  status: 'erreicht',
  summary: 'Im Jahr 2008 wurde aus dem Projektbüro das Familienbüro der Stadt Hamm. Es ist bis heute eine zentrale Anlaufstelle für Familien.',
  body: [
    'Im Jahr 2008 führte die Stadt Hamm die Arbeit des Projektbüros als Familienbüro dauerhaft weiter. Das Familienbüro gehört zum Jugendamt und koordiniert die familienfreundliche Arbeit über viele Ämter hinweg.',
    'Eltern, Fachkräfte und alle Interessierten können sich an das Familienbüro wenden. Es informiert über Leistungen für Familien, gibt den Familieninfobrief heraus und berät Betriebe, die familienfreundlicher werden wollen.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'balance-von-familie-und-arbeitswelt'],
  sources: [
    { label: 'Praxisbeispiel „Familienbüro: Ein starker Partner für Familien und Kinder“ des NRW-Familienministeriums' },
    { label: 'Pressemitteilung der Initiative „Lokale Bündnisse für Familie“ vom 1. Januar 2022' },
  ],
} satisfies SeedMeilenstein
