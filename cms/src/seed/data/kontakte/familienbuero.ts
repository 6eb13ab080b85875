import type { SeedKontakt } from '../../types.ts'

// Quellen: lippewelle.de „Anlaufstelle für alle Familien in Hamm“ (seit Ende 2023 gehört das Familienbüro zum Familienservice
// im Familienrathaus, Mesestift, Caldenhofer Weg 10): https://lippewelle.de/artikel/anlaufstelle-fuer-alle-familien-in-hamm-1831337.html;
// https://lippewelle.de/artikel/hamm-bekommt-ein-familienrathaus-1585544.html; E-Mail: hamm.de „Das Familienbüro – Anlaufstelle für
// Familien“ (https://www.hamm.de/presse-und-neue-medien/hamm-fuer-kinder/das-familienbuero.html). Die Anschrift Theodor-Heuss-Platz 12
// (Rathaus) in den älteren Seiten gilt heute für die Stabsstelle Familienfreundlichste Stadt.

export default {
  title: 'Familienbüro der Stadt Hamm',
  slug: 'familienbuero',
  kind: 'dienststelle',
  summary:
    'Das Familienbüro gehört zum Familienservice im Familienrathaus. Es informiert Eltern, Fachkräfte und Betriebe zu allen Fragen rund um Familie in Hamm und gibt den Familieninfobrief heraus.',
  street: 'Caldenhofer Weg 10',
  postalCode: '59065',
  city: 'Hamm',
  phone: '02381 17-0',
  email: 'familienfreundlich@stadt.hamm.de',
  website: 'https://www.hamm.de',
} satisfies SeedKontakt
