import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Early help – support from pregnancy to the 3rd birthday (Frühe Hilfen)',
  summary:
    'Pregnant or a baby at home, and lots of questions? The Frühe Hilfen (early help) in Hamm support families from pregnancy to the child’s third birthday: with baby guides (Babylotsen), welcome visits, a consultation for crying babies, family mentors and meeting groups. Free of charge and voluntary.',
  costs: 'Free of charge.',
  provider:
    'City of Hamm (Stadt Hamm) – Frühe Hilfen in the Familienrathaus, with AWO, Katholischer Sozialdienst, Caritas, Friedrich-Wilhelm-Stift, Diakonie and the maternity hospitals',
  eligibilitySummary: 'All expectant parents and families with children under three in Hamm – especially families who would like more support.',
  synonyms:
    'early help, early support, baby guide, crying baby, excessive crying, family mentor, family midwife, baby, pregnancy, newborn, parent and child group, support for new parents, Frühe Hilfen, Babylotsen, Schreibaby, Schreisprechstunde, Familienpaten, Kleine Knirpse, Ein guter Start',
  steps: [
    'Talk to the baby guides (Babylotsen) in the maternity hospital, or come to the Familien-Service-Theke (family service desk) in the Familienrathaus.',
    'Tell them what you would like – for example contact with other parents, help with a baby who cries a lot, or a family mentor (Familienpatin).',
    'The Frühe Hilfen professionals put you in touch with the right offer near you.',
  ],
  documents: ['No documents needed.'],
  ruleTexts: {
    'Sie erwarten ein Baby – die Frühen Hilfen begleiten Sie schon in der Schwangerschaft.':
      'You are expecting a baby – the Frühe Hilfen support you already during pregnancy.',
    'In Ihrer Familie lebt ein Kind unter drei Jahren.': 'A child under three lives in your family.',
  },
} satisfies SeedAngebotTranslation
