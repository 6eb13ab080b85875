import type { SeedKontakt } from '../../types.ts'

// Quellen: https://www.familienportal.nrw/de/kindergeld (zuständig ist die örtliche Familienkasse der Bundesagentur für Arbeit;
// Online-Antrag auf der Internetseite der Bundesagentur ist der schnellste Weg; kostenfreies Servicetelefon 0800 4 5555 30,
// Montag bis Freitag 8 bis 18 Uhr; Ansage der Auszahlungstermine rund um die Uhr unter 0800 4 5555 33);
// https://www.kreis-paderborn.de/kreis_paderborn/buergerservice/amtsverzeichnis/aemter/51-jugendamt/geld-recht/kindergeld.php
// (Kindergeld und Kinderzuschlag beantragt man bei der Familienkasse; Website www.arbeitsagentur.de/familie-und-kinder);
// https://www.demo-online.de/aktuelles/wie-hamm-mit-einem-familienrathaus-eltern-unterstuetzt (5.11.2025, OB Herter: die für das
// Kindergeld zuständige Familienkasse der Agentur für Arbeit ist mit Sprechzeiten im Familienrathaus vertreten); Anschrift des
// Familienrathauses: https://lippewelle.de/artikel/hamm-bekommt-ein-familienrathaus-1585544.html (Caldenhofer Weg 10).
// Nicht belegbar und deshalb weggelassen: welche regionale Familienkasse (Postanschrift, E-Mail) für Hamm zuständig ist und die
// genauen Sprechzeiten im Familienrathaus. Die Anschrift ist der Ort dieser Sprechzeiten, nicht der Sitz der Familienkasse.
export default {
  title: 'Familienkasse der Bundesagentur für Arbeit',
  slug: 'familienkasse',
  kind: 'dienststelle',
  summary:
    'Die Familienkasse der Bundesagentur für Arbeit entscheidet über Kindergeld und Kinderzuschlag. Am schnellsten stellen Sie den Antrag online. Die Anschrift ist der Ort ihrer Sprechzeiten im Familienrathaus, nicht ihre Postanschrift.',
  street: 'Caldenhofer Weg 10',
  postalCode: '59065',
  city: 'Hamm',
  phone: '0800 4 5555 30',
  website: 'https://www.arbeitsagentur.de/familie-und-kinder',
  openingHoursNote:
    'Das kostenlose Servicetelefon erreichen Sie montags bis freitags von 8 bis 18 Uhr. Die Auszahlungstermine für das Kindergeld hören Sie rund um die Uhr unter 0800 4 5555 33. Wann die Familienkasse im Familienrathaus Sprechzeit hat, erfahren Sie an der Familien-Service-Theke.',
} satisfies SeedKontakt
