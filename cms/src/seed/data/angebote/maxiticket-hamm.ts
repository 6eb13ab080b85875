import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: hamm.de „Die Schulwegtickets“ (seit 01.08.2023 kostenloses MaxiTicket für alle Schülerinnen, Schüler und Auszubildenden
// mit Wohnort Hamm, ganztägig im Stadtgebiet, 1 Jahr gültig, PDF oder Handy; QR-Code für die jüngeren Jahrgänge, ältere Schüler und
// Azubis registrieren sich unter www.stadtwerke-hamm.de/abo-online; gilt auch im Schuljahr 2024/25 – https://hamm.de/schulweg-1/schulwegtickets);
// für die Zeit nach Juli 2026 (Ende der drei Jahre) wurde bis 12/2026 keine Quelle für eine Verlängerung oder ein Ende gefunden; auch die
// Seed-Quelldokumente (Strategie und Meilensteine, Familienbericht, Pressetexte zu Hamm) nennen MaxiTicket und Deutschlandticket nicht. Die Texte sagen
// deshalb, was bis Juli 2026 galt, und verweisen für den heutigen Stand (05.12.2026) an die Stadtwerke Hamm und die Familien-Service-Theke.
// friedensschulehamm.de / Westfälischer Anzeiger 17.06.2023 (zunächst für drei Jahre; automatisch für 6- bis 16-Jährige,
// auch für Kinder über sechs, die noch nicht zur Schule gehen); lippewelle.de (Ticket muss im Bus mitgeführt werden).
export default {
  title: 'MaxiTicket Hamm: kostenlos Bus fahren für Schüler und Azubis',
  slug: 'maxiticket-hamm',
  summary:
    'Mit dem MaxiTicket konnten alle Schülerinnen, Schüler und Auszubildenden aus Hamm ab August 2023 kostenlos Bus im ganzen Stadtgebiet fahren, auch in der Freizeit – eingeführt zunächst bis Juli 2026. Ob es im laufenden Schuljahr weiter gilt, sagen Ihnen die Stadtwerke Hamm.',
  summaryLeichteSprache:
    'Du gehst zur Schule oder machst eine Ausbildung? Du wohnst in Hamm? Dann konntest du mit dem Maxi-Ticket kostenlos Bus fahren. Das Ticket war zuerst bis Juli 2026 geplant. Gibt es das Ticket jetzt noch? Das sagen dir die Stadtwerke.',
  kind: 'service',
  body: [
    'Mit dem MaxiTicket fahren alle Schülerinnen und Schüler sowie Auszubildenden mit Wohnort Hamm kostenlos mit den Bussen im gesamten Stadtgebiet. Das Ticket gilt den ganzen Tag und auch am Wochenende – zur Schule, zum Sportverein, zu Freunden oder ins Kino.',
    'Das Ticket gilt jeweils für ein Jahr. Sie bekommen es als PDF zum Ausdrucken oder auf das Handy. Wichtig: Im Bus muss man das Ticket dabeihaben, auch wenn die Fahrt nichts kostet.',
    'Jüngere Schülerinnen und Schüler erhalten von der Stadt einen persönlichen QR-Code, mit dem die Registrierung besonders einfach ist. Ältere Schülerinnen und Schüler und alle Auszubildenden registrieren sich selbst im Abo-Portal der Stadtwerke Hamm.',
    'Die Stadt Hamm hat das kostenlose MaxiTicket zum 1. August 2023 eingeführt, zunächst für drei Jahre, also bis Ende Juli 2026. Die Stadt hat bestätigt, dass es im Schuljahr 2024/25 galt; ob es nach Juli 2026 verlängert wurde, haben wir in keiner Quelle gefunden. Fragen Sie deshalb bei den Stadtwerken Hamm oder an der Familien-Service-Theke, ob es das MaxiTicket im laufenden Schuljahr noch gibt und ob es weiter kostenlos ist. Wer über Hamm hinaus fahren möchte, kann ein Deutschlandticket kaufen; Schülerinnen und Schüler mit Anspruch auf Übernahme der Fahrtkosten bekamen es in den Schuljahren 2023/24 und 2024/25 auf Antrag kostenlos von der Stadt Hamm; ob das weiter gilt, sagt Ihnen das Schulamt (siehe Schülerfahrkosten).',
  ],
  handlungsfelder: ['wohnen-wohnumfeld-und-mobilitaet'],
  lebenslagen: ['schulkind', 'jugendliche-beruf'],
  eligibilitySummary:
    'Schülerinnen, Schüler und Auszubildende mit Wohnort in Hamm (auch Kinder ab sechs Jahren, die noch nicht zur Schule gehen). Gültig im Stadtgebiet Hamm; eingeführt am 1. August 2023 zunächst für drei Jahre, bis Ende Juli 2026. Dass es danach verlängert wurde, konnten wir nicht bestätigen – der Situations-Finder zeigt es deshalb nur als „kann auch passen“. Ob es im laufenden Schuljahr noch gilt, sagen Ihnen die Stadtwerke Hamm oder die Familien-Service-Theke im Familienrathaus.',
  // The Stadtwerke's customer centre has no verified street address; the Familienrathaus answers questions.
  kontakte: ['familienrathaus'],
  erklaervideos: [],
  provider: 'Stadt Hamm und Stadtwerke Hamm GmbH',
  costs: 'Kostenlos.',
  applyUrl: 'https://www.stadtwerke-hamm.de/abo-online',
  steps: [
    'Hat Ihr Kind mit der Post einen QR-Code bekommen? Dann registrieren Sie es damit im Abo-Portal der Stadtwerke Hamm.',
    'Ältere Schülerinnen und Schüler und alle Auszubildenden registrieren sich selbst im Abo-Portal der Stadtwerke (stadtwerke-hamm.de/abo-online).',
    'Laden Sie das Ticket als PDF herunter oder speichern Sie es auf dem Handy. Es muss bei jeder Fahrt dabei sein.',
    'Denken Sie daran, das Ticket nach einem Jahr zu erneuern.',
  ],
  documents: ['QR-Code aus dem Brief der Stadt (falls erhalten)', 'Schulbescheinigung oder Ausbildungsvertrag (für die Selbstregistrierung)'],
  legalBasis: 'Freiwilliges Angebot der Stadt Hamm und der Stadtwerke Hamm (kein gesetzlicher Anspruch)',
  synonyms:
    'MaxiTicket, Maxi-Ticket, Schülerticket, Azubiticket, Busticket, Schulweg, Schulwegticket, kostenlos Bus fahren, Bus, ÖPNV, Stadtwerke Hamm, Deutschlandticket, Freizeit',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    // Time-bound: introduced for three years from 1 August 2023; no source for an extension was found.
    {
      blockType: 'proviso',
      text: 'die Stadt das kostenlose MaxiTicket im laufenden Schuljahr noch anbietet – eingeführt war es im August 2023 zunächst für drei Jahre, bis Juli 2026',
    },
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'child',
          minAge: 6,
          activities: ['grundschule', 'weiterfuehrende-schule', 'foerderschule', 'berufskolleg', 'ausbildung'],
          reason: 'In Ihrer Familie geht ein Kind zur Schule oder macht eine Ausbildung – dafür ist das MaxiTicket gedacht.',
        },
        {
          blockType: 'adult',
          employment: ['trainee'],
          reason: 'Sie machen eine Ausbildung und wohnen in Hamm – dafür ist das MaxiTicket gedacht.',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Schüler (12)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 43, employment: 'employed' },
          { role: 'child', age: 12, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Auszubildende (19) lebt allein in Hamm',
      household: { version: 1, livesInHamm: true, members: [{ role: 'adult', age: 19, employment: 'trainee' }] },
      expected: 'maybe',
    },
    {
      name: 'Familie in Hamm mit Kita-Kind (4), Eltern berufstätig',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 34, employment: 'employed' },
          { role: 'adult', age: 35, employment: 'employed' },
          { role: 'child', age: 4, activity: 'kita' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Schülerin (15), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 48, employment: 'employed' },
          { role: 'child', age: 15, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
