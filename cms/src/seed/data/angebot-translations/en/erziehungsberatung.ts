import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Parenting and family counselling (Erziehungs- und Familienberatung)',
  summary:
    'Arguments at home, worries about your child’s development, problems at school or a separation? In parenting and family counselling, parents, children and young people talk confidentially with professionals. No application is needed, and it is free of charge.',
  costs: 'Free of charge and confidential.',
  provider:
    'Parenting and family counselling centres (Erziehungs- und Familienberatungsstellen) in Hamm, including the Catholic counselling centre for parents, children and young people of Caritas',
  eligibilitySummary:
    'All parents and other people with parental responsibility, children, young people and young adults in Hamm – without an application and regardless of income, religion and origin.',
  synonyms:
    'parenting advice, family counselling, parenting support, counselling centre, advice for parents, children and young people, arguments, conflict, separation, divorce, contact arrangements, puberty, teenagers, raising children, help for parents, family problems, school problems, Erziehungsberatung, Familienberatung, Beratungsstelle',
  steps: [
    'Call a counselling centre or write an email. At the Familien-Service-Theke (family service desk) in the Familienrathaus or at the Familienbüro (family office), you can find out which centre near you is right for you.',
    'You get an appointment for a first meeting – on your own, as a couple, with your child or as a whole family.',
    'Together with the counsellor, you agree on how to continue.',
  ],
  documents: ['No documents needed.'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind oder ein junger Mensch – die Erziehungsberatung ist für alle Familien da.':
      'A child or a young person lives in your family – parenting counselling is there for all families.',
  },
} satisfies SeedAngebotTranslation
