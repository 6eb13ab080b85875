import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen:
// § 16a Nr. 2 SGB II (Schuldnerberatung als kommunale Eingliederungsleistung für Menschen mit Bürgergeld) – https://www.gesetze-im-internet.de/sgb_2/__16a.html
// § 11 Abs. 5 SGB XII (Hinweis auf Schuldnerberatung; angemessene Kosten sollen übernommen werden, wenn sonst eine Lage nicht überwunden werden kann,
//   die Hilfe zum Lebensunterhalt nötig macht oder erwarten lässt; in anderen Fällen können sie übernommen werden) – https://www.gesetze-im-internet.de/sgb_12/__11.html ;
//   Wortlaut zitiert in https://rat.eschweiler.de/bi/vo0050.php?__kvonr=10211
// §§ 305, 4a, 287 Insolvenzordnung (Bescheinigung einer geeigneten Stelle über den außergerichtlichen Einigungsversuch; Stundung der Verfahrenskosten;
//   Restschuldbefreiung nach drei Jahren) – https://www.gesetze-im-internet.de/inso/__305.html , https://www.gesetze-im-internet.de/inso/__4a.html ,
//   https://www.gesetze-im-internet.de/inso/__287.html
// § 850k ZPO (Pfändungsschutzkonto), § 903 ZPO (Bescheinigung über höhere Freibeträge, u. a. durch Schuldnerberatungsstellen) –
//   https://www.gesetze-im-internet.de/zpo/__850k.html , https://www.gesetze-im-internet.de/zpo/__903.html
// Hamburg, Übersicht: Kostenübernahme bei Sozialhilfe oder SGB II; nur anerkannte Stellen nach § 305 InsO stellen die Bescheinigung aus;
//   Notfallberatung bei Konto- oder Lohnpfändung – https://www.hamburg.de/beratungsstellen
// NRW: Insolvenzberatung vom Land finanziert, Schuldnerberatung von der Kommune – https://www.waz.de/staedte/oberhausen/oberhausen-caritas-streicht-insolvenzberatung-id228542601.html
// Wartezeiten, sofortige Hilfe bei Mietschulden oder drohender Kontopfändung – https://app-webview.sparknews.funkemedien.de/nrw-waz/staedte/bochum/article608828/verbraucherzentrale-meldet-anfrageflut.html
// Kostenlos für Menschen mit Sozialhilfe, Bürgergeld und vergleichbar niedrigen Einkünften (Wohlfahrtsverbände; nicht für alle Einkommen) –
//   https://internet-navigator.de/kirchliche-sozialarbeit-die-schuldnerberatung-der-diakonie ;
//   https://www.deine-diakonie.de/news/news-detail/diakonie-guetersloh-fordert-recht-auf-kostenfreie-schuldnerberatung-fuer-alle
// Hamm: Schuldnerberatung des Katholischen Sozialdienstes (KSD) in Hamm – https://www.lippewelle.de/artikel/pleitewelle-trifft-vor-allem-hammer-verbraucher-972101.html ;
//   der KSD gehört zur Caritas – https://ksd-sozial.de/ueber-uns/was-uns-bewegt/
// Für Caritas, Diakonie und Verbraucherzentrale in Hamm war keine Schuldnerberatung mit Anschrift belegbar; auch für den KSD nicht – Kontakt daher das Familienrathaus.
// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).
export default {
  title: 'Schuldner- und Insolvenzberatung',
  slug: 'schuldnerberatung',
  summary:
    'Mahnungen, Kontopfändung, Mietschulden? Die Schuldnerberatung schafft mit Ihnen Überblick, sichert Miete, Strom und Konto, verhandelt mit Gläubigern und hilft, wenn nötig, bei der Privatinsolvenz. Mit Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe oder wenig Einkommen ist sie meist kostenlos.',
  summaryLeichteSprache:
    'Sie haben Schulden. Sie können Rechnungen nicht bezahlen. Dann gibt es Hilfe. Die Schuldner-Beratung hilft Ihnen. Sie schreibt mit Ihnen einen Plan. Mit wenig Geld kostet die Beratung meistens nichts.',
  kind: 'beratung',
  body: [
    'Schulden entstehen oft ohne eigenes Verschulden: nach einer Trennung, bei Krankheit, Arbeitslosigkeit oder einer hohen Nachzahlung für Strom und Heizung. Je früher Sie sich Hilfe holen, desto mehr lässt sich retten. Die Beratung ist vertraulich.',
    'Zuerst geht es darum, das Nötigste zu sichern: die Wohnung, Strom und Heizung und Ihr Konto. Wird Ihr Konto gepfändet, lassen Sie es bei Ihrer Bank in ein Pfändungsschutzkonto (P-Konto) umwandeln – dann bleibt ein Grundbetrag jeden Monat geschützt. Für Kinder, für die Sie Unterhalt leisten, gibt es höhere Freibeträge; die Bescheinigung dafür stellen unter anderem Schuldnerberatungsstellen, die Familienkasse oder das Jobcenter aus.',
    'Danach verschaffen Sie sich gemeinsam mit der Beraterin oder dem Berater einen Überblick über alle Forderungen, prüfen, ob sie berechtigt sind, und stellen einen Haushaltsplan auf. Die Beratungsstelle verhandelt mit den Gläubigern über Raten oder einen Vergleich.',
    'Reicht das nicht, führt der Weg in die Verbraucherinsolvenz. Dafür brauchen Sie die Bescheinigung einer anerkannten Stelle, dass eine Einigung mit den Gläubigern versucht wurde. Die Gerichtskosten können gestundet werden. Nach drei Jahren können Ihnen die restlichen Schulden erlassen werden (Restschuldbefreiung).',
    'Wer Grundsicherungsgeld (bisher Bürgergeld) bekommt, kann die Schuldnerberatung über das Kommunale Jobcenter Hamm bekommen; wer Sozialhilfe bekommt oder sonst auf Sozialhilfe angewiesen wäre, über das Sozialamt der Stadt Hamm, das die Kosten dann übernehmen soll. In Hamm bietet unter anderem der Katholische Sozialdienst (KSD) Schuldnerberatung an. Oft gibt es Wartezeiten – sagen Sie gleich, wenn eine Kontopfändung, eine Strom- oder Gassperre oder der Verlust der Wohnung droht.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['wenig-geld', 'alleinerziehend'],
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider:
    'Anerkannte Schuldner- und Insolvenzberatungsstellen in Hamm, zum Beispiel beim Katholischen Sozialdienst (KSD); Kostenübernahme über das Kommunale Jobcenter Hamm oder das Sozialamt der Stadt Hamm',
  eligibilitySummary:
    'Für Menschen in Hamm mit Schulden, die sie nicht allein in den Griff bekommen. Kostenlos ist die Beratung in der Regel für Menschen mit Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe und mit kleinem Einkommen. Der Situations-Finder weiß nicht, ob Sie Schulden haben: Er zeigt das Angebot Familien in Hamm ohne hohes Einkommen unter „Kann auch passen“. Bei einem Haushaltseinkommen über 100.000 Euro im Jahr zeigt er es nicht; auch dann können Sie sich an eine Beratungsstelle wenden, müssen aber mit Kosten rechnen.',
  costs:
    'Mit Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe übernehmen in der Regel das Jobcenter oder das Sozialamt die Kosten. Bei kleinem Einkommen ist die Beratung bei den Stellen der Wohlfahrtsverbände meist kostenlos; fragen Sie vorab, ob für Sie Kosten entstehen.',
  steps: [
    'Melden Sie sich bei einer Schuldnerberatungsstelle in Hamm. Wenn Sie nicht wissen, wohin: Die Familien-Service-Theke im Familienrathaus nennt Ihnen Stellen. Mit Grundsicherungsgeld (bisher Bürgergeld) fragen Sie auch Ihre Ansprechperson im Kommunalen Jobcenter.',
    'Droht eine Kontopfändung, lassen Sie Ihr Girokonto sofort bei Ihrer Bank in ein P-Konto umwandeln.',
    'Sammeln Sie alle Briefe von Gläubigern, Inkassobüros und Gerichten – auch ungeöffnete – und bringen Sie sie zum ersten Termin mit.',
    'Mit der Beraterin oder dem Berater machen Sie einen Plan: Raten, Vergleich oder Verbraucherinsolvenz.',
  ],
  documents: [
    'Alle Mahnungen, Rechnungen, Verträge und Schreiben von Gläubigern, Inkassobüros und Gerichten',
    'Einkommensnachweise und Bescheide, zum Beispiel über Grundsicherungsgeld (bisher Bürgergeld), Wohngeld, Kindergeld oder Unterhalt',
    'Kontoauszüge der letzten Monate',
    'Mietvertrag und Nachweise über feste Kosten',
    'Personalausweis oder Pass',
  ],
  legalBasis: '§ 16a Nr. 2 SGB II; § 11 Abs. 5 SGB XII; §§ 305 ff. Insolvenzordnung (Verbraucherinsolvenz); § 850k ZPO (Pfändungsschutzkonto)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_12/__11.html',
  synonyms:
    'Schuldnerberatung, Schuldenberatung, Insolvenzberatung, Privatinsolvenz, Verbraucherinsolvenz, Restschuldbefreiung, Schulden, Mahnung, Inkasso, Gerichtsvollzieher, Kontopfändung, Lohnpfändung, P-Konto, Pfändungsschutzkonto, Mietschulden, Stromschulden, Stromsperre, Ratenzahlung, KSD Hamm',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'income',
          match: ['none', 'low'],
          reason: 'Sie haben wenig oder kein Einkommen aus Arbeit – dann ist die Schuldnerberatung für Sie in der Regel kostenlos.',
        },
        {
          blockType: 'income',
          match: ['middle'],
          reason: 'Auch mit mittlerem Einkommen können Sie sich beraten lassen – fragen Sie vorher, ob für Sie Kosten entstehen.',
        },
      ],
    },
    // The finder does not ask about debts: like help against violence, the offer can only be "kann auch passen".
    { blockType: 'proviso', text: 'Schulden, Mahnungen oder unbezahlte Rechnungen Sie belasten' },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehende mit Bürgergeld in Hamm, zwei Kinder',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        income: 'none',
        receives: ['buergergeld', 'kindergeld'],
        members: [
          { role: 'adult', age: 34, employment: 'unemployed' },
          { role: 'child', age: 4, activity: 'kita' },
          { role: 'child', age: 9, activity: 'grundschule' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Paar in Hamm mit mittlerem Einkommen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'middle',
        members: [
          { role: 'adult', age: 40, employment: 'employed' },
          { role: 'adult', age: 39, employment: 'employed' },
          { role: 'child', age: 14 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Grenzfall: Familie in Hamm mit Einkommen über 100.000 Euro',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'high',
        members: [
          { role: 'adult', age: 47, employment: 'self-employed' },
          { role: 'child', age: 16 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit geringem Einkommen außerhalb von Hamm',
      household: {
        version: 1,
        livesInHamm: false,
        income: 'low',
        members: [
          { role: 'adult', age: 30, employment: 'employed' },
          { role: 'child', age: 2 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit geringem Einkommen, Wohnort nicht angegeben',
      household: {
        version: 1,
        income: 'low',
        members: [
          { role: 'adult', age: 28 },
          { role: 'child', age: 1 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
