import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Vocational training allowance (Berufsausbildungsbeihilfe, BAB)',
  summary:
    'Are you doing in-company vocational training (Ausbildung) and no longer living with your parents? If your training pay is not enough for rent and living costs, the Agentur für Arbeit (employment agency) pays Berufsausbildungsbeihilfe – as a grant that you do not have to pay back.',
  costs:
    'The amount depends on your training pay, rent, travel costs and your parents’ income. BAB is a grant and does not have to be paid back. Applying is free of charge.',
  provider: 'Agentur für Arbeit (employment agency); the agency where the trainee lives is responsible',
  eligibilitySummary:
    'For trainees in a first vocational training in a company or outside a company (außerbetrieblich) who do not live with their parents – under 18 only if the workplace cannot be reached from home in a reasonable time – and whose own money and their parents’ money is not enough. The Situations-Finder shows BAB for adult trainees in the household and for children in vocational training who have moved out: as fitting with no or a low income, and as “may fit” with a medium income. Simplified: the Situations-Finder does not check the travel time to the workplace or the type of training.',
  synonyms:
    'vocational training allowance, apprenticeship allowance, money for trainees, grant for apprentices, rent during training, own flat during training, BAB calculator, Berufsausbildungsbeihilfe, BAB, Azubi, Ausbildung',
  steps: [
    'Use the BAB calculator (BAB-Rechner) of the Agentur für Arbeit to work out whether you are entitled.',
    'Apply online or in writing at the Agentur für Arbeit – ideally before your training starts. BAB is paid at the earliest from the month in which you apply.',
    'Your parents fill in the details of their income.',
  ],
  documents: [
    'Training contract showing the training pay',
    'Tenancy agreement or proof of housing costs',
    'Proof of your parents’ income (usually the tax assessment notice for the year before last)',
    'Certificate of registration (Meldebescheinigung)',
  ],
  deadline: 'From the month you apply, not backdated.',
  ruleTexts: {
    'Ihr Kind macht eine Ausbildung und wohnt nicht mehr bei Ihnen.': 'Your child is doing vocational training and no longer lives with you.',
  },
} satisfies SeedAngebotTranslation
