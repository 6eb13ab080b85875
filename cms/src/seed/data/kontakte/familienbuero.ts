import type { SeedKontakt } from '../../types.ts'

export default {
  title: 'Familienbüro der Stadt Hamm',
  slug: 'familienbuero',
  kind: 'dienststelle',
  summary:
    'Das Familienbüro gehört zum Jugendamt. Es informiert Eltern, Fachkräfte und Betriebe zu allen Fragen rund um Familie in Hamm und gibt den Familieninfobrief heraus.',
  street: 'Theodor-Heuss-Platz 12',
  postalCode: '59065',
  city: 'Hamm',
  phone: '02381 17-0',
  website: 'https://www.hamm.de',
} satisfies SeedKontakt
