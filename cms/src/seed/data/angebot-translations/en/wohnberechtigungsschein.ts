import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Housing eligibility certificate for subsidised housing (Wohnberechtigungsschein, WBS)',
  summary:
    'Publicly subsidised flats (social housing, Sozialwohnungen) are for households with a lower income. Only people with a housing eligibility certificate (Wohnberechtigungsschein) may move in – for incomes below a limit set by the state of NRW. In Hamm, the city issues the WBS for a specific flat.',
  costs: 'The City of Hamm charges a fee for issuing the WBS; the Wohnungsbelegung (housing allocation office) will tell you the amount.',
  provider:
    'City of Hamm – Amt für Soziales, Wohnen und Pflege (office for social affairs, housing and care), Wohn- und Pflegeberatung, Wohnungsbelegung',
  eligibilitySummary:
    'For households that live in Germany not just temporarily, are looking for a home of their own for the long term and whose adjusted annual income does not exceed the limit under § 13 WFNG NRW. The Situations-Finder shows the WBS as fitting if your income is low (without help, it is not quite enough for the family) or if you have no income from work and receive basic income support (Grundsicherungsgeld, formerly Bürgergeld) or Sozialhilfe. With a medium income, and without income from work, it shows “may fit”: then the exact amount of income and the number of people decide. Simplified: the Situations-Finder does not show the WBS to people in the asylum procedure or with a toleration permit (Duldung), because a stay that is not just temporary is required – the city checks in each individual case whether this applies to you.',
  synonyms:
    'housing eligibility certificate, social housing, subsidised flat, council flat, cheap flat, affordable housing, looking for a flat, income limit, housing office Hamm, Wohnberechtigungsschein, WBS, Wohnberechtigungsbescheinigung, Bezugsgenehmigung, Sozialwohnung, Wohnungsbelegung, WFNG',
  steps: [
    'Look for a publicly subsidised flat that suits the size of your household, for example from housing companies in Hamm. Ask the landlord whether the flat requires a WBS.',
    'Apply online through the service portal of the City of Hamm or with the application form. Send it with all documents by email or post to the Amt für Soziales, Wohnen und Pflege, or bring it in during office hours.',
    'The city only processes complete applications. So enclose the proof for every person who has their own income.',
    'The Wohnungsbelegung of the City of Hamm will answer questions about the income limit and about which income counts.',
  ],
  documents: [
    'Application for a housing eligibility certificate or occupancy permit (Bezugsgenehmigung)',
    'Details of the flat you would like to move into (the flat offer or a confirmation from the landlord)',
    'Income declaration and proof of income for every person in the household who has their own income',
    'Identity card or passport; without a German passport, your residence permit (Aufenthaltstitel)',
    'If applicable: severe disability pass, proof of a care level (Pflegegrad), the children’s school certificates',
  ],
  ruleTexts: {
    'Ihr Einkommen ist gering – damit liegen Sie unter der Einkommensgrenze für den Wohnberechtigungsschein.':
      'Your income is low – so you are below the income limit for the Wohnberechtigungsschein.',
    'Sie bekommen Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe und haben kein Einkommen aus Arbeit – damit liegen Sie unter der Einkommensgrenze.':
      'You receive basic income support (Grundsicherungsgeld, formerly Bürgergeld) or Sozialhilfe and have no income from work – so you are below the income limit.',
  },
} satisfies SeedAngebotTranslation
