import type { SeedKontakt } from '../../types.ts'

// Quellen: https://www.bundesamtsozialesicherung.de/de/mutterschaftsgeld/ueberblick/ (das BAS zahlt in bestimmten Fällen bundesweit
// Mutterschaftsgeld: Frauen, die zu Beginn der Schutzfrist nicht selbst Mitglied einer gesetzlichen Krankenkasse, sondern privat oder
// familienversichert sind und z. B. einen Minijob haben oder zulässig gekündigt wurden; höchstens 210 Euro in einer Summe; Antrag
// online, auch mit BundID); https://familienportal.de/familienportal/familienleistungen/mutterschaftsleistungen/kann-ich-mutterschaftsgeld-des-bundesamtes-fuer-soziale-sicherung-bekommen--125020
// (Antrag direkt beim BAS); Anschrift Friedrich-Ebert-Allee 38, 53113 Bonn und Servicetelefon der Mutterschaftsgeldstelle
// 0228 619-1888: Zuständigkeitsfinder Thüringen (https://buerger.thueringen.de/detail?areaId=14220&searchtext=&infotype=0&sort=&pstId=221962907&ags=16070048)
// und https://www.merzig-wadern.de/Familienportal/Leistungen-Antr%C3%A4ge/Mutterschaftsgeld/ (Anschrift); Hotline-Zeiten: beide
// Quellen nennen montags bis freitags 9 bis 12 Uhr, dazu an einzelnen Tagen 13 bis 15 Uhr (Thüringen: Mo–Do; ältere Seite
// https://www.bundesversicherungsamt.de/mutterschaftsgeld.html: donnerstags) – deshalb nur die gemeinsame Angabe.
// Weggelassen: die allgemeine Poststelle per E-Mail (das BAS beantwortet Fragen mit Gesundheitsdaten nicht per E-Mail).
export default {
  title: 'Mutterschaftsgeldstelle im Bundesamt für Soziale Sicherung',
  slug: 'mutterschaftsgeldstelle-bas',
  kind: 'dienststelle',
  summary:
    'Die Mutterschaftsgeldstelle des Bundesamtes für Soziale Sicherung zahlt in bestimmten Fällen Mutterschaftsgeld von höchstens 210 Euro an Frauen, die nicht selbst Mitglied einer gesetzlichen Krankenkasse sind – zum Beispiel privat oder familienversichert mit Minijob. Sind Sie selbst gesetzlich versichert, ist Ihre Krankenkasse zuständig.',
  street: 'Friedrich-Ebert-Allee 38',
  postalCode: '53113',
  city: 'Bonn',
  phone: '0228 619-1888',
  website: 'https://www.bundesamtsozialesicherung.de/de/mutterschaftsgeld/ueberblick/',
  openingHoursNote:
    'Den Antrag stellen Sie online. Das Servicetelefon der Mutterschaftsgeldstelle erreichen Sie montags bis freitags von 9 bis 12 Uhr.',
} satisfies SeedKontakt
