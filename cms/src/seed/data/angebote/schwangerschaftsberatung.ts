import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 2 SchKG (Recht jeder Frau und jedes Mannes auf – auf Wunsch anonyme – Beratung in allen Fragen rund um eine
// Schwangerschaft; Hilfen für Schwangere und junge Familien); §§ 5–7 SchKG und § 219 StGB (Schwangerschaftskonfliktberatung mit
// Beratungsbescheinigung); caritas-hamm.de „Beratungszentrum“ (seit Juli 2014 Schwangerschaftsberatung des SkF Hörde im Caritas-
// Beratungszentrum Franziskanerstraße 3); erzbistum-paderborn.de (katholische Schwangerschaftsberatung, Bundesstiftung Mutter und Kind);
// lokalkompass.de (SkF: katholische Beratung ohne Beratungsschein); duelmenplus.de (Begleitung bis zum dritten Lebensjahr des Kindes).
// Seit 01.07.2026 heißt das Bürgergeld Grundsicherungsgeld (13. SGB-II-Änderungsgesetz, BGBl. 2026 I Nr. 107).
export default {
  title: 'Schwangerschaftsberatung',
  slug: 'schwangerschaftsberatung',
  summary:
    'Schwanger – und viele Fragen? Staatlich anerkannte Beratungsstellen beraten Sie und Ihren Partner kostenlos, vertraulich und auf Wunsch anonym: zu Geld und Anträgen, Arbeit, Partnerschaft, Pränataldiagnostik oder im Schwangerschaftskonflikt – auch bis zum 3. Geburtstag des Kindes.',
  summaryLeichteSprache:
    'Sie sind schwanger? Sie haben Fragen oder Sorgen? Dann können Sie zu einer Beratungs-Stelle gehen. Dort hilft man Ihnen. Zum Beispiel bei Anträgen und bei Geld-Sorgen. Die Beratung kostet nichts. Niemand erfährt davon.',
  kind: 'beratung',
  body: [
    'Jede Frau und jeder Mann hat das Recht, sich zu allen Fragen rund um eine Schwangerschaft beraten zu lassen – auf Wunsch auch anonym. Die Beraterinnen und Berater haben Schweigepflicht. Die Beratung ist kostenlos und unabhängig von Religion und Herkunft.',
    'Themen sind zum Beispiel: Welche Leistungen stehen mir zu – Mutterschutz, Elterngeld, Kindergeld, Wohngeld, Grundsicherungsgeld (bisher Bürgergeld)? Wie stelle ich die Anträge? Was ist, wenn das Geld für die Erstausstattung nicht reicht? Die Beratungsstellen können dafür auch Geld aus der Bundesstiftung Mutter und Kind beantragen. Sie beraten außerdem zu Partnerschaft, Arbeit und Ausbildung, zu vorgeburtlichen Untersuchungen und nach einer Fehl- oder Totgeburt.',
    'Die Begleitung endet nicht mit der Geburt: Viele Beratungsstellen unterstützen Familien, bis das Kind drei Jahre alt ist.',
    'In Hamm berät zum Beispiel die katholische Schwangerschaftsberatung des Sozialdienstes katholischer Frauen (SkF) im Caritas-Beratungszentrum. Wenn Sie über einen Schwangerschaftsabbruch nachdenken, brauchen Sie eine Konfliktberatung mit Beratungsschein. Diesen Schein stellen katholische Stellen nicht aus – die Familien-Service-Theke im Familienrathaus nennt Ihnen eine passende anerkannte Stelle.',
  ],
  handlungsfelder: ['gesundheitliche-foerderung-und-hilfen', 'staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['schwangerschaft-geburt', 'wenig-geld', 'alleinerziehend'],
  eligibilitySummary:
    'Alle Schwangeren und ihre Partnerinnen oder Partner, Frauen und Männer mit Fragen zu Familienplanung und Schwangerschaft sowie Familien mit Kindern unter drei Jahren. Ohne Voraussetzungen, auf Wunsch anonym.',
  kontakte: ['caritas-beratungszentrum-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Staatlich anerkannte Schwangerschaftsberatungsstellen, in Hamm u. a. der SkF im Caritas-Beratungszentrum',
  costs: 'Kostenlos.',
  steps: [
    'Rufen Sie eine Beratungsstelle an oder schreiben Sie eine E-Mail und vereinbaren Sie einen Termin. Sie können auch zu zweit kommen.',
    'Für einen Antrag bei der Bundesstiftung Mutter und Kind müssen Sie noch schwanger sein – melden Sie sich deshalb früh.',
    'Denken Sie über einen Schwangerschaftsabbruch nach, vereinbaren Sie schnell einen Termin für eine Konfliktberatung bei einer Stelle, die den Beratungsschein ausstellt.',
  ],
  documents: [
    'Mutterpass oder ärztliche Bescheinigung über die Schwangerschaft',
    'Für Anträge: Ausweis, Nachweise über Einkommen und Miete, Bescheide über Sozialleistungen',
  ],
  prominentQuickExit: true,
  legalBasis: '§ 2 Schwangerschaftskonfliktgesetz (SchKG); §§ 5–7 SchKG, § 219 StGB (Konfliktberatung)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/beratungsg/__2.html',
  synonyms:
    'Schwangerschaftsberatung, Schwangerenberatung, Schwangerschaftskonfliktberatung, Konfliktberatung, Beratungsschein, Schwangerschaftsabbruch, Bundesstiftung Mutter und Kind, SkF, Caritas, Familienplanung, Verhütung, Pränataldiagnostik, schwanger',
  rules: rules([
    {
      blockType: 'any',
      conditions: [
        {
          blockType: 'adult',
          pregnant: true,
          reason: 'Sie erwarten ein Kind – eine Schwangerschaftsberatung kann Ihnen in vielen Fragen helfen.',
        },
        {
          blockType: 'child',
          maxAge: 3,
          reason: 'Ihr Kind ist unter drei Jahren – so lange begleiten Schwangerschaftsberatungsstellen auch nach der Geburt.',
        },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Schwangere Studentin (22)',
      household: { version: 1, members: [{ role: 'adult', age: 22, pregnant: true, dueInWeeks: 25, employment: 'student' }] },
      expected: 'yes',
    },
    {
      name: 'Paar mit Baby (1)',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 30, pregnant: false },
          { role: 'adult', age: 31, pregnant: false },
          { role: 'child', age: 1 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie mit Kind (7), niemand schwanger',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 37, pregnant: false },
          { role: 'child', age: 7 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Erwachsene (26) ohne Kinder, Schwangerschaft nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 26 }] },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
