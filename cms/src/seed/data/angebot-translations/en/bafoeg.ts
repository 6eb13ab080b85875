import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Student financial aid for university and school (BAföG)',
  summary:
    'BAföG helps to pay for university studies or certain school-based training courses if the parents’ money and your own are not enough. Students get half as a grant and the other half as an interest-free loan; school pupils get all of it as a grant.',
  costs:
    'In the winter semester 2026/27, the rates from 2024 still apply unchanged: the maximum amount for students with their own flat is 992 euros a month (basic needs 475 euros, housing allowance 380 euros, up to 102 euros for health insurance and 35 euros for long-term care insurance if you are insured yourself). Students who live with their parents get a housing allowance of 59 euros. The federal government is planning to raise the housing allowance to 440 euros from April 2027; when we checked (autumn 2026), this had not yet been decided. Applying is free of charge.',
  provider:
    'Studierendenwerk (student services) of the university (for university studies); Amt für Ausbildungsförderung (education grants office) of the City of Hamm (BAföG for pupils, Schüler-BAföG)',
  eligibilitySummary:
    'For students, and for pupils at schools that qualify, who are usually under 45 when they start their studies and whose own money and their parents’ money is not enough. The Situations-Finder shows BAföG for children who study (also if they have moved out) and for adults who study: as fitting with no or a low income, and as “may fit” with a medium or high income, because a partial amount is often left. Simplified: BAföG for school pupils depends on the type of school and the living situation, and the Situations-Finder does not show it; residence status and assets are not checked.',
  synonyms:
    'student finance, student loan, student grant, money for studying, financial aid for students, study funding, grant for school pupils, maximum rate, housing allowance, BAföG, Bafög, Schüler-BAföG, Studierendenwerk, Ausbildungsförderung, BAföG Digital',
  steps: [
    'Apply before your studies or the school year start, if possible. BAföG is paid at the earliest from the month in which the application arrives – an application without all documents still meets the deadline.',
    'Students apply online through BAföG Digital at the Studierendenwerk of their university; school pupils apply at the Amt für Ausbildungsförderung (education grants office) where their parents live.',
    'Your parents fill in the forms about their income.',
    'Apply again in good time every year (follow-up application, Folgeantrag).',
  ],
  documents: [
    'Certificate of enrolment (Immatrikulationsbescheinigung) or school certificate (Schulbescheinigung)',
    'Proof of your parents’ income (usually the tax assessment notice for the year before last)',
    'Proof of your own income and assets',
    'Tenancy agreement, if you do not live with your parents',
    'Proof of health insurance',
  ],
} satisfies SeedAngebotTranslation
