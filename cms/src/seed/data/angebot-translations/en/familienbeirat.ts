import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Family advisory council: help shape Hamm (Familienbeirat)',
  summary:
    'In the family advisory council (Familienbeirat), families tell the city administration what is going well and what needs to get better. Every family from Hamm can take part – also just for a while or on one topic.',
  costs: 'Free of charge.',
  provider: 'City of Hamm (Stadt Hamm) – Stabsstelle Familienfreundlichste Stadt (staff unit for the most family-friendly city)',
  eligibilitySummary:
    'All families from Hamm – parents, grandparents, single parents, also just for a while or on one topic. No previous knowledge is needed.',
  synonyms:
    'family advisory council, advisory council, take part, get involved, participation, have a say, parents’ council of the city, ideas, volunteering, give your opinion, Familienbeirat, Beirat, Hamm: Machen',
  steps: [
    'Would you like to take part? Contact the Stabsstelle Familienfreundlichste Stadt. You do not need any previous knowledge or any documents.',
  ],
  documents: ['No documents needed.'],
  ruleTexts: {
    'Sie sind eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.':
      'You are a family in Hamm – the family advisory council wants to hear about your experiences.',
    'Sie werden bald eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.':
      'You will soon be a family in Hamm – the family advisory council wants to hear about your experiences.',
  },
} satisfies SeedAngebotTranslation
