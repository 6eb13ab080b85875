import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Study start grant (Studienstarthilfe)',
  summary:
    'Under 25, starting university for the first time and previously on Grundsicherungsgeld (formerly Bürgergeld), housing benefit (Wohngeld), child supplement (Kinderzuschlag), Sozialhilfe or Asylbewerberleistungen? You can get a one-off study start grant of 1,000 euros, not repayable.',
  costs: 'A one-off grant of 1,000 euros. Applying is free of charge.',
  provider: 'Studierendenwerk (student services organisation) of the university (through BAföG Digital)',
  eligibilitySummary:
    'For first-year students under 25 in their first course of study who, in the month before their studies began, received basic income support (Grundsicherungsgeld, formerly Bürgergeld), Sozialhilfe, Asylbewerberleistungen or child and youth welfare benefits (Kinder- und Jugendhilfe), or for whom Wohngeld or Kinderzuschlag was paid. If you have not said that you receive one of these benefits, but you could get one of them, the Situations-Finder shows the offer as “may fit”.',
  synonyms:
    'study start grant, starting university, 1000 euros for students, start-up money for studies, grant for first-year students, first semester, Studienstarthilfe, BAföG Digital',
  steps: [
    'Enrol at the university.',
    'Apply online through BAföG Digital – no later than the end of the month after your studies begin (if your studies begin in October, by the end of November).',
    'Upload the proof of the social benefit for the month before your studies began, and your certificate of enrolment (Immatrikulationsbescheinigung).',
  ],
  documents: [
    'Certificate of enrolment (Immatrikulationsbescheinigung)',
    'Notice (Bescheid) about basic income support (Grundsicherungsgeld, formerly Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld or Kinderzuschlag for the month before your studies began',
  ],
} satisfies SeedAngebotTranslation
