import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: § 18 SGB VIII (Abs. 1: Beratung und Unterstützung allein sorgender Mütter und Väter einschließlich der Geltendmachung
// von Unterhalts- oder Unterhaltsersatzansprüchen; Abs. 3: Umgangsberatung; Abs. 4: junge Volljährige bis 21 bei Unterhaltsansprüchen);
// § 59 Abs. 1 Nr. 3 SGB VIII (kostenlose Beurkundung von Unterhaltsverpflichtungen beim Jugendamt); §§ 1601 ff. BGB.
export default {
  title: 'Beratung und Unterstützung bei Unterhalt',
  slug: 'unterhaltsberatung',
  summary:
    'Wie viel Unterhalt steht meinem Kind zu? Was tun, wenn nicht gezahlt wird? Das Jugendamt berät Alleinerziehende und junge Volljährige bis 21 kostenlos zu Unterhalt und Umgang, rechnet mit Ihnen nach und beurkundet Unterhaltsvereinbarungen gebührenfrei.',
  summaryLeichteSprache:
    'Nach einer Trennung muss der andere Eltern-Teil Geld für das Kind bezahlen. Das heißt Unterhalt. Das Jugendamt erklärt Ihnen, wie viel Geld Ihr Kind bekommt. Die Beratung kostet nichts.',
  kind: 'beratung',
  body: [
    'Nach einer Trennung tauchen viele Fragen auf: Wie viel Unterhalt muss der andere Elternteil zahlen? Was gilt, wenn das Kind abwechselnd bei beiden Eltern lebt? Was passiert, wenn der Unterhalt ausbleibt? Das Jugendamt berät Sie dazu kostenlos und vertraulich.',
    'Die Fachkräfte erklären Ihnen, wie der Unterhalt nach der Düsseldorfer Tabelle berechnet wird, und helfen Ihnen, den Anspruch Ihres Kindes geltend zu machen. Eine Unterhaltsverpflichtung können beide Eltern beim Jugendamt kostenlos beurkunden lassen – die Urkunde wirkt wie ein Urteil.',
    'Auch junge Volljährige bis 21 Jahre werden beraten, wenn es um ihren eigenen Unterhalt geht, zum Beispiel während der Schule, der Ausbildung oder des Studiums. Und das Jugendamt berät Eltern und Kinder zum Umgang, wenn sie nach einer Trennung eine gute Regelung suchen.',
    'Soll das Jugendamt den Unterhalt für Ihr Kind nicht nur erklären, sondern selbst durchsetzen, beantragen Sie eine Beistandschaft. Zahlt der andere Elternteil nicht, kann zusätzlich der Unterhaltsvorschuss helfen.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  lebenslagen: ['alleinerziehend', 'wenig-geld'],
  eligibilitySummary:
    'Mütter und Väter in Hamm, die allein für ein Kind sorgen, und junge Volljährige bis zum 21. Geburtstag bei ihrem eigenen Unterhalt. Die Beurkundung von Unterhaltsverpflichtungen steht beiden Eltern offen.',
  kontakte: ['jugendamt-hamm'],
  erklaervideos: [],
  provider: 'Jugendamt der Stadt Hamm (Beistandschaften, Beurkundungen)',
  costs: 'Beratung und Beurkundung beim Jugendamt sind kostenlos.',
  steps: [
    'Vereinbaren Sie einen Termin beim Jugendamt oder fragen Sie an der Familien-Service-Theke im Familienrathaus nach dem richtigen Ansprechpartner.',
    'Bringen Sie die Unterlagen mit, die Sie haben – vor allem Nachweise über das Einkommen des anderen Elternteils, wenn bekannt.',
    'Sie besprechen mit der Fachkraft, welcher Unterhalt Ihrem Kind zusteht und wie Sie ihn bekommen – zum Beispiel über eine Urkunde, eine Beistandschaft oder den Unterhaltsvorschuss.',
  ],
  documents: [
    'Geburtsurkunde des Kindes',
    'Ihr Ausweis',
    'Vorhandene Unterhaltsurkunden, Beschlüsse oder Vereinbarungen',
    'Nachweise über Einkommen und Zahlungen, soweit vorhanden',
  ],
  legalBasis: '§ 18 SGB VIII; § 59 SGB VIII (Beurkundung); §§ 1601 ff. BGB',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__18.html',
  synonyms:
    'Unterhalt, Unterhaltsberatung, Kindesunterhalt, Düsseldorfer Tabelle, Unterhaltsberechnung, Unterhaltsurkunde, Jugendamtsurkunde, Beurkundung, Umgang, Umgangsrecht, Trennung, Scheidung, Volljährigenunterhalt',
  rules: rules([
    { blockType: 'household', livesInHamm: true, singleParent: true },
    {
      blockType: 'child',
      maxAge: 21,
      includeMovedOut: true,
      reason: 'Sie sorgen allein für Ihr Kind – das Jugendamt berät Sie kostenlos zum Unterhalt.',
    },
  ]),
  testFamilies: [
    {
      name: 'Alleinerziehender Vater in Hamm mit Kind (11)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: true,
        members: [
          { role: 'adult', age: 44 },
          { role: 'child', age: 11, maintenance: 'partial' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Paar in Hamm mit Kind (11)',
      household: {
        version: 1,
        livesInHamm: true,
        singleParent: false,
        members: [
          { role: 'adult', age: 44 },
          { role: 'adult', age: 42 },
          { role: 'child', age: 11 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Alleinerziehende Mutter mit Kind (4), Wohnort nicht angegeben',
      household: {
        version: 1,
        singleParent: true,
        members: [
          { role: 'adult', age: 30 },
          { role: 'child', age: 4 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
