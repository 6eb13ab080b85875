import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Childcare costs in your tax return (Kinderbetreuungskosten in der Steuererklärung)',
  summary:
    'What you pay for a Kita, a childminder (Kindertagespflege), an open all-day school (Offene Ganztagsschule) or a babysitter lowers your tax: you deduct 80 percent of the costs, at most 4,800 euros per child and year, as special expenses (Sonderausgaben) – for children under 14.',
  costs:
    '80 percent of the childcare costs, at most 4,800 euros per child and year, reduce your taxable income (from tax year 2025). How much tax you save depends on your tax rate.',
  provider: 'Finanzamt Hamm (tax office)',
  eligibilitySummary:
    'For parents with taxable income who pay for the care of a child under 14 (or of a child with a disability that began before the 25th birthday). The Situations-Finder shows the offer for children in a Kita, with a childminder, at primary school or at a special needs school: as fitting with a medium or higher income, and as “may fit” with a low income, because then often little tax is due. Simplified: the Situations-Finder does not ask whether you really pay fees for all-day school or after-school care (Hort); children with a disability over 14 are not recognised.',
  synonyms:
    'childcare costs, tax deduction for childcare, deduct Kita fees, childminder tax, babysitter tax, after-school care tax, special expenses for children, tax return children, Kinderbetreuungskosten, Sonderausgaben, Anlage Kind, ELSTER',
  steps: [
    'Throughout the year, collect the invoices or fee notices and the bank statements showing the transfers.',
    'Enter the costs in your income tax return in the child annex (Anlage Kind); the easiest way is via ELSTER.',
    'Take off the fees for meals and leisure courses first.',
  ],
  documents: [
    'Invoices or fee notices (Kita, childminder, OGS)',
    'Proof of payment by bank transfer',
    'For private childcare: childcare contract',
  ],
} satisfies SeedAngebotTranslation
