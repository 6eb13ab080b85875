import type { SeedKontakt } from '../../types.ts'

export default {
  title: 'Jugendberufsagentur Hamm (JuBA)',
  slug: 'jugendberufsagentur-hamm',
  kind: 'einrichtung',
  summary:
    'Gemeinsame Anlaufstelle von Agentur für Arbeit, Kommunalem Jobcenter und Jugendamt für junge Menschen auf dem Weg von der Schule in Ausbildung, Studium und Beruf.',
  street: 'Bismarckstraße 1',
  postalCode: '59065',
  city: 'Hamm',
} satisfies SeedKontakt
