import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Child sickness benefit (Kinderkrankengeld)',
  summary:
    'If your child is ill and you have to stay at home, the statutory health insurance fund pays child sickness benefit (Kinderkrankengeld). Until the end of 2026, there are 15 working days per child and parent, 30 days for single parents – for children under 12 or with a disability.',
  costs:
    'Usually 90 percent of the net pay you lose (up to 100 percent if you received one-off payments in the last twelve months), limited to a legal maximum amount per day. 2026: 15 working days per child and parent (at most 35), single parents 30 (at most 70).',
  provider: 'Your statutory health insurance fund (Krankenkasse)',
  eligibilitySummary:
    'For working parents who have statutory health insurance themselves and are entitled to sickness benefit (Krankengeld), with a child under 12 who has statutory health insurance, or a child with a disability who depends on help. Simplified: the Situations-Finder does not check whether the child has statutory health insurance or whether another person in the household can look after the child.',
  synonyms:
    'child sickness benefit, child sick days, sick child, my child is ill, stay at home with sick child, time off for sick child, sick note for child, Kinderkrankengeld, Kinderkrankentage, Kind krank, Kinderkrankenschein',
  steps: [
    'Ask your child’s paediatrician for a certificate stating that your child is ill and needs to be looked after. The certificate is usually sent electronically straight to your health insurance fund.',
    'Tell your employer immediately that you cannot come to work.',
    'Apply for Kinderkrankengeld at your health insurance fund, for example in its app. Your employer reports your loss of earnings to the fund.',
  ],
  documents: ['Doctor’s certificate of the child’s illness', 'For single parents: a statement that you are raising your child on your own'],
  ruleTexts: {
    'Sie sind berufstätig und gesetzlich krankenversichert.': 'You are in work and have statutory health insurance.',
  },
} satisfies SeedAngebotTranslation
