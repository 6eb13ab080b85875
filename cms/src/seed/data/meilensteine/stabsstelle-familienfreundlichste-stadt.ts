import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Gründung der Stabsstelle Familienfreundlichste Stadt',
  slug: 'stabsstelle-familienfreundlichste-stadt',
  date: '2021-05-01',
  status: 'erreicht',
  summary: 'Im Mai 2021 gründete die Stadt Hamm eine eigene Stabsstelle. Sie steuert den Weg zur familienfreundlichsten Stadt.',
  body: [
    'Im Mai 2021 richtete die Stadt Hamm die Stabsstelle ein, die heute „Familienfreundlichste Stadt“ heißt. Sie verbindet die Arbeit vieler Ämter und Partner.',
    'Schnell entstand eine Lenkungsgruppe. Darin sind unter anderem Stadtverwaltung, Wohlfahrtsverbände, Stadtteilzentren, Wirtschaftsförderung, Jobcenter und Unternehmen aus dem Familienbündnis vertreten. Arbeitsgruppen bringen die einzelnen Vorhaben voran.',
    'Die Stabsstelle hat drei Ziele für die Familienpolitik in Hamm: Sie soll sichtbar, spürbar und gestaltbar sein.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'integration-und-gute-nachbarschaft'],
  sources: [{ label: 'Pressemitteilung der Initiative „Lokale Bündnisse für Familie“ vom 1. Januar 2022' }],
} satisfies SeedMeilenstein
