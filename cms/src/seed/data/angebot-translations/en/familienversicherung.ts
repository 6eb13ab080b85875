import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Family insurance in statutory health insurance (Familienversicherung)',
  summary:
    'Children of statutory health insurance members are usually co-insured for free: up to 18, to 23 if not working, to 25 at school, university or voluntary service. Spouses and registered civil partners with little own income can be too – in 2026 up to 565 euros a month, in a mini-job up to 603 euros.',
  costs: 'Free of charge: you pay no contribution for insured family members, not even for long-term care insurance.',
  provider: 'The statutory health insurance fund (Krankenkasse) of the insured parent or spouse',
  eligibilitySummary:
    'For children, spouses and registered civil partners of people with statutory health insurance, if they live in Germany, are not obliged to be insured themselves, are not self-employed as their main occupation and in 2026 regularly have at most 565 euros a month (603 euros in a mini-job). Children up to 18, up to 23 if not in work, up to 25 at school, at university or in voluntary service, with a disability without an age limit. The Situations-Finder shows the offer as fitting for your children if someone in your household has statutory health insurance. If a parent has private health insurance, it only shows it as “may fit” with a medium or higher income, because then the incomes of both parents decide. Simplified: it does not check whether your child already has insurance of their own, for example in paid vocational training, or earns more than allowed. It does not ask whether you are married: if an adult in the household stays at home or studies, it only shows the offer for them as “may also fit”.',
  synonyms:
    'family insurance, free health insurance for children, insured through parents, co-insured, health insurance for my child, register baby with health insurance, health insurance for spouse, income limit family insurance, mini-job family insurance, health insurance for students, Familienversicherung, familienversichert, mitversichert, Krankenkasse',
  steps: [
    'After the birth, register your baby with your health insurance fund (Krankenkasse) for family insurance. Most funds have a questionnaire for this, often also online or in their app.',
    'If both parents have statutory health insurance, choose through which parent your child is insured.',
    'Tell the health insurance fund when something changes: when your child starts vocational training or a job, finishes school or university, or earns more than allowed. The fund usually asks for the details once a year.',
    'From the 18th birthday: send the health insurance fund a certificate from the school, university or voluntary service so that the family insurance continues.',
  ],
  documents: [
    'Your health insurance fund’s questionnaire for family insurance',
    'The child’s birth certificate (Geburtsurkunde or Geburtsbescheinigung)',
    'From the age of 18: certificate from the school, university or voluntary service',
    'If there is income of their own: proof, for example the payslip from the mini-job',
    'If a parent has private health insurance: proof of that parent’s income',
  ],
  ruleTexts: {
    'In Ihrem Haushalt ist jemand gesetzlich krankenversichert. Ihre Kinder können dort kostenlos mitversichert werden, solange sie nicht selbst versichert sind und wenig eigenes Einkommen haben.':
      'Someone in your household has statutory health insurance. Your children can be insured with them free of charge, as long as they are not insured themselves and have little income of their own.',
    'Sie verheiratet sind oder in eingetragener Lebenspartnerschaft leben: Dann ist auch ein Partner ohne eigene Versicherung mitversichert, der 2026 höchstens 565 Euro im Monat hat (im Minijob 603 Euro)':
      'you are married or in a registered civil partnership: then a partner without insurance of their own is also insured if they have at most 565 euros a month in 2026 (603 euros in a mini-job)',
  },
} satisfies SeedAngebotTranslation
