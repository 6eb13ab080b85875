import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Child tax allowance (Kinderfreibetrag)',
  summary:
    'For each child, part of your income stays tax-free: in 2026, up to 9,756 euros a year. In your tax return, the Finanzamt (tax office) checks automatically whether the allowance or the Kindergeld is better for you.',
  costs:
    'As of 2026: child allowance (Kinderfreibetrag) 6,828 euros and allowance for care, upbringing and education 2,928 euros, together 9,756 euros per child and year (with separate assessment, half for each parent). No money is paid into your account; you pay less tax.',
  provider: 'Finanzamt Hamm (tax office)',
  eligibilitySummary:
    'For parents who pay income tax, with children under 18 or with children aged 18 to 24 at school, in vocational training, at university or in voluntary service. The allowances usually only bring noticeably more than Kindergeld with a higher income. This is why the Situations-Finder shows the offer as fitting with a taxable household income of more than 100,000 euros, and as “may fit” with a medium income. The exact limit depends on your tax rate and the number of children.',
  synonyms:
    'child tax allowance, tax allowance for children, child allowance, tax-free amount for children, tax and children, tax return children, Kinderfreibetrag, Freibetrag für Kinder, BEA-Freibetrag, Betreuungsfreibetrag, Günstigerprüfung, Kinderfreibetragszähler, Finanzamt',
  steps: [
    'State your children in your income tax return (child annex, Anlage Kind); the easiest way is online via ELSTER.',
    'The Finanzamt Hamm automatically compares Kindergeld and the allowances and calculates the option that is better for you.',
    'Check on your wage tax certificate (Lohnsteuerbescheinigung) or in ELSTER whether the number of child allowances (Kinderfreibetragszähler) is correct. The Finanzamt corrects wrong entries.',
  ],
  documents: [
    'Tax identification numbers (Steuer-ID) for you and your children',
    'Details of the Kindergeld paid',
    'For children aged 18 or over: proof of school, vocational training, university or voluntary service',
  ],
  ruleTexts: {
    'Bei Ihrem Einkommen sparen die Freibeträge mehr Steuern als das Kindergeld.':
      'With your income, the allowances save you more tax than the Kindergeld is worth.',
  },
} satisfies SeedAngebotTranslation
