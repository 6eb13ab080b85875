import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Große Familienbefragung',
  slug: 'familienbefragung',
  date: '2021-12-01',
  endDate: '2022-01-31',
  status: 'erreicht',
  summary:
    'Von Dezember 2021 bis Januar 2022 fragte die Stadt alle Familien in Hamm: Wie familienfreundlich ist Hamm heute, und was fehlt noch?',
  body: [
    'Die Stabsstelle wollte wissen, wo Familien der Schuh drückt. Deshalb gab es von Dezember 2021 bis Januar 2022 eine Befragung für alle Familien in Hamm.',
    'Damit viele mitmachen, halfen Fachkräfte aus den Stadtteilen, zum Beispiel aus der Schulsozialarbeit, den Familienzentren und den Stadtteilzentren. Auch über Zeitung und Radio wurden Familien eingeladen.',
    'Die Ergebnisse sind im ersten Familienbericht der Stadt Hamm ausgewertet. Sie helfen, die richtigen Maßnahmen für Familien zu planen.',
  ],
  handlungsfelder: ['integration-und-gute-nachbarschaft', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  sources: [
    { label: 'Pressemitteilung der Initiative „Lokale Bündnisse für Familie“ vom 1. Januar 2022' },
    { label: 'Familienbericht der Stadt Hamm' },
  ],
} satisfies SeedMeilenstein
