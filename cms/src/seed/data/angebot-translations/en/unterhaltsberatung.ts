import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Advice and support with maintenance (Beratung und Unterstützung bei Unterhalt)',
  summary:
    'How much maintenance is my child entitled to? What if it is not paid? The Jugendamt (youth welfare office) gives single parents and young adults up to 21 free advice on maintenance (Unterhalt) and contact (Umgang), checks the calculation with you and certifies maintenance agreements free of charge.',
  costs: 'Advice and certification at the Jugendamt are free of charge.',
  provider: 'Jugendamt of the City of Hamm (Beistandschaften, Beurkundungen – legal assistance and certification)',
  eligibilitySummary:
    'Mothers and fathers in Hamm who look after a child on their own, and young adults up to their 21st birthday for their own maintenance. Certification of maintenance obligations is open to both parents.',
  synonyms:
    'maintenance, child maintenance, child support, maintenance advice, how much maintenance, Düsseldorf table, maintenance calculation, maintenance certificate, contact with child, visiting rights, separation, divorce, maintenance for adult children, Unterhalt, Unterhaltsberatung, Kindesunterhalt, Düsseldorfer Tabelle, Jugendamtsurkunde, Umgangsrecht',
  steps: [
    'Make an appointment at the Jugendamt, or ask at the Familien-Service-Theke (family service desk) in the Familienrathaus who the right contact person is.',
    'Bring the documents you have – especially proof of the other parent’s income, if you know it.',
    'With the specialist, you discuss how much maintenance your child is entitled to and how you can get it – for example through a certificate (Urkunde), a Beistandschaft or the advance maintenance payment (Unterhaltsvorschuss).',
  ],
  documents: [
    'The child’s birth certificate',
    'Your identity card',
    'Any maintenance certificates, court decisions or agreements you already have',
    'Proof of income and payments, if you have it',
  ],
  ruleTexts: {
    'Sie sorgen allein für Ihr Kind – das Jugendamt berät Sie kostenlos zum Unterhalt.':
      'You look after your child on your own – the Jugendamt gives you free advice on maintenance.',
  },
} satisfies SeedAngebotTranslation
