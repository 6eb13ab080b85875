import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Maternity benefit (Mutterschaftsgeld)',
  summary:
    'During the protection periods before and after the birth, employees get maternity benefit (Mutterschaftsgeld): up to 13 euros a day from the health insurance fund, plus an employer top-up to previous net pay. The privately insured get a one-off sum of up to 210 euros from the federal government.',
  costs:
    'With statutory health insurance and entitlement to sickness benefit (Krankengeld): up to 13 euros per day from the health insurance fund plus the employer’s supplement up to your net pay. With private health insurance or family insurance: a one-off payment of at most 210 euros from the Bundesamt für Soziale Sicherung (Federal Office for Social Security) plus the employer’s supplement. Applying is free of charge.',
  provider:
    'Your statutory health insurance fund or the Bundesamt für Soziale Sicherung (Mutterschaftsgeldstelle, maternity benefit office); supplement from your employer',
  eligibilitySummary:
    'Only for the woman who is expecting or has given birth to the child: during the protection periods before and after the birth, if she is in employment or vocational training (also in a mini-job), receives unemployment benefit (Arbeitslosengeld), or is self-employed with voluntary statutory health insurance that includes entitlement to sickness benefit. People who only receive Grundsicherungsgeld (formerly Bürgergeld) and do not work are not entitled. How much maternity benefit you get and who pays it depends on your health insurance.',
  synonyms:
    'maternity benefit, maternity pay, maternity allowance, employer’s supplement, pay during maternity leave, money during maternity protection, Mutterschaftsgeld, Mutterschutzgeld, Arbeitgeberzuschuss, Mutterschaftsgeldstelle, Bundesamt für Soziale Sicherung, 13 euros a day, 210 euros',
  steps: [
    'No earlier than seven weeks before the expected due date, ask your doctor or midwife for the certificate of the due date.',
    'With statutory health insurance: hand in the certificate to your health insurance fund. With private health insurance or family insurance: apply for maternity benefit at the Bundesamt für Soziale Sicherung.',
    'You apply for the supplement from your employer; many employers pay it automatically with your salary.',
    'After the birth, send the birth certificate to the health insurance fund so that the protection period after the birth can be calculated.',
  ],
  documents: [
    'Doctor’s certificate of the expected date of delivery',
    'After the birth: birth certificate (Geburtsurkunde or Geburtsbescheinigung)',
    'If you apply to the Bundesamt: certificate from your employer about your employment',
  ],
  reminders: ['Get the certificate of the expected date and apply for Mutterschaftsgeld'],
  ruleTexts: {
    'Sie sind schwanger und angestellt oder in Ausbildung – in den Schutzfristen bekommen Sie Mutterschaftsgeld und den Zuschuss Ihres Arbeitgebers.':
      'You are pregnant and employed or in vocational training – during the protection periods, you receive maternity benefit and your employer’s supplement.',
    'Sie sind schwanger, gesetzlich versichert und bekommen Arbeitslosengeld – dann zahlt Ihre Krankenkasse Mutterschaftsgeld (§ 24i SGB V).':
      'You are pregnant, have statutory health insurance and receive unemployment benefit (Arbeitslosengeld) – then your health insurance fund pays maternity benefit (§ 24i SGB V).',
    'Sie freiwillig gesetzlich versichert sind und dabei den Anspruch auf Krankengeld gewählt haben':
      'you have voluntary statutory health insurance and have chosen the entitlement to sickness benefit (Krankengeld)',
    'Ihr Baby ist erst wenige Wochen alt, und Sie haben es geboren und sind angestellt – in der Schutzfrist nach der Geburt bekommen Sie Mutterschaftsgeld.':
      'Your baby is only a few weeks old, you gave birth to the baby and you are employed – during the protection period after the birth, you receive maternity benefit.',
    'Ihr Baby ist erst wenige Wochen alt, Sie haben es geboren, sind gesetzlich versichert und bekommen Arbeitslosengeld – die Krankenkasse zahlt Mutterschaftsgeld.':
      'Your baby is only a few weeks old, you gave birth to the baby, you have statutory health insurance and you receive unemployment benefit – the health insurance fund pays maternity benefit.',
  },
} satisfies SeedAngebotTranslation
