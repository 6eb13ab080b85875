import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Erziehungs- und Familienberatung',
  slug: 'erziehungsberatung',
  summary:
    'Streit zu Hause, Sorgen um die Entwicklung, Probleme in der Schule oder eine Trennung? In der Erziehungsberatung sprechen Sie vertraulich mit Fachleuten. Die Beratung ist kostenlos.',
  kind: 'beratung',
  body: [
    'Jede Familie hat einmal schwere Zeiten. In der Erziehungsberatung bekommen Eltern, Kinder und Jugendliche Unterstützung. Gemeinsam suchen Sie nach Wegen, wie es besser wird.',
    'Typische Themen sind: Streit in der Familie, Trennung und Scheidung, Verhalten und Entwicklung von Kindern, Schule, Pubertät oder Mediennutzung.',
    'Die Fachleute haben Schweigepflicht. Jugendliche können auch allein und ohne ihre Eltern kommen. Wenn Sie mehr Hilfe brauchen, zeigt man Ihnen passende Angebote in Hamm.',
  ],
  handlungsfelder: ['staerkung-und-unterstuetzung-der-erziehung-in-der-familie'],
  kontakte: ['familienbuero', 'familienrathaus'],
  erklaervideos: [],
  provider: 'Erziehungs- und Familienberatungsstellen in Hamm (Jugendamt der Stadt Hamm und freie Träger)',
  costs: 'Kostenlos und vertraulich.',
  steps: [
    'Sie brauchen keinen Antrag. Rufen Sie eine Beratungsstelle an oder fragen Sie im Familienbüro oder im Familienrathaus, welche Stelle für Sie passt. Dann vereinbaren Sie einen Termin.',
  ],
  legalBasis: '§ 28 SGB VIII',
  legalBasisUrl: 'https://www.gesetze-im-internet.de/sgb_8/__28.html',
  synonyms: 'Erziehungsberatung, Familienberatung, Elternberatung, Beratungsstelle, Streit, Trennung, Scheidung, Pubertät, Erziehung, Hilfe für Eltern, Familienprobleme',
} satisfies SeedAngebot
