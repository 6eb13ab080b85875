import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Maternity protection (Mutterschutz)',
  summary:
    'Maternity protection (Mutterschutz) protects pregnant and breastfeeding women who work, are in vocational training or study: from dangers at the workplace and from dismissal. You do not have to work for six weeks before and eight weeks after the birth.',
  costs:
    'Free of charge for you. During the protection periods, you receive maternity benefit (Mutterschaftsgeld) and your employer’s supplement; if you are banned from working (Beschäftigungsverbot), you receive your previous average pay.',
  provider: 'Your employer; supervision in NRW: the occupational safety authority of the Bezirksregierung (district government)',
  eligibilitySummary:
    'For pregnant and breastfeeding women who are employed, in vocational training, work in a mini-job or study, and for mothers up to four months after the birth. Self-employed women are not covered. Maternity protection only applies to the woman who is expecting or has given birth to the child – not to the other parent. After the birth, the Situations-Finder shows the offer as long as the baby is younger than four months (protection against dismissal); breastfeeding women are also protected until the child’s first birthday.',
  synonyms:
    'maternity protection, maternity leave, protection period, ban on working in pregnancy, protection against dismissal in pregnancy, pregnant at work, breastfeeding at work, maternity protection after miscarriage, Mutterschutz, Mutterschutzfrist, Schutzfrist, Beschäftigungsverbot, Stillzeit',
  steps: [
    'Tell your employer, school or university about the pregnancy and the expected due date as soon as you know.',
    'Ask your gynaecologist for a certificate of the due date. You also need it for maternity benefit.',
    'Discuss with your employer which tasks you can continue to do. If there are problems, the occupational safety authority of the Bezirksregierung will help.',
    'Plan the time after the protection period: parental leave (Elternzeit) and Elterngeld come next.',
  ],
  documents: ['Doctor’s certificate of the pregnancy and the expected due date'],
  ruleTexts: {
    'Ihr Baby ist jünger als vier Monate, und Sie haben es geboren und sind angestellt, in Ausbildung oder im Studium – nach der Geburt gelten Schutzfrist und Kündigungsschutz weiter.':
      'Your baby is under four months old, you gave birth to it, and you are employed, in training or at university – after the birth, the protection period and protection against dismissal still apply.',
  },
} satisfies SeedAngebotTranslation
