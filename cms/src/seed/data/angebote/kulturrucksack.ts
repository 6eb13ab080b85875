import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Stadt Hamm „Der Kulturrucksack NRW in Hamm“ (Landesprogramm für alle 10- bis 14-Jährigen in NRW; Hamm seit dem
// 20.12.2011 Pilotstadt; Partner Gustav-Lübcke-Museum, Stadtbücherei, Kulturbüro, Jugendkulturzentrum KUBUS, HELIOS-Theater,
// Kulturrevier Radbod, Kulturwerkstatt Oberonstraße mit Jugendkunstschule):
// http://www.hamm.de/kultur/kulturangebot/kinder-und-jugendkultur/kulturrucksack-nrw.html;
// Stadt Hamm „Angebote in Hamm gestartet“ (25 kostenfreie Angebote von zehn Hammer Akteuren – Stadtarchiv, KUBUS, HELIOS-Theater,
// Gustav-Lübcke-Museum, Zentralbibliothek, Tanzschule, Jugend- und Stadtteilzentren; Workshops von einem bis fünf Tagen, Ferienangebote,
// Projekte über drei Monate, wöchentliche und ganzjährige Angebote wie das Kidz Atelier im KUBUS; Koordinierungsstelle im
// Kulturbüro; gefördert von der Stadt und vom Land NRW; Projektideen für 2026 gesammelt):
// https://hamm.de/kultur/news/angebote-in-hamm-gestartet; KUBUS als Anlaufstelle, wohnortnahe Jugendeinrichtungen:
// http://kubus-hamm.de/?page_id=2500; Anmeldung zu den Projekten nötig: https://sekundarschule-leichlingen.de/index.php/194-kulturrucksack-nrw-projekte-fuer-jugendliche-zwischen-10-14-jahren-auch-in-den-osterferien;
// Landesprogramm seit 2012, kostenlos für 10- bis 14-Jährige: https://www.hellwegradio.de/artikel/veranstaltungsreihe-kulturrucksack-stellt-programm-vor-2273547.html;
// Kulturstrolche für das 2. bis 4. Schuljahr: https://serviceportal.hamm.de/wissen/-/egov-bis-detail/dienstleistung/2588/show;
// Teilhabebetrag Bildung und Teilhabe für Kultur: Angebot bildung-und-teilhabe. Eine Anschrift von Kulturbüro oder KUBUS war
// nicht belegbar; die persönlichen E-Mail-Adressen der Koordinierungsstelle stehen bewusst nicht hier.
// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).
export default {
  title: 'KulturRucksack – kostenlose Kultur für 10- bis 14-Jährige',
  slug: 'kulturrucksack',
  summary:
    'Theater spielen, Beats bauen, Radio machen, tanzen, malen oder Geheimcodes knacken: Mit dem KulturRucksack NRW gibt es in Hamm kostenlose Workshops und Projekte für Kinder und Jugendliche von 10 bis 14 Jahren – in Museen, Theatern, Bibliothek und Jugendzentren.',
  summaryLeichteSprache:
    'Ihr Kind ist 10 bis 14 Jahre alt? Dann kann es beim Kultur-Rucksack mitmachen. Zum Beispiel Theater spielen, tanzen oder Musik machen. Das kostet nichts. Ihr Kind muss sich vorher anmelden.',
  kind: 'freizeit',
  body: [
    'Der KulturRucksack ist ein Programm des Landes Nordrhein-Westfalen für alle Kinder und Jugendlichen von 10 bis 14 Jahren. Sie sollen Kunst und Kultur ausprobieren können – ohne dass es am Geld scheitert. Hamm ist seit dem Start dabei.',
    'Hammer Kultureinrichtungen und Jugendzentren stellen jedes Jahr ein Programm zusammen, zum Beispiel das Jugendkulturzentrum KUBUS, das HELIOS-Theater, das Gustav-Lübcke-Museum, das Stadtarchiv, die Zentralbibliothek sowie Jugend- und Stadtteilzentren. Es gibt kurze Schnupper-Workshops, Ferienangebote über mehrere Tage, Projekte über einige Monate und Angebote jede Woche – von Theater, Tanz und Rap über Radio und Film bis zu Kunst, Manga und Skateboard-Bau.',
    'Die Angebote sind kostenlos. Für viele muss sich Ihr Kind vorher anmelden – wie, steht beim jeweiligen Angebot. Das Programm finden Sie auf hamm.de; Fragen beantwortet die Koordinierungsstelle im Kulturbüro der Stadt Hamm.',
    'Für jüngere Kinder gibt es das Projekt „Kulturstrolche“ des Kulturbüros: Schulkinder vom 2. bis zum 4. Schuljahr entdecken Museum, Theater und Bibliothek. Für Kurse, die Geld kosten – etwa in der Musikschule oder im Verein –, können Familien mit Grundsicherungsgeld (bisher Bürgergeld), Wohngeld oder Kinderzuschlag den Teilhabebetrag aus Bildung und Teilhabe nutzen.',
  ],
  handlungsfelder: ['familienfreundliches-sport-freizeit-und-kulturangebot', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['schulkind', 'jugendliche-beruf', 'wenig-geld'],
  eligibilitySummary:
    'Für Kinder und Jugendliche in Hamm von 10 bis 14 Jahren. Die Angebote sind kostenlos; es gibt keine Einkommensgrenze. Für viele Angebote ist eine Anmeldung nötig, und manche richten sich nur an einen Teil dieser Altersspanne.',
  kontakte: ['familienbuero'],
  erklaervideos: [],
  provider:
    'Stadt Hamm – Kulturbüro (Koordinierung) mit KUBUS, HELIOS-Theater, Gustav-Lübcke-Museum, Stadtarchiv, Zentralbibliothek und Jugendzentren; gefördert vom Land NRW',
  costs: 'Kostenlos. Das Land NRW und die Stadt Hamm bezahlen die Angebote.',
  steps: [
    'Schauen Sie sich mit Ihrem Kind das aktuelle KulturRucksack-Programm auf hamm.de an.',
    'Melden Sie Ihr Kind für das Angebot an, das es ausprobieren möchte, so wie es beim Angebot beschrieben ist.',
    'Ihr Kind nimmt teil – einmal, an mehreren Tagen in den Ferien oder regelmäßig, je nach Angebot.',
  ],
  documents: ['Anmeldung beim jeweiligen Angebot', 'bei Ausflügen oder mehrtägigen Projekten: Einverständnis der Eltern'],
  legalBasis: 'Landesprogramm „Kulturrucksack NRW“; § 11 SGB VIII (Jugendarbeit, kulturelle Bildung)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__11.html',
  synonyms:
    'KulturRucksack, Kulturrucksack NRW, kostenlose Workshops, Kultur für Kinder, Kultur für Jugendliche, Theater Workshop, Tanzkurs kostenlos, Ferienworkshop, KUBUS, Jugendkulturzentrum, HELIOS-Theater, Kidz Atelier, Kulturstrolche, Freizeit 10 bis 14 Jahre, Kunst, Musik, Radio',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'child',
      minAge: 10,
      maxAge: 15,
      reason: 'In Ihrer Familie lebt ein Kind zwischen 10 und 14 Jahren – genau das Alter für den KulturRucksack.',
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Kind (12)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 42 },
          { role: 'child', age: 12, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Grenzfall: Kind gerade 10 geworden',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 37 },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Grenzfall: Jugendlicher ist 15',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 45 },
          { role: 'child', age: 15 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie in Hamm mit Kindern (4 und 8)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 4 },
          { role: 'child', age: 8 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Kind (11), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 39 },
          { role: 'child', age: 11 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
