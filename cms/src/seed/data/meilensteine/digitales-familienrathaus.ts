import type { SeedMeilenstein } from '../../types.ts'

export default {
  title: 'Start des digitalen Familienrathauses',
  slug: 'digitales-familienrathaus',
  date: '2023-11-23',
  status: 'erreicht',
  summary:
    'Zusammen mit dem Familienrathaus.Start ging am 23. November 2023 das digitale Familienrathaus online. Es bündelt Informationen und Online-Angebote für Familien.',
  body: [
    'Nicht jede Familie hat Zeit für einen Behördengang. Darum hat die Stadt am 23. November 2023 auch das digitale Familienrathaus gestartet. Dort sind viele Angebote und Informationen für Familien übersichtlich an einem Ort zu finden.',
    'Das digitale Familienrathaus wächst weiter. Geprüft wird eine neue Funktion: Familien beschreiben ihre Lebenslage ganz einfach mit Bildern und Klicks und sehen dann, welche Angebote zu ihnen passen. Erklärvideos sollen zusätzlich helfen.',
    'Viele Familien haben in Workshops und Gesprächen mitgeholfen, damit das digitale Familienrathaus leicht zu bedienen ist.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'integration-und-gute-nachbarschaft'],
  sources: [{ label: 'Stadt Hamm: Strategie und Meilensteine der Familienfreundlichsten Stadt' }],
} satisfies SeedMeilenstein
