import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Housing benefit (Wohngeld)',
  summary:
    'Housing benefit (Wohngeld) is a grant towards the rent or – for homeowners – towards housing costs for households with a small income. Families with children in particular are often entitled without knowing it. In Hamm, you apply for it at the city’s Wohngeldstelle (housing benefit office).',
  costs: 'The amount is calculated individually. There are no fixed amounts. Applying is free of charge.',
  provider: 'City of Hamm – Amt für Soziales, Wohnen und Pflege, Sachgebiet Wohngeld (housing benefit section)',
  eligibilitySummary:
    'For tenants and owner-occupiers whose income is not enough for their housing costs, but who otherwise cover their own living costs. Excluded are people who receive Grundsicherungsgeld, Sozialhilfe or Asylbewerberleistungen that include housing costs, and households in which everyone could in principle receive BAföG or Berufsausbildungsbeihilfe. Without a German passport, a right of residence under EU law, a residence permit (Aufenthaltstitel), a toleration permit (Duldung) or a permission to stay during the asylum procedure (Aufenthaltsgestattung) is enough; with permits only for looking for a training place or a job (also the Chancenkarte, opportunity card), there is usually no Wohngeld. The Situations-Finder shows Wohngeld as fitting with a low income, and as “may fit” with a medium income and without income from work (for example with a pension, Arbeitslosengeld or maintenance). Simplified: rent, household size and exact income decide; the Wohngeld calculator gives a first estimate. The Situations-Finder does not ask about the type of residence permit.',
  synonyms:
    'housing benefit, rent allowance, help with rent, rent subsidy, rent too high, grant for homeowners, housing allowance, Wohngeld calculator, Wohngeld, Mietzuschuss, Lastenzuschuss, Wohngeld Plus, Wohngeldrechner, Wohngeldstelle Hamm',
  steps: [
    'Use the Wohngeld calculator (Wohngeldrechner) of the state of NRW to work out whether it is worth applying. You can also apply online through the calculator.',
    'Or apply in writing at the Wohngeldstelle of the City of Hamm. Wohngeld is paid from the month in which the application arrives – an informal application is enough to meet the deadline.',
    'Hand in any missing documents when the Wohngeldstelle asks you to.',
    'Wohngeld is usually approved for twelve months. Apply for it to continue (Weiterleistungsantrag) in good time before that.',
  ],
  documents: [
    'Application form (rent allowance, Mietzuschuss, or allowance for homeowners, Lastenzuschuss)',
    'Tenancy agreement and landlord’s certificate (Vermieterbescheinigung; for the first application and after moving house)',
    'Proof of income for all household members',
    'If you have moved here from elsewhere: certificate from the previous Wohngeldstelle, if you received Wohngeld there',
    'Without a German passport: your residence permit (Aufenthaltstitel)',
  ],
  deadline: 'From the month you apply, not backdated: apply soon.',
  ruleTexts: {
    'Ihr Einkommen ist gering – Wohngeld kann die Miete bezahlbar machen.': 'Your income is low – Wohngeld can make the rent affordable.',
    'In Ihrem Haushalt lebt jemand, der weder studiert noch eine Ausbildung macht.':
      'Someone in your household is neither studying nor doing vocational training.',
  },
} satisfies SeedAngebotTranslation
