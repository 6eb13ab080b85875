import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Debt and insolvency advice (Schuldner- und Insolvenzberatung)',
  summary:
    'Reminders, account seizure, rent arrears? Debt advice gives you an overview, secures your rent, electricity and bank account, negotiates with creditors and, if needed, helps with personal insolvency. With Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe or a low income, it is usually free.',
  costs:
    'With basic income support (Grundsicherungsgeld, formerly Bürgergeld) or Sozialhilfe, the Jobcenter or the Sozialamt (social welfare office) usually pays the costs. With a small income, advice at the welfare organisations’ centres is usually free of charge; ask beforehand whether there will be any costs for you.',
  provider:
    'Recognised debt and insolvency advice centres in Hamm, for example at the Katholischer Sozialdienst (KSD); costs covered through the Kommunales Jobcenter Hamm or the Sozialamt of the City of Hamm',
  eligibilitySummary:
    'For people in Hamm with debts they cannot get under control on their own. Advice is usually free of charge for people with basic income support (Grundsicherungsgeld, formerly Bürgergeld) or Sozialhilfe and for people with a small income. The Situations-Finder does not know whether you have debts: it shows the offer to families in Hamm without a high income under “May also fit”. With a household income of more than 100,000 euros a year, it does not show it; you can still contact an advice centre, but you should expect costs.',
  synonyms:
    'debt advice, debt counselling, debt help, insolvency advice, personal insolvency, consumer insolvency, debt relief, debts, reminder letter, debt collection, bailiff, account seizure, wage garnishment, protected account, rent arrears, electricity debts, electricity cut off, payment in instalments, Schuldnerberatung, Insolvenzberatung, Privatinsolvenz, P-Konto, Pfändungsschutzkonto, KSD Hamm',
  steps: [
    'Contact a debt advice centre in Hamm. If you do not know where to go: the Familien-Service-Theke (family service desk) in the Familienrathaus can give you addresses. If you receive basic income support (Grundsicherungsgeld, formerly Bürgergeld), also ask your contact person at the Kommunales Jobcenter.',
    'If your account is at risk of being seized, have your current account converted into a protected account (P-Konto) at your bank immediately.',
    'Collect all letters from creditors, debt collection agencies and courts – including unopened ones – and bring them to the first appointment.',
    'With the adviser, you make a plan: instalments, a settlement or consumer insolvency.',
  ],
  documents: [
    'All reminders, invoices, contracts and letters from creditors, debt collection agencies and courts',
    'Proof of income and notices, for example about basic income support (Grundsicherungsgeld, formerly Bürgergeld), Wohngeld, Kindergeld or maintenance',
    'Bank statements from the last few months',
    'Tenancy agreement and proof of fixed costs',
    'Identity card or passport',
  ],
  ruleTexts: {
    'Sie haben wenig oder kein Einkommen aus Arbeit – dann ist die Schuldnerberatung für Sie in der Regel kostenlos.':
      'You have little or no income from work – then debt advice is usually free of charge for you.',
    'Auch mit mittlerem Einkommen können Sie sich beraten lassen – fragen Sie vorher, ob für Sie Kosten entstehen.':
      'You can also get advice with a medium income – ask beforehand whether there will be any costs for you.',
    'Schulden, Mahnungen oder unbezahlte Rechnungen Sie belasten': 'debts, reminders or unpaid bills are weighing on you',
  },
} satisfies SeedAngebotTranslation
