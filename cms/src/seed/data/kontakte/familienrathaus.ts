import type { SeedKontakt } from '../../types.ts'

export default {
  title: 'Familienrathaus Hamm',
  slug: 'familienrathaus',
  kind: 'einrichtung',
  summary:
    'Im Familienrathaus finden Familien Leistungen und Beratung an einem Ort. An der Familien-Service-Theke hilft man Ihnen weiter – besonders rund um die Geburt.',
  street: 'Caldenhofer Weg 10',
  postalCode: '59065',
  city: 'Hamm',
  phone: '02381 17-0',
  website: 'https://www.familienrathaus.de',
} satisfies SeedKontakt
