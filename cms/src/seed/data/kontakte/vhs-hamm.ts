import type { SeedKontakt } from '../../types.ts'

// Quellen: https://hammwiki.info/wiki/Heinrich-von-Kleist-Forum (Kultur- und Bildungszentrum am Willy-Brandt-Platz mit Zentralbibliothek,
// Volkshochschule und SRH-Hochschule, eröffnet 2010); Anschrift des Heinrich-von-Kleist-Forums laut
// https://www.literaturlandwestfalen.de/veranstaltungsort/stadtbuechereien-hamm/ : Platz der Deutschen Einheit 1, 59065 Hamm;
// https://www.lippewelle.de/artikel/die-volkshochschule-hamm-hat-einen-neuen-chef-1741670.html (Hauptstelle am Willy-Brandt-Platz,
// Sprachkurse inkl. Deutsch als Fremdsprache, rund 500 Kurse je Semester); Website: https://www.hamm.de/volkshochschule
export default {
  title: 'Volkshochschule Hamm (VHS)',
  slug: 'vhs-hamm',
  kind: 'einrichtung',
  summary:
    'Die Volkshochschule der Stadt Hamm im Heinrich-von-Kleist-Forum am Hauptbahnhof bietet Sprachkurse – auch Deutsch als Fremdsprache –, Schulabschlüsse, Kurse für Beruf, Gesundheit und Kultur.',
  street: 'Platz der Deutschen Einheit 1',
  postalCode: '59065',
  city: 'Hamm',
  website: 'https://www.hamm.de/volkshochschule',
} satisfies SeedKontakt
