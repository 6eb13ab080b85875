import type { SeedAngebot } from '../../types.ts'

export default {
  title: 'Familieninfobrief des Familienbüros',
  slug: 'familieninfobrief',
  summary:
    'Viermal im Jahr verschickt das Familienbüro den Familieninfobrief per E-Mail. Darin stehen Neuigkeiten, Angebote und Veranstaltungstipps für Familien in Hamm.',
  kind: 'service',
  body: [
    'Mit dem Familieninfobrief bleiben Sie auf dem Laufenden. Er kommt viermal im Jahr per E-Mail.',
    'Sie lesen darin zum Beispiel über neue Familiengrundschulzentren, Beratung für den Wiedereinstieg in den Beruf und Neuigkeiten vom Bundesfamilienministerium. Ein Veranstaltungskalender zeigt Termine für Kinder und Familien in Hamm und in der Region.',
  ],
  handlungsfelder: ['familienfreundliches-sport-freizeit-und-kulturangebot', 'balance-von-familie-und-arbeitswelt'],
  kontakte: ['familienbuero'],
  erklaervideos: [],
  provider: 'Familienbüro der Stadt Hamm',
  costs: 'Kostenlos.',
  steps: [
    'Fragen Sie beim Familienbüro, wie Sie den Familieninfobrief per E-Mail bekommen.',
  ],
  synonyms: 'Familieninfobrief, Infobrief, Newsletter, Familien-Newsletter, Veranstaltungen, Termine, Veranstaltungskalender, Neuigkeiten',
} satisfies SeedAngebot
