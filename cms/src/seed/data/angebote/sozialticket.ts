import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Deutschlandticket Sozial',
  slug: 'sozialticket',
  summary:
    'Mit dem Deutschlandticket Sozial fahren Menschen mit Bürgergeld, Sozialhilfe, Wohngeld oder Asylbewerberleistungen deutlich günstiger durch ganz Deutschland mit Bus und Bahn im Nahverkehr. In Hamm gibt es den Berechtigungsnachweis bei der Stelle, die Ihre Leistung zahlt.',
  summaryLeichteSprache:
    'Sie bekommen Bürgergeld, Wohngeld oder eine andere Hilfe. Dann können Sie ein billiges Ticket für Bus und Bahn kaufen. Das Ticket heißt Deutschlandticket Sozial. Es gilt in ganz Deutschland.',
  kind: 'geldleistung',
  body: [
    'Das Deutschlandticket Sozial ist ein vergünstigtes Deutschlandticket für Menschen mit wenig Geld in Nordrhein-Westfalen. Es gilt wie das normale Deutschlandticket in ganz Deutschland in Bussen, Straßen-, U- und S-Bahnen sowie in Regionalzügen in der 2. Klasse, nicht aber im Fernverkehr wie ICE oder IC. Das normale Deutschlandticket kostet seit Januar 2026 63 Euro im Monat; das Sozialticket ist deutlich günstiger.',
    'Kaufen können es Menschen, die Bürgergeld, Sozialhilfe, Wohngeld, Leistungen nach dem Asylbewerberleistungsgesetz oder Leistungen nach dem Bundesversorgungsgesetz bekommen. Jede berechtigte Person im Haushalt kann ein eigenes Ticket bekommen. Das Ticket ist ein monatlich kündbares Abonnement und gilt so lange wie Ihr Berechtigungsnachweis.',
    'Wer nur in Hamm unterwegs ist, kann bei den Stadtwerken Hamm auch das HammTicket Mobil für Leistungsberechtigte nutzen. Kinder unter sieben Jahren, die noch nicht zur Schule gehen, fahren in Nordrhein-Westfalen in Begleitung kostenlos mit. Für Schülerinnen, Schüler und Auszubildende aus Hamm gibt es das MaxiTicket.',
  ],
  handlungsfelder: ['wohnen-wohnumfeld-und-mobilitaet'],
  lebenslagen: ['wenig-geld'],
  kontakte: ['wohngeldstelle-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Stadtwerke Hamm (Verkauf) und die Stelle, die Ihre Leistung zahlt (Berechtigungsnachweis)',
  eligibilitySummary:
    'Für Menschen mit Wohnsitz in Hamm, die Bürgergeld, Sozialhilfe, Wohngeld, Asylbewerberleistungen oder Leistungen nach dem Bundesversorgungsgesetz bekommen. Haben Sie keine dieser Leistungen angegeben, könnten aber eine davon bekommen, zeigt der Situations-Finder das Angebot als „vielleicht“. Vereinfacht: Ob auch der Kinderzuschlag berechtigt, klären Sie bitte mit den Stadtwerken Hamm.',
  costs: 'Monatliches Abonnement zu einem ermäßigten Preis; den aktuellen Preis nennen Ihnen die Stadtwerke Hamm. Bezahlt wird per Lastschrift.',
  steps: [
    'Lassen Sie sich Ihre Berechtigung bescheinigen – bei der Stelle, die Ihnen die Leistung zahlt, zum Beispiel beim Kommunalen Jobcenter oder bei der Wohngeldstelle der Stadt Hamm. Oft reicht der aktuelle Bescheid.',
    'Bestellen Sie das Deutschlandticket Sozial bei den Stadtwerken Hamm, online oder im Kundencenter, mit Berechtigungsnachweis und Ausweis.',
    'Verlängern Sie den Nachweis rechtzeitig, wenn Ihre Leistung neu bewilligt wird.',
  ],
  documents: ['Aktueller Leistungsbescheid oder Berechtigungsnachweis', 'Personalausweis oder anderer Lichtbildausweis', 'Bankverbindung für das Lastschriftverfahren'],
  legalBasis: 'Tarifangebot der Verkehrsunternehmen in Nordrhein-Westfalen, gefördert vom Land NRW; keine bundesgesetzliche Leistung',
  synonyms: 'Sozialticket, Deutschlandticket Sozial, D-Ticket Sozial, HammTicket Mobil, MobilAbo, günstiges Ticket, Bus und Bahn billig, Stadtwerke Hamm',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    { blockType: 'receives', benefits: ['buergergeld', 'sozialhilfe', 'wohngeld', 'asylbewerberleistungen'] },
  ]),
  testFamilies: [
    {
      name: 'Familie mit Wohngeld in Hamm',
      household: { version: 1, livesInHamm: true, receives: ['wohngeld'], members: [{ role: 'adult', age: 44 }, { role: 'child', age: 13 }] },
      expected: 'yes',
    },
    {
      name: 'Familie mit Bürgergeld, Wohnort nicht angegeben',
      household: { version: 1, receives: ['buergergeld'], members: [{ role: 'adult', age: 36 }, { role: 'child', age: 8 }] },
      expected: 'maybe',
    },
    {
      name: 'Familie in Hamm mit geringem Einkommen, noch ohne Leistungen',
      household: {
        version: 1,
        livesInHamm: true,
        income: 'low',
        receives: [],
        members: [{ role: 'adult', age: 30, residenceStatus: 'german' }, { role: 'child', age: 5 }],
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
        members: [{ role: 'adult', age: 42, residenceStatus: 'german' }, { role: 'child', age: 10 }],
      },
      expected: 'no',
    },
  ],
} satisfies SeedAngebot
