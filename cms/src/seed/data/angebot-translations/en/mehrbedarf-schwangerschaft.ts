import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Additional allowance in pregnancy (Mehrbedarf bei Schwangerschaft, Grundsicherungsgeld, formerly Bürgergeld)',
  summary:
    'If you receive Grundsicherungsgeld (formerly Bürgergeld) or social assistance (Sozialhilfe) and are pregnant, you get a supplement of 17 percent of the standard rate (Regelbedarf) from the 13th week of pregnancy – in 2026, for example, 95.71 euros a month for single people.',
  costs:
    '17 percent of the standard rate (as of 2026): 95.71 euros a month for single people and single parents, 86.02 euros in a couple. There is no separate application.',
  provider: 'Kommunales Jobcenter Hamm (for Sozialhilfe: City of Hamm, Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'For pregnant women who receive Grundsicherungsgeld (formerly Bürgergeld) or Sozialhilfe, from the 13th week of pregnancy (in the Situations-Finder: birth due in 28 weeks or less) until the end of the month of the birth. If you have not yet applied for Grundsicherungsgeld, the Situations-Finder shows the offer as “may fit” if Grundsicherungsgeld could be an option for you.',
  synonyms:
    'additional allowance in pregnancy, pregnancy supplement, extra money in pregnancy, pregnant and Jobcenter, pregnant on benefits, supplement for expectant mothers, Mehrbedarf Schwangerschaft, Schwangerschaftsmehrbedarf, Grundsicherungsgeld, Bürgergeld, Jobcenter',
  steps: [
    'Tell the Jobcenter about the pregnancy and show your maternity record (Mutterpass) or a doctor’s certificate with the expected due date.',
    'At the same time, apply for the initial equipment for pregnancy and birth (Erstausstattung).',
    'After the birth, register your child with the Jobcenter.',
  ],
  documents: ['Maternity record (Mutterpass) or a doctor’s certificate of the expected due date'],
  ruleTexts: {
    'Sie sind schwanger und haben die 12. Schwangerschaftswoche hinter sich.': 'You are pregnant and past the 12th week of pregnancy.',
  },
} satisfies SeedAngebotTranslation
