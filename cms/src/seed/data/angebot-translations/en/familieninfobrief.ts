import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Family newsletter of the Familienbüro (Familieninfobrief)',
  summary:
    'Four times a year, the Familienbüro (family office) sends out the family newsletter (Familieninfobrief) by email. It contains news, offers and tips on events for families in Hamm.',
  costs: 'Free of charge.',
  provider: 'Familienbüro (family office) of the City of Hamm',
  eligibilitySummary: 'All families and anyone who is interested – especially families in Hamm.',
  synonyms:
    'newsletter, family newsletter, information letter, events, dates, event calendar, what’s on, news, Familieninfobrief, Infobrief, Familienbüro',
  steps: ['Ask the Familienbüro how to receive the family newsletter by email.'],
  documents: ['An email address.'],
  ruleTexts: {
    'Sie sind eine Familie in Hamm – der Infobrief hält Sie über Angebote und Termine auf dem Laufenden.':
      'You are a family in Hamm – the newsletter keeps you up to date on offers and events.',
    'Sie erwarten ein Baby – der Infobrief hält Sie über Angebote für Familien in Hamm auf dem Laufenden.':
      'You are expecting a baby – the newsletter keeps you up to date on offers for families in Hamm.',
  },
} satisfies SeedAngebotTranslation
