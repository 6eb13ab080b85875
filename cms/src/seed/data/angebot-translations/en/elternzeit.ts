import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Parental leave (Elternzeit)',
  summary:
    'As an employee, you can take time off work for up to three years per child after the birth – completely or part-time. You keep your job, and during this time you are specially protected against dismissal.',
  costs: 'Parental leave itself is unpaid; you can receive Elterngeld (parental allowance) during this time. Registering it costs nothing.',
  provider: 'Your employer (registration); advice at the Familienrathaus Hamm',
  eligibilitySummary:
    'For parents in employment or vocational training (also in a mini-job) who live with their child under 8 and look after the child themselves. The Situations-Finder also shows parental leave during pregnancy, so that you can plan in good time. Self-employed people are not entitled. Simplified: the Situations-Finder does not check how much parental leave you have already taken for a child.',
  synonyms:
    'parental leave, maternity leave, paternity leave, time off for baby, baby break, register parental leave, part-time during parental leave, protection against dismissal, Elternzeit, Erziehungsurlaub',
  steps: [
    'Decide who takes parental leave and when. Plan this together with your Elterngeld.',
    'Register your parental leave with your employer in writing, with your signature: at least seven weeks before it starts if it is before the child’s 3rd birthday, otherwise at least 13 weeks before. An email is not enough.',
    'In the registration, state the periods in which you will take parental leave during the child’s first two years of life.',
    'If you want to keep working part-time, apply for this together with the parental leave.',
  ],
  documents: ['Written registration with your signature', 'The child’s birth certificate (Geburtsurkunde; if your employer asks for it)'],
  deadline: 'Register it with your employer in writing: at least 7 weeks before it starts (after the 3rd birthday, 13 weeks).',
  ruleTexts: {
    'Sie sind angestellt oder in Ausbildung – dann haben Sie ein Recht auf Elternzeit.':
      'You are employed or in vocational training – so you have a right to parental leave.',
  },
} satisfies SeedAngebotTranslation
