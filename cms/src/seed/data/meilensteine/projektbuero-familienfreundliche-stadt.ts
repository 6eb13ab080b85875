import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Ratsbeschluss „Allianz für Familie und Kinder“ und Projektbüro Familienfreundliche Stadt',
  slug: 'projektbuero-familienfreundliche-stadt',
  date: '2005-06-01',
  status: 'erreicht',
  summary:
    'Im Juni 2005 entschied der Rat der Stadt Hamm, Familienfreundlichkeit zu einem strategischen Leitprojekt zu machen. Im selben Jahr begann das Projektbüro Familienfreundliche Stadt mit seiner Arbeit.',
  body: [
    'Im Jahr 2005 kamen in Hamm weniger Kinder zur Welt als früher, und die Bevölkerung wurde älter. Der Rat der Stadt wollte gegensteuern. Im Juni 2005 beschloss er das Leitprojekt „Allianz für Familie und Kinder“.',
    'Um das Projekt umzusetzen, richtete die Stadt im Jahr 2005 das Projektbüro Familienfreundliche Stadt ein. Ein Kuratorium mit Vertreterinnen und Vertretern aus Politik, Kirchen, Wohlfahrtsverbänden, Wirtschaft, Gesundheitswesen und vielen weiteren Gruppen begleitete die Arbeit.',
    'Das Ziel damals wie heute: Familien sollen gerne in Hamm leben, und junge Familien sollen gerne nach Hamm ziehen.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  sources: [
    { label: 'Ratsbeschluss der Stadt Hamm vom Juni 2005 („Allianz für Familie und Kinder“)' },
    { label: 'Praxisbeispiel „Familienbüro: Ein starker Partner für Familien und Kinder“ des NRW-Familienministeriums' },
  ],
} satisfies SeedMeilenstein
