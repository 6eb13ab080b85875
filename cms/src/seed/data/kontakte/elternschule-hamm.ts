import type { SeedKontakt } from '../../types.ts'

// Quelle: https://lippewelle.de/artikel/anlaufstelle-fuer-alle-familien-in-hamm-1831337.html (Familienservice im Familienrathaus mit
// Elterngeld, Elternschule, Frühen Hilfen und Familienbüro); https://www.westfalenspiegel.de/familienrathaus-buendelt-angebote-in-hamm/
// („Team der Elternschule“ im Familienrathaus); Anschrift des Familienrathauses: Caldenhofer Weg 10
// (https://lippewelle.de/artikel/hamm-bekommt-ein-familienrathaus-1585544.html).
// Trägerschaft: Elternschule Hamm e.V. (http://www.familie-in-nrw.de/beispieleguterpraxis-hamm-elternschule.html).
export default {
  title: 'Elternschule Hamm',
  slug: 'elternschule-hamm',
  kind: 'einrichtung',
  summary:
    'Die Elternschule Hamm bündelt Kurse, Treffs und Vorträge für Eltern von über 100 Einrichtungen in allen Stadtbezirken. Ihr Team im Familienrathaus hilft Ihnen, das passende Angebot zu finden.',
  street: 'Caldenhofer Weg 10',
  postalCode: '59065',
  city: 'Hamm',
  website: 'https://www.hamm.de/familienrathaus',
} satisfies SeedKontakt
