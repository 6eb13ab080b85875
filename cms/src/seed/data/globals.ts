/**
 * The site-wide settings and the required pages, in the city's voice. Facts: the city
 * administration's address (Theodor-Heuss-Platz 16, 59065 Hamm) and main switchboard (02381 17-0).
 */
export const einstellungen = {
  siteName: 'Digitales Familienrathaus Hamm',
  tagline: 'Alle Angebote für Familien an einem Ort',
  description:
    'Alle Angebote und Leistungen für Familien in Hamm an einem Ort: Geld, Betreuung, Beratung, Gesundheit und Freizeit – mit Situations-Finder.',
  publisher: 'Stadt Hamm',
}

export const navigation = {
  items: [
    { label: 'Angebote', href: '/angebote/' },
    { label: 'Handlungsfelder', href: '/handlungsfelder/' },
    { label: 'Meilensteine', href: '/meilensteine/' },
    { label: 'Erklärvideos', href: '/erklaervideos/' },
    { label: 'Kontakte', href: '/kontakte/' },
    { label: 'Suche', href: '/suche/' },
  ],
}

export const fusszeile = {
  text: 'Das digitale Familienrathaus ist ein Angebot der Stadt Hamm auf dem Weg zur familienfreundlichsten Stadt.',
  links: [
    { label: 'Leichte Sprache', href: '/leichte-sprache/' },
    { label: 'Gebärdensprache', href: '/gebaerdensprache/' },
  ],
}

export const impressum = {
  title: 'Impressum',
  intro: 'Wer diese Website anbietet und wie Sie uns erreichen.',
  body: [
    'Diese Website wird herausgegeben von der Stadt Hamm, vertreten durch den Oberbürgermeister, Theodor-Heuss-Platz 16, 59065 Hamm. Telefon: 02381 17-0.',
    'Die Stadt Hamm ist eine Körperschaft des öffentlichen Rechts. Zuständige Aufsichtsbehörde ist die Bezirksregierung Arnsberg.',
    'Für die Inhalte verantwortlich ist die Stabsstelle Familienfreundlichste Stadt der Stadt Hamm, Theodor-Heuss-Platz 12, 59065 Hamm.',
    'Alle Angaben auf dieser Website werden sorgfältig geprüft. Rechtsverbindlich sind die Bescheide der zuständigen Stellen. Für die Inhalte verlinkter Seiten anderer Anbieter sind deren Betreiber verantwortlich.',
  ],
}

export const datenschutz = {
  title: 'Datenschutzerklärung',
  intro: 'Diese Website kommt ohne Cookies, ohne Tracking und ohne Inhalte anderer Anbieter aus.',
  body: [
    'Verantwortlich für die Verarbeitung personenbezogener Daten auf dieser Website ist die Stadt Hamm, Theodor-Heuss-Platz 16, 59065 Hamm.',
    'Beim Aufruf einer Seite verarbeitet der Webserver technisch notwendige Daten: die angefragte Adresse, Datum und Uhrzeit, den Browsertyp und die IP-Adresse. Diese Daten dienen nur dem sicheren Betrieb (Art. 6 Abs. 1 Buchst. e DSGVO) und werden nicht mit anderen Daten zusammengeführt.',
    'Die Website setzt keine Cookies, nutzt keine Analyse- oder Werbedienste und lädt keine Schriften, Skripte, Bilder oder Videos von anderen Anbietern. Externe Videos werden erst geladen, wenn Sie ausdrücklich zustimmen.',
    'Der Situations-Finder arbeitet nur in Ihrem Browser. Ihre Angaben zu Ihrer Familie werden nicht an uns oder andere übertragen. Nur wenn Sie „merken“ wählen, speichert Ihr eigener Browser die Angaben; mit „vergessen“ löschen Sie sie wieder.',
    'Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung sowie ein Beschwerderecht bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen.',
  ],
}

export const barrierefreiheit = {
  title: 'Erklärung zur Barrierefreiheit',
  intro:
    'Die Stadt Hamm möchte, dass alle Menschen diese Website nutzen können. Hier steht, wie barrierefrei sie ist und wie Sie uns Barrieren melden.',
  body: [
    'Diese Erklärung gilt für die Website des digitalen Familienrathauses der Stadt Hamm. Grundlage sind das Behindertengleichstellungsgesetz Nordrhein-Westfalen und die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) mit der Norm EN 301 549 und den WCAG 2.1 in der Stufe AA.',
  ],
  conformance: 'teilweise',
  knownIssues: [
    'Einige Erklärvideos gibt es noch nicht in Deutscher Gebärdensprache. Zu jedem Video gibt es Untertitel und eine Abschrift.',
    'Die Website befindet sich im Aufbau. Noch nicht alle Inhalte sind in Leichter Sprache verfügbar.',
  ],
  assessedOn: '2026-11-21',
  method: 'Selbstbewertung: automatische Prüfung jeder Seite mit axe in Chromium und Prüfung der Bedienung mit der Tastatur.',
  feedback: {
    phone: '02381 17-0',
    postalAddress: 'Stadt Hamm, Stabsstelle Familienfreundlichste Stadt, Theodor-Heuss-Platz 12, 59065 Hamm',
  },
  enforcement: {
    body: 'Wenn Sie auf Ihre Meldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik bei der oder dem Beauftragten der Landesregierung Nordrhein-Westfalen für Menschen mit Behinderung wenden. Das Verfahren ist kostenlos.',
  },
}

export const leichteSprache = {
  title: 'Leichte Sprache',
  intro: 'Hier erklären wir die Website in Leichter Sprache.',
  body: [
    'Das ist die Website vom Familien-Rathaus in Hamm.',
    'Ein Familien-Rathaus ist ein Haus von der Stadt. Dort bekommen Familien Hilfe.',
    'Auf der Website finden Sie Angebote für Familien. Zum Beispiel: Geld für Kinder. Einen Platz im Kinder-Garten. Beratung, wenn Sie Sorgen haben.',
    'Sie können auf der Website suchen. Schreiben Sie ein Wort in das Such-Feld. Zum Beispiel: Kinder-Geld.',
    'Sie können auch sagen, wer in Ihrer Familie lebt. Dann zeigt die Website: Diese Angebote passen zu Ihnen. Ihre Angaben bleiben auf Ihrem Handy oder Computer.',
    'Sie brauchen Hilfe? Rufen Sie an: 02381 17-0. Oder kommen Sie in das Familien-Rathaus: Caldenhofer Weg 10 in Hamm.',
  ],
}

export const gebaerdensprache = {
  title: 'Gebärdensprache',
  intro: 'Informationen in Deutscher Gebärdensprache (DGS).',
  body: [
    'Hier zeigen wir Videos in Deutscher Gebärdensprache. Sie erklären, was das Familienrathaus ist und welche Informationen Sie auf dieser Website finden.',
    'Die Videos in Gebärdensprache werden gerade erstellt. Bis dahin hat jedes Erklärvideo Untertitel und eine Abschrift zum Nachlesen.',
  ],
}
