import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Seeds (Pressemitteilung „Bündnis des Monats“ 2022: ganztägige Ferienangebote für Kinder von sechs bis zwölf Jahren
// durch Vereine und Wohlfahrtsverbände; KUS Säule I umfasst die städtische Ferienbetreuung);
// hamm.de „Elternbeiträge“ (Ferienbetreuung gehört zu den beitragspflichtigen Angeboten, Beitrag nicht als Monatsbeitrag);
// § 24 Abs. 4 SGB VIII ab 01.08.2026 (Anspruch gilt auch in den Ferien, höchstens vier Wochen Schließzeit).
export default {
  title: 'Ferienbetreuung für Grundschulkinder',
  slug: 'ferienbetreuung',
  summary:
    'Die Schulferien sind lang, der Urlaub der Eltern oft kurz. In Hamm gibt es ganztägige Ferienbetreuung für Kinder von 6 bis 12 Jahren – in der Offenen Ganztagsschule, an den KUS-Schulen und bei Vereinen und Wohlfahrtsverbänden.',
  summaryLeichteSprache:
    'In den Schul-Ferien müssen viele Eltern arbeiten. Dann können Grundschul-Kinder in die Ferien-Betreuung gehen. Dort spielen und basteln die Kinder den ganzen Tag. Fragen Sie in der Schule nach.',
  kind: 'betreuung',
  body: [
    'Viele Offene Ganztagsschulen in Hamm betreuen ihre Kinder auch in einem Teil der Ferien. An den sieben Schulen mit dem Kommunalen Unterstützungssystem (KUS) gehört die städtische Ferienbetreuung fest zum Angebot.',
    'Dazu kommen ganztägige Ferienangebote von Vereinen und Wohlfahrtsverbänden für Kinder von 6 bis 12 Jahren: mit Ausflügen, Sport, Basteln und Spielen. So haben berufstätige Eltern auch in den Ferien verlässliche Unterstützung.',
    'Ab dem Schuljahr 2026/27 gilt der neue Rechtsanspruch auf Ganztagsbetreuung für Erstklässlerinnen und Erstklässler auch in den Ferien; geschlossen sein darf die Betreuung dann höchstens vier Wochen im Jahr. Der Anspruch wächst jedes Jahr um eine Klassenstufe.',
    'Für mehrtägige Ferienfahrten und den Ferienspaß-Kalender der Stadt sehen Sie sich auch das Angebot „Ferienspaß und Kinder- und Jugendfreizeiten“ an.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'hochwertige-bildung-und-betreuung'],
  lebenslagen: ['schulkind'],
  eligibilitySummary:
    'Grundschulkinder von 6 bis 12 Jahren in Hamm, vor allem Kinder in der Offenen Ganztagsschule. Plätze bei Vereinen und Verbänden je nach Angebot und freien Plätzen.',
  kontakte: ['familienbuero', 'jugendamt-hamm'],
  erklaervideos: [],
  provider: 'Offene Ganztagsschulen und KUS-Schulen in Hamm, Vereine und Wohlfahrtsverbände',
  costs:
    'Für die Ferienbetreuung der Schulen setzt das Jugendamt nach der Elternbeitragssatzung einen eigenen Beitrag fest (kein Monatsbeitrag, sondern je Ferienangebot). Bei Vereinen und Verbänden hängen die Kosten vom Angebot ab. Fragen Sie nach Ermäßigungen. Mit der YouCardHamm (Bildung und Teilhabe) wird das gemeinsame Mittagessen übernommen, und für Freizeiten können Sie das Teilhabe-Budget von 15 Euro im Monat nutzen.',
  steps: [
    'Fragen Sie früh in der OGS oder Schule Ihres Kindes, in welchen Ferienwochen es eine Betreuung gibt.',
    'Melden Sie Ihr Kind verbindlich für die gewünschten Wochen an – die Plätze sind begehrt.',
    'Für Angebote von Vereinen und Verbänden melden Sie sich direkt beim Veranstalter an. Das Familienbüro hilft Ihnen bei der Suche.',
  ],
  documents: ['Anmeldung der Schule oder des Veranstalters', 'Bescheid über Bildung und Teilhabe (YouCardHamm), falls vorhanden'],
  legalBasis: '§ 24 Abs. 4 SGB VIII (ab 1. August 2026); § 11 SGB VIII (Kinder- und Jugendarbeit)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__24.html',
  synonyms:
    'Ferienbetreuung, Ferien, Schulferien, Sommerferien, Osterferien, Herbstferien, Betreuung in den Ferien, OGS Ferien, Ferienprogramm, Ferienspiele',
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'child',
      minAge: 6,
      maxAge: 13,
      reason: 'Ihr Kind ist im Grundschulalter (6 bis 12 Jahre) – für diese Kinder gibt es in Hamm ganztägige Ferienbetreuung.',
    },
  ]),
  testFamilies: [
    {
      name: 'Berufstätige Eltern in Hamm mit Kind (8)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 39, employment: 'employed' },
          { role: 'adult', age: 41, employment: 'employed' },
          { role: 'child', age: 8, activity: 'grundschule' },
        ],
      },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit Kind (3)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 30 },
          { role: 'child', age: 3 },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Kind (10), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 44 },
          { role: 'child', age: 10 },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
