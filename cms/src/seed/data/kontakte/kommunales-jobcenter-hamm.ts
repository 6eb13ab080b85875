import type { SeedKontakt } from '../../types.ts'

// Quellen: https://www.jobcenter-hamm.de/bildungs-und-teilhabepaket (Website des Kommunalen Jobcenters Hamm; wer Leistungen vom
// Kommunalen Jobcenter bekommt, beantragt Bildung und Teilhabe dort bei der zuständigen Sachbearbeitung);
// https://kipdf.com/stadt-hamm-beschlussvorlage-der-verwaltung_5ac3058b1723dd3cf0d21a36.html (Ratsvorlage 0655/15: „Kommunales
// Jobcenter Hamm AöR“); Hamm ist Optionskommune (siehe angebote/buergergeld.ts).
// Anschrift: Das Rathaus Bockum-Hövel ist Sitz des Kommunalen Jobcenters Hamm (https://de.wiki.li/Rathaus_Bockum-H%C3%B6vel;
// HammWiki, https://www.hwtest.info/index.php?diff=prev&oldid=275432&title=Rathaus_Bockum-H%C3%B6vel); die Anschrift der
// Bezirksverwaltung im früheren Rathaus ist Teichweg 1, 59075 Hamm (https://hammwiki.info/wiki/Bockum-H%C3%B6vel); schon 2006 saß das
// Job-Center „am Teichweg“ in Bockum-Hövel (https://epaper.hamm-magazin.de/Hammmagazin_01_2006/). Die Hausnummer ist aus diesen
// Quellen zusammengesetzt und nicht auf einer Seite des Jobcenters bestätigt – bitte vor der Veröffentlichung prüfen.
// Nicht belegbar und deshalb weggelassen: Telefonnummer, E-Mail, Öffnungszeiten, weitere Standorte, Termin-Link.
export default {
  title: 'Kommunales Jobcenter Hamm (KJC)',
  slug: 'kommunales-jobcenter-hamm',
  kind: 'dienststelle',
  summary:
    'Das Kommunale Jobcenter ist das Jobcenter der Stadt Hamm. Es entscheidet über Grundsicherungsgeld (bisher Bürgergeld), Mehrbedarfe und Erstausstattungen und für Familien mit Grundsicherungsgeld auch über Bildung und Teilhabe. Es unterstützt Sie außerdem auf dem Weg in Arbeit und Ausbildung. Sein Sitz ist das Rathaus Bockum-Hövel.',
  street: 'Teichweg 1',
  postalCode: '59075',
  city: 'Hamm',
  website: 'https://www.jobcenter-hamm.de',
  openingHoursNote:
    'Öffnungszeiten: bitte beim Jobcenter erfragen. Erste Fragen beantwortet Ihnen auch die Familien-Service-Theke im Familienrathaus.',
} satisfies SeedKontakt
