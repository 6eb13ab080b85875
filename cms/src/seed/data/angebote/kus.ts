import { rules } from '../../rules.ts'
import type { SeedAngebot } from '../../types.ts'

// Quellen: Seeds (KUS seit 7. August 2023 an sechs Grundschulen und einer Förderschule; Säule I Betreuung, städtische Ferienbetreuung,
// Familiengrundschulzentren; Säule II pädagogisch-präventive Unterstützung; höchstens zwei Träger je Schule; Ratsvorlage 0895/22).

export default {
  title: 'Kommunales Unterstützungssystem für Schulen (KUS)',
  slug: 'kus',
  summary:
    'Das KUS hilft sieben Schulen in Hamm, Kinder gut zu betreuen und zu fördern: mit Ganztag, Ferienbetreuung, Familiengrundschulzentren und pädagogischer Unterstützung aus einer Hand.',
  kind: 'bildung',
  body: [
    'Seit dem 7. August 2023 gibt es das KUS an sechs Grundschulen und einer Förderschule: Freiligrath-Schule, Gebrüder-Grimm-Schule, Hermann-Gmeiner-Schule, Matthias-Claudius-Schule, Talschule, Wilhelm-Busch-Schule und Mark-Twain-Schule.',
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
    'Prüfen Sie, ob Ihr Kind auf eine der sieben KUS-Schulen geht.',
    'Sprechen Sie die Schule oder die Betreuung vor Ort an. Dort erfahren Sie, welche Angebote es gibt und wie Sie Ihr Kind für Ganztag oder Ferienbetreuung anmelden.',
  ],
  legalBasis: 'Beschluss des Rates der Stadt Hamm, Vorlage Nr. 0895/22 vom 27.09.2022',
  synonyms: 'KUS, Kommunales Unterstützungssystem, Schule, Grundschule, Förderschule, OGS, Offener Ganztag, Ganztag, Ferienbetreuung, Familiengrundschulzentrum, Schulsozialarbeit, Nachmittagsbetreuung',
  summaryLeichteSprache:
    'An 7 Schulen in Hamm gibt es das KUS. Das KUS hilft Kindern und Eltern. Zum Beispiel mit Betreuung am Nachmittag und in den Ferien. Und mit Hilfe bei Sorgen.',
  lebenslagen: ['schulkind'],
  eligibilitySummary:
    'Kinder und Familien an den sieben KUS-Schulen in Hamm: Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- und Mark-Twain-Schule.',
  documents: ['Anmeldebogen der Schule für Ganztag oder Ferienbetreuung'],
  rules: rules([
    { blockType: 'household', livesInHamm: true },
    {
      blockType: 'child',
      minAge: 5,
      maxAge: 18,
      activities: ['grundschule', 'foerderschule'],
      reason: 'Ihr Kind geht in eine Grund- oder Förderschule. Das KUS gibt es an sieben Schulen in Hamm – prüfen Sie, ob die Schule Ihres Kindes dazugehört.',
    },
  ]),
  testFamilies: [
    {
      name: 'Familie in Hamm mit Grundschulkind (7)',
      household: { version: 1, livesInHamm: true, members: [{ role: 'adult', age: 35 }, { role: 'child', age: 7, activity: 'grundschule' }] },
      expected: 'yes',
    },
    {
      name: 'Familie in Hamm mit Gymnasiastin (13)',
      household: { version: 1, livesInHamm: true, members: [{ role: 'adult', age: 45 }, { role: 'child', age: 13, activity: 'weiterfuehrende-schule' }] },
      expected: 'no',
    },
    {
      name: 'Grundschulkind (8), Wohnort nicht angegeben',
      household: { version: 1, members: [{ role: 'adult', age: 37 }, { role: 'child', age: 8, activity: 'grundschule' }] },
      expected: 'maybe',
    },
  ],
} satisfies SeedAngebot
