import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Ferienbetreuung und Ferienfreizeiten',
  slug: 'ferienbetreuung',
  summary:
    'Schulferien sind lang – der Urlaub der Eltern oft kurz. In Hamm gibt es ganztägige Ferienangebote für Kinder von 6 bis 12 Jahren und Ferienfahrten für Kinder und Jugendliche.',
  kind: 'betreuung',
  body: [
    'Viele Vereine und Wohlfahrtsverbände in Hamm bieten in den Schulferien Betreuung an. So haben berufstätige Eltern auch in den Ferien Unterstützung.',
    'Für Kinder von 6 bis 12 Jahren gibt es Ferienangebote, die den ganzen Tag dauern. Kinder und Jugendliche bis 18 Jahre können bei Freizeitfahrten über mehrere Tage mitfahren.',
    'An den Schulen mit dem Kommunalen Unterstützungssystem (KUS) gehört die städtische Ferienbetreuung fest zum Angebot.',
  ],
  handlungsfelder: ['balance-von-familie-und-arbeitswelt', 'familienfreundliches-sport-freizeit-und-kulturangebot'],
  kontakte: ['familienbuero'],
  erklaervideos: [],
  provider: 'Vereine und Wohlfahrtsverbände in Hamm sowie die Stadt Hamm',
  costs: 'Die Kosten hängen vom Angebot und vom Anbieter ab. Fragen Sie nach Ermäßigungen.',
  steps: [
    'Melden Sie Ihr Kind früh an, denn die Plätze sind begehrt. Ihre Schule, der Anbieter oder das Familienbüro sagen Ihnen, welche Angebote es gibt und wie die Anmeldung funktioniert.',
  ],
  legalBasis: '§ 11 SGB VIII (Kinder- und Jugendarbeit)',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__11.html',
  synonyms: 'Ferienbetreuung, Ferien, Ferienspiele, Ferienfreizeit, Ferienlager, Schulferien, Sommerferien, Ferienprogramm, Betreuung in den Ferien',
} satisfies SeedAngebot
