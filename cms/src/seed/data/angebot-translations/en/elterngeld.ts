import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Parental allowance, ElterngeldPlus and partnership bonus (Elterngeld, ElterngeldPlus, Partnerschaftsbonus)',
  summary:
    'After the birth, you want to have time for your baby. Parental allowance (Elterngeld) replaces part of your income if you work less or not at all: at least 300 and at most 1,800 euros a month. In Hamm, you apply for it at the Familienrathaus.',
  costs:
    'Basic parental allowance (Basiselterngeld): usually 65 to 67 percent of your net income before the birth (up to 100 percent for low incomes), at least 300 euros, at most 1,800 euros a month, for up to 14 months (one parent alone at most 12; single parents 14 if they meet the conditions of § 4c BEEG). ElterngeldPlus: half as much (150 to 900 euros), but for twice as long. A sibling bonus (Geschwisterbonus) and a supplement for multiple births (Mehrlingszuschlag) may be added. Applying is free of charge.',
  provider: 'Elterngeldstelle (parental allowance office) of the City of Hamm',
  eligibilitySummary:
    'For parents who live with their child (also an adopted child or a child of their spouse), look after the child themselves and work at most 32 hours a week. Taxable income must not be more than 175,000 euros a year. Without a German passport, you need EU citizenship or a suitable residence permit (Aufenthaltstitel). The Situations-Finder shows Elterngeld during the child’s first 14 months of life, and already during pregnancy so that you can plan. Simplified: working hours and the type of residence permit are not asked; ElterngeldPlus can continue after the 14th month of life if it started before.',
  synonyms:
    'parental allowance, parental benefit, parents’ money, money after the birth, baby year, parental leave pay, partner months, single parent parental allowance, Elterngeld, Basiselterngeld, ElterngeldPlus, Elterngeld Plus, Partnerschaftsbonus, Elterngeldstelle, Elterngeldrechner',
  steps: [
    'Plan already during pregnancy who will receive Elterngeld, when and for how long. The Elterngeld calculator (Elterngeldrechner) of the Federal Ministry for Family Affairs helps with this.',
    'After the birth, apply at the Elterngeldstelle of the City of Hamm in the Familienrathaus. Elterngeld is only paid retroactively for the last three months of the child’s life before the application.',
    'Both parents sign the application, even if only one of them receives Elterngeld.',
    'If you work part-time while receiving Elterngeld, hand in a certificate from your employer about your working hours.',
  ],
  documents: [
    'Birth certificate (Geburtsurkunde), or the birth certificate for Elterngeld (Geburtsbescheinigung) from the registry office (Standesamt)',
    'Proof of income for the last twelve months before the birth (payslips), or the latest tax assessment notice if you are self-employed',
    'Certificate from the health insurance fund (Krankenkasse) about maternity benefit (Mutterschaftsgeld), and certificate from the employer about the employer’s supplement',
    'If you work part-time: confirmation of your working hours from your employer',
    'Without a German passport: your residence permit (Aufenthaltstitel)',
  ],
  reminders: ['Apply for Elterngeld'],
  deadline: 'Apply within 3 months of the birth – the Elterngeld office pays only 3 months of the child’s life back.',
  ruleTexts: {
    'Ihr Kind ist jünger als 14 Monate.': 'Your child is younger than 14 months.',
    'Sie erwarten ein Baby – nach der Geburt können Sie Elterngeld beantragen.':
      'You are expecting a baby – after the birth, you can apply for Elterngeld.',
    'Ihr Einkommen liegt unter der Grenze von 175.000 Euro im Jahr.': 'Your income is below the limit of 175,000 euros a year.',
  },
} satisfies SeedAngebotTranslation
