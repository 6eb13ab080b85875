import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: westfalentarif.nrw/news/deutschlandticket-sozial (Westfalentarif, zu dem Hamm gehört: Einführung durch die Kommunen, monatlich
// kündbares Abo, gilt höchstens so lange wie der Berechtigungsnachweis, Berechtigung stellt die Stadt aus, SEPA-Lastschrift, 2. Klasse im
// Nahverkehr bundesweit, kein Fernverkehr); wdr.de FAQ Deutschlandticket Sozial (berechtigt: Bürgergeld/Sozialgeld, Sozialhilfe, Wohngeld,
// SGB VIII, AsylbLG, Bundesversorgungsgesetz); Preis: 39 Euro ab Dezember 2023 (stern.de, westfalentarif.nrw), 48 Euro ab 2025
// (kobinet-nachrichten.org/VdK NRW); lippewelle.de 24.09.2024 (in Hamm rund 400 Sozialtickets über die Stadtwerke; HammTicket 29 Euro).
// Das normale Deutschlandticket kostet seit 01.01.2026 63 Euro. Den Preis des Deutschlandtickets Sozial für 2026 haben wir in keiner
// Quelle gefunden – deshalb nennt der Text ihn nicht. Kinder unter 6 Jahren fahren mit dem Deutschlandticket kostenlos mit (wdr.de).
// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).
// MaxiTicket: siehe Angebot maxiticket-hamm (eingeführt zum 01.08.2023 zunächst für drei Jahre; eine Verlängerung über Juli 2026 hinaus ist nicht belegt).

export default {
  title: 'Deutschlandticket Sozial',
  slug: 'sozialticket',
  summary:
    'Mit dem Deutschlandticket Sozial fahren Menschen mit Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld oder Asylbewerberleistungen günstiger durch ganz Deutschland mit Bus und Bahn im Nahverkehr. In Hamm gibt es den Berechtigungsnachweis bei der Stelle, die Ihre Leistung zahlt.',
  summaryLeichteSprache:
    'Sie bekommen Grundsicherungsgeld, Wohngeld oder eine andere Hilfe. Dann können Sie ein billiges Ticket für Bus und Bahn kaufen. Das Ticket heißt Deutschlandticket Sozial. Es gilt in ganz Deutschland.',
  kind: 'geldleistung',
  body: [
    'Das Deutschlandticket Sozial ist ein vergünstigtes Deutschlandticket für Menschen mit wenig Geld in Nordrhein-Westfalen. Es gilt wie das normale Deutschlandticket in ganz Deutschland in Bussen, Straßen-, U- und S-Bahnen sowie in Regionalzügen in der 2. Klasse, nicht aber im Fernverkehr wie ICE oder IC. Das normale Deutschlandticket kostet seit Januar 2026 63 Euro im Monat; das Sozialticket ist günstiger (2025 kostete es in Nordrhein-Westfalen 48 Euro). Den aktuellen Preis nennen Ihnen die Stadtwerke Hamm.',
    'Kaufen können es Menschen, die Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Leistungen nach dem Asylbewerberleistungsgesetz oder Leistungen der Kriegsopferfürsorge bekommen. Die Stadt stellt dafür einen Berechtigungsnachweis aus. Jede berechtigte Person im Haushalt kann ein eigenes Ticket bekommen. Das Ticket ist ein monatlich kündbares Abonnement und gilt so lange wie Ihr Berechtigungsnachweis.',
    'Wer nur in Hamm unterwegs ist, kann bei den Stadtwerken Hamm auch das HammTicket Mobil für Leistungsberechtigte nutzen. Kinder unter sechs Jahren fahren mit dem Deutschlandticket kostenlos mit. Für Schülerinnen, Schüler und Auszubildende aus Hamm gab es ab August 2023 das kostenlose MaxiTicket; ob es im laufenden Schuljahr noch gilt, sagen Ihnen die Stadtwerke Hamm.',
  ],
  handlungsfelder: ['wohnen-wohnumfeld-und-mobilitaet'],
  lebenslagen: ['wenig-geld'],
  kontakte: ['wohngeldstelle-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Stadtwerke Hamm (Verkauf) und die Stelle, die Ihre Leistung zahlt (Berechtigungsnachweis)',
  eligibilitySummary:
    'Für Menschen mit Wohnsitz in Hamm, die Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Asylbewerberleistungen oder Leistungen der Kriegsopferfürsorge bekommen. Haben Sie keine dieser Leistungen angegeben, könnten aber eine davon bekommen, zeigt der Situations-Finder das Angebot als „vielleicht“. Kinderzuschlag allein gehört nach den Angaben der Verkehrsverbünde nicht zu den berechtigenden Leistungen; fragen Sie im Zweifel bei der Stadt Hamm nach.',
  costs:
    'Monatlich kündbares Abonnement zu einem ermäßigten Preis unter dem Preis des normalen Deutschlandtickets (63 Euro im Monat seit Januar 2026). 2025 kostete das Deutschlandticket Sozial in Nordrhein-Westfalen 48 Euro; den aktuellen Preis nennen Ihnen die Stadtwerke Hamm. Bezahlt wird per Lastschrift.',
  steps: [
    'Lassen Sie sich Ihre Berechtigung bescheinigen – bei der Stelle, die Ihnen die Leistung zahlt, zum Beispiel beim Kommunalen Jobcenter oder bei der Wohngeldstelle der Stadt Hamm. Oft reicht der aktuelle Bescheid.',
    'Bestellen Sie das Deutschlandticket Sozial bei den Stadtwerken Hamm, online oder im Kundencenter, mit Berechtigungsnachweis und Ausweis.',
    'Verlängern Sie den Nachweis rechtzeitig, wenn Ihre Leistung neu bewilligt wird.',
  ],
  documents: [
    'Aktueller Leistungsbescheid oder Berechtigungsnachweis',
    'Personalausweis oder anderer Lichtbildausweis',
    'Bankverbindung für das Lastschriftverfahren',
  ],
  legalBasis: 'Tarifangebot der Verkehrsunternehmen in Nordrhein-Westfalen, gefördert vom Land NRW; keine bundesgesetzliche Leistung',
  synonyms:
    'Sozialticket, Deutschlandticket Sozial, D-Ticket Sozial, HammTicket Mobil, MobilAbo, günstiges Ticket, Bus und Bahn billig, Stadtwerke Hamm, Grundsicherungsgeld Ticket, Bürgergeld Ticket',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe', 'wohngeld', 'asylbewerberleistungen'] },
  ]),
  testFamilies: [
    {
      name: 'Familie mit Wohngeld in Hamm',
      household: {
        version: 1,
        livesInHamm: true,
        receives: ['wohngeld'],
        members: [
          { role: 'adult', age: 44 },
          { role: 'child', age: 13 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit Grundsicherungsgeld, Wohnort nicht angegeben',
      household: {
        version: 1,
        receives: ['buergergeld'],
        members: [
          { role: 'adult', age: 36 },
          { role: 'child', age: 8 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie in Hamm mit geringem Einkommen, noch ohne Leistungen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'low',
        receives: [],
        members: [
          { role: 'adult', age: 30, residenceStatus: 'german' },
          { role: 'child', age: 5 },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie in Hamm mit hohem Einkommen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'high',
        receives: ['kindergeld'],
        members: [
          { role: 'adult', age: 42, residenceStatus: 'german' },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Asylbewerberleistungen in Hamm',
      household: {
        version: 1,
        livesInHamm: true,
        receives: ['asylbewerberleistungen'],
        members: [
          { role: 'adult', age: 29, residenceStatus: 'asylum-seeker' },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit Wohngeld, wohnt in Ahlen',
      household: {
        version: 1,
        livesInHamm: false,
        receives: ['wohngeld'],
        members: [
          { role: 'adult', age: 41 },
          { role: 'child', age: 9 },
        ],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
