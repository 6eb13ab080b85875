import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Relief amount for people in need of care (Entlastungsbetrag in der Pflege)',
  summary:
    'People in need of care who live at home are entitled to 131 euros a month for help in everyday life from care level (Pflegegrad) 1 onwards – for example for supervision, household help or to take some of the load off the family that provides care. This also applies to children.',
  costs: 'Up to 131 euros a month (as of 2026), refunded against an invoice. Unused amounts can be used until 30 June of the following year.',
  provider: 'Long-term care insurance fund (Pflegekasse) of the person in need of care (part of their health insurance fund)',
  eligibilitySummary:
    'For people of any age in need of care with care level 1 to 5 who live at home. The amount is refunded for recognised relief services. If no care level has been given, the Situations-Finder shows the offer as “may fit”.',
  synonyms:
    'relief amount, care relief, 131 euros care, help in everyday life, household help from the care insurance, support services, care level 1, Entlastungsbetrag, Entlastungsleistungen, Pflegegrad 1, Pflegekasse',
  steps: [
    'Apply to the Pflegekasse for a care level if none has been assessed yet.',
    'Find a recognised relief service. The care advice service (Pflegeberatung) of your Pflegekasse will help you look.',
    'Hand in the invoices to the Pflegekasse, or let the provider bill the Pflegekasse directly (assignment, Abtretung).',
  ],
  documents: ['Notice (Bescheid) about the care level', 'Invoices from the recognised service'],
} satisfies SeedAngebotTranslation
