import type { SeedKontakt } from '../../types.ts'

// Quellen: https://www.hamm.de/planen-bauen-wohnen/wohnen/wohnungsangelegenheiten/wohnberechtigungsschein
// (Kontakt „Wohn- und Pflegeberatung, Wohnungsbelegung“, Jürgen-Graef-Allee 2, 59065 Hamm, Fon 02381 17-8102);
// https://serviceportal.hamm.de/dienstleistungen/-/egov-bis-detail/dienstleistung/2304/show
// (Anträge an das Amt für Soziales, Wohnen und Pflege, per E-Mail an wohnen@stadt.hamm.de, per Post oder zu den Sprechzeiten).
// Öffnungs- und Sprechzeiten waren nicht belegbar.
export default {
  title: 'Wohnungsbelegung der Stadt Hamm (Wohnberechtigungsschein)',
  slug: 'wohnungsbelegung-hamm',
  kind: 'dienststelle',
  summary:
    'Die Wohn- und Pflegeberatung mit der Wohnungsbelegung im Amt für Soziales, Wohnen und Pflege der Stadt Hamm stellt Wohnberechtigungsscheine für öffentlich geförderte Wohnungen aus und berät zu Einkommensgrenzen und Wohnungsgrößen.',
  street: 'Jürgen-Graef-Allee 2',
  postalCode: '59065',
  city: 'Hamm',
  phone: '02381 17-8102',
  email: 'wohnen@stadt.hamm.de',
  website: 'https://www.hamm.de/planen-bauen-wohnen/wohnen/wohnungsangelegenheiten/wohnberechtigungsschein',
} satisfies SeedKontakt
