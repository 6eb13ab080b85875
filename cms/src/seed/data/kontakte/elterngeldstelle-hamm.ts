import type { SeedKontakt } from '../../types.ts'

// Quellen: https://serviceportal.hamm.de/wissen/-/egov-bis-detail/dienstleistung/1605/show (die Kreise und kreisfreien Städte in NRW
// bewilligen Basiselterngeld und ElterngeldPlus; in Hamm die Elterngeldstelle, damals im Bürgeramt Herringen); E-Mail der
// Elterngeldstelle elterngeld@stadt.hamm.de: https://serviceportal.hamm.de/suche/-/egov-bis-detail/dienstleistung/1605/show;
// Umzug ins Familienrathaus, Caldenhofer Weg 10, Ende 2023: HammWiki „Familienrathaus Hamm“
// (https://www.hwtest.info/index.php?title=Familienrathaus_Hamm: gemeinsame Anlaufstelle von Standesamt und Elterngeldstelle, die
// Elterngeldstelle war vorher im Bürgeramt Herringen) und https://www.westfalenspiegel.de/familienrathaus-buendelt-angebote-in-hamm/;
// Videoberatung seit Januar 2022: https://www.hamm.de/aktuelles/hammer-eltern-schneller-zum-elterngeld (Stand 2023).
// Weggelassen: die Telefonnummer 02381 17-9595 – die Quelle nennt sie als Hotline während der Corona-Schließung (Januar 2021), ob sie
// nach dem Umzug noch gilt, war nicht belegbar. Öffnungszeiten waren nicht belegbar.
export default {
  title: 'Elterngeldstelle der Stadt Hamm',
  slug: 'elterngeldstelle-hamm',
  kind: 'dienststelle',
  summary:
    'Die Elterngeldstelle der Stadt Hamm entscheidet über Ihren Antrag auf Basiselterngeld und ElterngeldPlus und berät Sie zum Elterngeld. Sie sitzt seit Ende 2023 im Familienrathaus.',
  street: 'Caldenhofer Weg 10',
  postalCode: '59065',
  city: 'Hamm',
  email: 'elterngeld@stadt.hamm.de',
  website: 'https://serviceportal.hamm.de/wissen/-/egov-bis-detail/dienstleistung/1605/show',
  openingHoursNote: 'Sprechzeiten und Termine erfahren Sie bei der Elterngeldstelle oder an der Familien-Service-Theke im selben Haus.',
} satisfies SeedKontakt
