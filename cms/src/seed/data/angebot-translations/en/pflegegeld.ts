import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Care allowance (Pflegegeld)',
  summary:
    'If a person with care level (Pflegegrad) 2 to 5 is cared for at home by relatives, the long-term care insurance fund (Pflegekasse) pays care allowance (Pflegegeld): in 2026, between 347 and 990 euros a month. This also applies to children in need of care.',
  costs:
    'As of 2026, per month: care level 2: 347 euros, care level 3: 599 euros, care level 4: 800 euros, care level 5: 990 euros. The application and the assessment are free of charge.',
  provider: 'Long-term care insurance fund (Pflegekasse) of the person in need of care (part of their health insurance fund)',
  eligibilitySummary:
    'For people of any age in need of care with care level 2 to 5 who are cared for at home and arrange their care themselves, for example through relatives. With care level 1, there is no Pflegegeld, but there is the relief amount (Entlastungsbetrag). As long as it is open whether someone in the household has a care level, the Situations-Finder shows the offer as “may fit”; the question about disability, developmental delay or care level for the whole household clears this up with one click.',
  synonyms:
    'care allowance, care benefit, care level, caring at home, family carers, caring for a relative, money for care, long-term care insurance, care assessment, child with care level, Pflegegeld, Pflegegrad, Pflegekasse, Pflegestufe, Medizinischer Dienst, MD',
  steps: [
    'Apply to the Pflegekasse for care benefits. A phone call or an informal letter is enough; benefits are paid from the month of application.',
    'The Medizinischer Dienst (medical service) arranges an appointment for an assessment at home. Beforehand, keep a care diary and have doctor’s reports ready.',
    'Once you have the notice (Bescheid) about the care level, the Pflegekasse pays the Pflegegeld every month.',
    'Arrange the required advice visits: every six months for care levels 2 and 3, every three months for care levels 4 and 5.',
  ],
  documents: [
    'Application to the Pflegekasse',
    'Doctor’s reports and findings',
    'Care diary (recommended)',
    'For children: reports from the Kita, school or early intervention (Frühförderung)',
  ],
} satisfies SeedAngebotTranslation
