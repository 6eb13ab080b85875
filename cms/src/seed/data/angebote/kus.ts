import type { SeedAngebot } from '../../types.ts'

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
    'Geht Ihr Kind auf eine der sieben Schulen? Dann sprechen Sie die Schule oder die Betreuung vor Ort an. Dort erfahren Sie, welche Angebote es gibt und wie Sie Ihr Kind für Ganztag oder Ferienbetreuung anmelden.',
  ],
  legalBasis: 'Beschluss des Rates der Stadt Hamm, Vorlage Nr. 0895/22 vom 27.09.2022',
  synonyms: 'KUS, Kommunales Unterstützungssystem, Schule, Grundschule, Förderschule, OGS, Offener Ganztag, Ganztag, Ferienbetreuung, Familiengrundschulzentrum, Schulsozialarbeit, Nachmittagsbetreuung',
} satisfies SeedAngebot
