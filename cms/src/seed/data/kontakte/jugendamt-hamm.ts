import type { SeedKontakt } from '../../types.ts'

// Quelle: https://www.westfalenspiegel.de/familienrathaus-buendelt-angebote-in-hamm/ (28.11.2023: im Familienrathaus sind
// Dienstleistungen „von der Elterngeldstelle über das Standes- und das Jugendamt bis hin zum Team der Elternschule“ gebündelt);
// https://lippewelle.de/artikel/hamm-bekommt-ein-familienrathaus-1585544.html (Familienrathaus im Mesestift, Caldenhofer Weg 10;
// Familienservice mit Elterngeld, Elternschule, Frühen Hilfen und Familienbüro – das Familienbüro ist beim Jugendamt angesiedelt).
// Hinweis: Nicht alle Abteilungen des Jugendamts sitzen im Familienrathaus. Die Anschrift ist die Anlaufstelle für Familien;
// Termine bei einzelnen Fachdiensten (z. B. Beistandschaften, Pflegekinderdienst) können an anderen Dienstgebäuden stattfinden.
// Eine zentrale Telefonnummer des Jugendamts war nicht belegbar; die Fachdienst-Nummern stehen in den jeweiligen Angeboten.
export default {
  title: 'Jugendamt der Stadt Hamm',
  slug: 'jugendamt-hamm',
  kind: 'dienststelle',
  summary:
    'Das Jugendamt ist für Kinderbetreuung und Elternbeiträge, Frühe Hilfen, Beistandschaften und Unterhaltsberatung, Pflegekinder und Hilfen zur Erziehung zuständig. Erste Anlaufstelle für Familien ist die Familien-Service-Theke im Familienrathaus.',
  street: 'Caldenhofer Weg 10',
  postalCode: '59065',
  city: 'Hamm',
  website: 'https://www.hamm.de/familienrathaus',
} satisfies SeedKontakt
