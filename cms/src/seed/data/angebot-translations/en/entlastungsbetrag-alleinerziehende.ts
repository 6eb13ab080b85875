import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Tax relief for single parents (Entlastungsbetrag für Alleinerziehende, Steuerklasse II)',
  summary:
    'Single parents pay less tax: the relief amount (Entlastungsbetrag) of 4,260 euros a year – plus 240 euros for each additional child – stays tax-free. As an employee, you already get it with every salary payment through tax class II (Steuerklasse II).',
  costs:
    'Tax-free amount of 4,260 euros a year, plus 240 euros for each additional child. How much tax you save depends on your tax rate. Applying is free of charge.',
  provider: 'Finanzamt Hamm (tax office)',
  eligibilitySummary:
    'For single parents with their own taxable income who have at least one child registered at their address for whom they receive Kindergeld or the child tax allowance (Kinderfreibetrag) (under 18, or up to 25 while at school, in training or at university), and who do not share a household with any other adult. Without income, the amount brings no benefit. Simplified: the Situations-Finder takes the answer “single parent” as a sign that no other adult shares a household budget with you.',
  synonyms:
    'tax relief for single parents, single parent tax, tax class 2, tax class II, tax allowance single mother, single mum tax, lone parent tax, Entlastungsbetrag, Alleinerziehendenentlastungsbetrag, Steuerklasse II, Steuerklasse 2, Finanzamt',
  steps: [
    'If you are employed: apply at the Finanzamt Hamm to change to tax class II, online via ELSTER or with the form “Antrag auf Lohnsteuer-Ermäßigung” (application for a wage tax reduction).',
    'In your income tax return, state in the child annex (Anlage Kind) that you are a single parent.',
    'Tell the Finanzamt if another adult moves in with you.',
  ],
  documents: ['Tax identification number (Steuer-ID) for you and your children', 'Details of your Kindergeld'],
  ruleTexts: {
    'Sie haben ein eigenes Einkommen, auf das Steuern anfallen können.': 'You have your own income on which tax may be due.',
  },
} satisfies SeedAngebotTranslation
