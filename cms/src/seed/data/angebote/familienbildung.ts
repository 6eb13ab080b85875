import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: familie-in-nrw.de „Beispiel guter Praxis: Elternschule Hamm e.V.“ (gemeinsame Initiative freier und öffentlicher Träger
// zur präventiven Eltern- und Familienbildung, trägerübergreifend und sozialraumorientiert); hammwiki.info „Elternschule Hamm e.V.“
// (Plattform statt eigener Einrichtung, Ratsbeschluss 2003, eingetragener Verein seit 2008, aufsuchende Elternbildung);
// hamm.de „Willkommensbesuche“ (über 100 Mitgliedsinstitutionen, Kurse von PEKiP und Babyschwimmen bis Elternkurs);
// lippewelle.de / westfalenspiegel.de (Team der Elternschule im Familienrathaus); § 16 SGB VIII.
export default {
  title: 'Familienbildung und Elternkurse (Elternschule Hamm)',
  slug: 'familienbildung',
  summary:
    'Babymassage, Eltern-Kind-Gruppe, Elternkurs oder ein Vortrag zur Pubertät: Die Elternschule Hamm bündelt Kurse und Treffs von über 100 Einrichtungen für Eltern – von der Schwangerschaft bis zur Jugend. Viele Angebote sind kostenlos oder günstig.',
  summaryLeichteSprache:
    'Eltern lernen in Kursen viel über ihre Kinder. Zum Beispiel über Babys, Essen oder Erziehung. Die Eltern-Schule in Hamm zeigt Ihnen Kurse in Ihrer Nähe. Viele Kurse kosten nichts oder wenig.',
  kind: 'bildung',
  body: [
    'Eltern sein lernt man nicht aus dem Buch – aber Austausch und gute Tipps helfen. In der Familienbildung treffen Sie andere Eltern, bekommen Anregungen von Fachleuten und finden Antworten auf Ihre Fragen.',
    'Die Elternschule Hamm ist keine Schule mit einem eigenen Haus, sondern ein Netzwerk: Kitas, Familienzentren, Schulen, Beratungsstellen, Vereine, Kirchen- und Moscheegemeinden, Bildungsträger und die Stadt bieten gemeinsam Kurse und Treffs an. Über 100 Einrichtungen machen mit, verteilt über alle Stadtbezirke.',
    'Das Angebot reicht von Geburtsvorbereitung, Babymassage und Eltern-Kind-Gruppen über Ernährung, Sprachförderung und Medienerziehung bis zu Elternkursen für Familien mit Schulkindern und Jugendlichen. Manche Angebote kommen auch zu den Familien nach Hause oder in den Stadtteil.',
    'Das Team der Elternschule sitzt im Familienrathaus am Caldenhofer Weg 10 und hilft Ihnen, das passende Angebot zu finden.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['schwangerschaft-geburt', 'kleinkind', 'schulkind', 'neu-in-hamm'],
  eligibilitySummary: 'Alle werdenden Eltern, Mütter, Väter und andere Erziehende in Hamm – ohne Voraussetzungen.',
  kontakte: ['elternschule-hamm', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Elternschule Hamm e.V. mit den Einrichtungen ihres Netzwerks',
  costs:
    'Viele Treffs und Vorträge sind kostenlos, für Kurse nehmen die Anbieter meist einen kleinen Beitrag. Die Preise stehen beim jeweiligen Angebot; fragen Sie nach Ermäßigungen.',
  steps: [
    'Schauen Sie sich das Kursprogramm der Elternschule an oder fragen Sie im Familienrathaus, in Ihrer Kita oder Ihrem Familienzentrum nach Angeboten in Ihrer Nähe.',
    'Melden Sie sich beim jeweiligen Anbieter für den Kurs an.',
  ],
  documents: ['Keine Unterlagen nötig.'],
  legalBasis: '§ 16 SGB VIII (Allgemeine Förderung der Erziehung in der Familie)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__16.html',
  synonyms:
    'Familienbildung, Elternschule, Elternkurs, Elternbildung, Familienbildungsstätte, Eltern-Kind-Gruppe, Krabbelgruppe, PEKiP, Babymassage, Babyschwimmen, Geburtsvorbereitung, Erziehungskurs, Familienzentrum, Kurse für Eltern',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'any',
      conditions: [
        { blockType: 'adult', pregnant: true, reason: 'Sie erwarten ein Baby – die Elternschule hat Kurse schon für die Zeit vor der Geburt.' },
        { blockType: 'child', maxAge: 18, reason: 'Sie haben Kinder – die Elternschule Hamm bietet Kurse und Treffs für Eltern.' },
      ],
    },
  ]),
  testFamilies: [
    {
      name: 'Eltern in Hamm mit Baby (3 Monate)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 27 },
          { role: 'child', age: 0.25 },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar in Hamm ohne Kinder, nicht schwanger',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 28, pregnant: false },
          { role: 'adult', age: 30, pregnant: false },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Familie mit Kind (6), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 34 },
          { role: 'child', age: 6 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
