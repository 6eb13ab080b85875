import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Seeds (KUS seit 7. August 2023 an sechs Grundschulen und einer Förderschule; Säule I Betreuung, städtische Ferienbetreuung,
// Familiengrundschulzentren; Säule II pädagogisch-präventive Unterstützung; höchstens zwei Träger je Schule; Ratsvorlage 0895/22 vom 27.09.2022);
// https://www.hamm.de/familienfreundlichst/kommunales-unterstuetzungssystem (sieben Schulen ab Schuljahr 2023/24, Vorlage 0895/22);
// lippewelle.de 13.09.2022 „Stadt will Kinder in Hamm besser fördern“ (Pilotphase vor allem an Grundschulen, bis 2027 sollen alle 52 Schulen
// in Hamm dabei sein) und „Schulkinder in Hamm sollen besser gefördert werden“ (Ratsbeschluss, Projekt auf sechs Jahre angelegt).
// Eine Liste der Schulen nach dem Schuljahr 2023/24 haben wir nicht gefunden – welche Schulen im Schuljahr 2026/27 dabei sind, ist offen.

export default {
  title: 'Kommunales Unterstützungssystem für Schulen (KUS)',
  slug: 'kus',
  summary:
    'Das KUS hilft Schulen in Hamm, Kinder gut zu betreuen und zu fördern: mit Ganztag, Ferienbetreuung, Familiengrundschulzentren und pädagogischer Unterstützung aus einer Hand. Gestartet ist es 2023 an sieben Schulen; nach und nach sollen alle Schulen dazukommen.',
  kind: 'bildung',
  body: [
    'Gestartet ist das KUS am 7. August 2023, zu Beginn des Schuljahres 2023/24, an sechs Grundschulen und einer Förderschule: Freiligrath-Schule, Gebrüder-Grimm-Schule, Hermann-Gmeiner-Schule, Matthias-Claudius-Schule, Talschule, Wilhelm-Busch-Schule und Mark-Twain-Schule. Nach den Plänen der Stadt aus dem Jahr 2022 sollen bis 2027 nach und nach alle Schulen in Hamm dazukommen. Welche Schulen im Schuljahr 2026/27 schon dabei sind, erfahren Sie bei der Schule Ihres Kindes oder bei der Stabsstelle Familienfreundlichste Stadt.',
    'Das KUS hat zwei Säulen. Zur ersten Säule gehören die Betreuung in der Schule, die städtische Ferienbetreuung und die Familiengrundschulzentren. Die zweite Säule bietet pädagogische und vorbeugende Hilfen für Kinder und ihre Familien. Jede Schule setzt dabei eigene Schwerpunkte.',
    'An jeder KUS-Schule arbeiten höchstens zwei Träger. So haben Kinder und Eltern feste Ansprechpersonen, und die Angebote sind gut aufeinander abgestimmt.',
  ],
  handlungsfelder: ['hochwertige-bildung-und-betreuung', 'balance-von-familie-und-arbeitswelt'],
  kontakte: ['stabsstelle-familienfreundlichste-stadt'],
  erklaervideos: [],
  provider: 'Stadt Hamm mit Trägern an den beteiligten Schulen',
  costs:
    'Die pädagogischen Hilfen sind kostenlos. Für die Betreuung im Ganztag zahlen Eltern einen Beitrag, der sich nach dem Einkommen richtet. Auch für die Ferienbetreuung kann ein Beitrag anfallen.',
  steps: [
    'Fragen Sie in der Schule Ihres Kindes, ob sie schon zum KUS gehört. Die ersten KUS-Schulen (seit 2023) sind Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- und Mark-Twain-Schule.',
    'Sprechen Sie die Schule oder die Betreuung vor Ort an. Dort erfahren Sie, welche Angebote es gibt und wie Sie Ihr Kind für Ganztag oder Ferienbetreuung anmelden.',
  ],
  legalBasis: 'Beschluss des Rates der Stadt Hamm, Vorlage Nr. 0895/22 vom 27.09.2022',
  synonyms:
    'KUS, Kommunales Unterstützungssystem, Schule, Grundschule, Förderschule, OGS, Offener Ganztag, Ganztag, Ferienbetreuung, Familiengrundschulzentrum, Schulsozialarbeit, Nachmittagsbetreuung',
  summaryLeichteSprache:
    'An Schulen in Hamm gibt es das KUS. Es hat 2023 an 7 Schulen angefangen. Später sollen alle Schulen mitmachen. Das KUS hilft Kindern und Eltern. Zum Beispiel mit Betreuung am Nachmittag und in den Ferien. Und mit Hilfe bei Sorgen. Fragen Sie in der Schule von Ihrem Kind.',
  lebenslagen: ['schulkind'],
  eligibilitySummary:
    'Kinder und Familien an den KUS-Schulen in Hamm. Seit dem Schuljahr 2023/24 sind das die Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- und Mark-Twain-Schule; bis 2027 sollen nach den Plänen der Stadt alle Schulen dazukommen. Der Situations-Finder fragt nicht, welche Schule Ihr Kind besucht. Deshalb zeigt er das KUS für Schulkinder in Hamm nur als „vielleicht“.',
  documents: ['Anmeldebogen der Schule für Ganztag oder Ferienbetreuung'],
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    { blockType: 'child', minAge: 5, maxAge: 21, activities: ['grundschule', 'foerderschule', 'weiterfuehrende-schule'] },
    // Which school the child attends is not asked; KUS started at seven schools in 2023 and is to reach all schools by 2027.
    { blockType: 'proviso', text: 'die Schule Ihres Kindes schon zum KUS gehört – fragen Sie dort nach' },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Grundschulkind (7)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 35 },
          { role: 'child', age: 7, activity: 'grundschule' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie in Hamm mit Gymnasiastin (13)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 45 },
          { role: 'child', age: 13, activity: 'weiterfuehrende-schule' },
        ],
      },
      expected: 'maybe',
    },
    {
      name: 'Familie in Hamm mit Kita-Kind (4)',
      household: {
        version: 1,
        livesInHamm: true,
        members: [
          { role: 'adult', age: 33 },
          { role: 'child', age: 4, activity: 'kita' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Grundschulkind (8), Familie wohnt in Werl',
      household: {
        version: 1,
        livesInHamm: false,
        members: [
          { role: 'adult', age: 39 },
          { role: 'child', age: 8, activity: 'grundschule' },
        ],
      },
      expected: 'no',
    },
    {
      name: 'Grundschulkind (8), Wohnort nicht angegeben',
      household: {
        version: 1,
        members: [
          { role: 'adult', age: 37 },
          { role: 'child', age: 8, activity: 'grundschule' },
        ],
      },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
