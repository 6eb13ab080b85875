import type { SeedKontakt } from '../../types.ts'

// Quelle: https://www.caritas-hamm.de/einrichtungen/beratungszentrum/ (seit Juli 2014 sind die beratenden Dienste des Caritasverbandes
// Hamm und die Schwangerschaftsberatung des SkF Hörde im Beratungszentrum an der Franziskanerstraße 3 zusammengeführt).
// Die Postleitzahl nennt die Quelle nicht; 59065 ist die Postleitzahl der Hammer Innenstadt, in der die Franziskanerstraße liegt –
// bitte vor der Veröffentlichung bestätigen. Telefon und Öffnungszeiten waren nicht belegbar.
export default {
  title: 'Caritas-Beratungszentrum Hamm (mit Schwangerschaftsberatung des SkF)',
  slug: 'caritas-beratungszentrum-hamm',
  kind: 'beratungsstelle',
  summary:
    'Im Beratungszentrum der Caritas finden Sie die Beratungsdienste des Caritasverbandes Hamm und die katholische Schwangerschaftsberatung des Sozialdienstes katholischer Frauen (SkF) unter einem Dach.',
  street: 'Franziskanerstraße 3',
  postalCode: '59065',
  city: 'Hamm',
  website: 'https://www.caritas-hamm.de/einrichtungen/beratungszentrum/',
} satisfies SeedKontakt
