import type { SeedKontakt } from '../../types.ts'

// Quellen: https://lippewelle.de/artikel/anlaufstelle-fuer-alle-familien-in-hamm-1831337.html (im Familienrathaus im Mesestift
// gibt es zwei Abteilungen: den Familienservice und das Standesamt mit Standesamtsangelegenheiten und Beurkundungsservice);
// https://lippewelle.de/artikel/hamm-bekommt-ein-familienrathaus-1585544.html (Mesestift, Caldenhofer Weg 10);
// HammWiki „Familienrathaus Hamm“, https://www.hwtest.info/index.php?title=Familienrathaus_Hamm (Familienrathaus am Caldenhofer
// Weg 10 seit Ende 2023 gemeinsame Anlaufstelle von Standesamt und Elterngeldstelle; das Standesamt war vorher im Rathaus am
// Theodor-Heuss-Platz); https://rundblick-hamm.de/2021/12/27/mehr-als-2-000-geburten-und-34-000-online-bestellungen-im-hammer-standesamt
// (Geburtenservice in den Hammer Geburtskliniken, Personenstandsurkunden online bestellbar); https://hamm.de/kontakt (Telefonzentrale
// der Stadt 02381 17-0); https://www.westfalenspiegel.de/familienrathaus-buendelt-angebote-in-hamm/ (Website hamm.de/familienrathaus).
// Eine eigene Telefonnummer oder Öffnungszeiten des Standesamts waren nicht belegbar; angegeben ist die Zentrale der Stadt.
export default {
  title: 'Standesamt der Stadt Hamm',
  slug: 'standesamt-hamm',
  kind: 'dienststelle',
  summary:
    'Das Standesamt beurkundet alle Geburten in Hamm, nimmt Erklärungen zum Namen eines Kindes und Vaterschaftsanerkennungen entgegen und stellt Geburtsurkunden aus – auch online bestellt. Es sitzt im Familienrathaus.',
  street: 'Caldenhofer Weg 10',
  postalCode: '59065',
  city: 'Hamm',
  phone: '02381 17-0',
  website: 'https://www.hamm.de/familienrathaus',
} satisfies SeedKontakt
