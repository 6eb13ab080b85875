import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Early intervention for children with developmental delays or disabilities (Frühförderung)',
  summary:
    'Is your child developing more slowly than others, does your child have a disability, or are you worried? Early intervention (Frühförderung) supports children from birth until they start school with special education support and therapy – and gives advice to the parents. Free of charge for you.',
  costs:
    'Free of charge for the family and regardless of income. The costs are paid by the Landschaftsverband Westfalen-Lippe, as the body responsible for Eingliederungshilfe (integration assistance), and by the health insurance fund.',
  provider:
    'Early intervention centres (Frühförderstellen); in Hamm, the Frühförderung of the Johanniter-Kliniken Hamm; costs covered by the Landschaftsverband Westfalen-Lippe (LWL) and the health insurance funds',
  eligibilitySummary:
    'Children from birth until they start school who have a disability, are at risk of a disability or whose development is delayed – even if there is only a well-founded suspicion. A diagnosis or a severe disability pass (Schwerbehindertenausweis) is not needed.',
  synonyms:
    'early intervention, early support, developmental delay, development disorder, speech development, late talker, premature baby, disability, speech therapy, occupational therapy, physiotherapy, special education, Frühförderung, Frühförderstelle, Heilpädagogik, Komplexleistung, Johanniter',
  steps: [
    'Talk about your worries with your child’s paediatrician, for example at the next check-up (U-Untersuchung). The Kita can also point you to early intervention.',
    'Contact the early intervention centre. A first advice meeting is possible without a referral.',
    'The professionals examine your child and draw up a support and treatment plan with you.',
    'The early intervention centre helps you with the application to the body that pays the costs. After that, the support begins.',
  ],
  documents: [
    'The child’s health check-up booklet (yellow U-Heft)',
    'Any doctor’s reports and findings you already have',
    'The child’s health insurance card',
  ],
  ruleTexts: {
    'Ihr Kind ist noch nicht im Schulalter und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).':
      'Your child is not yet of school age and has a disability or developmental delay (or there is a suspicion of one).',
    'Ihr Kind geht noch nicht zur Schule und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).':
      'Your child does not go to school yet and has a disability or developmental delay (or there is a suspicion of one).',
  },
} satisfies SeedAngebotTranslation
