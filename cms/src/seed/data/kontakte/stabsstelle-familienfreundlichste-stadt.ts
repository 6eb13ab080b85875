import type { SeedKontakt } from '../../types.ts'

export default {
  title: 'Stabsstelle Familienfreundlichste Stadt',
  slug: 'stabsstelle-familienfreundlichste-stadt',
  kind: 'dienststelle',
  summary:
    'Die Stabsstelle steuert den Weg von Hamm zur familienfreundlichsten Stadt. Sie betreut den Familienbeirat und nimmt Ideen und Rückmeldungen von Familien entgegen.',
  street: 'Theodor-Heuss-Platz 12',
  postalCode: '59065',
  city: 'Hamm',
  phone: '02381 17-0',
  website: 'https://www.hamm.de',
} satisfies SeedKontakt
