import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Support from the Jugendamt with paternity and child maintenance (Beistandschaft)',
  summary:
    'The other parent pays no maintenance or too little, or paternity has not been established? Then the Jugendamt (youth welfare office) can become your child’s legal assistant (Beistand) and take care of this for you – free of charge and voluntary, and you can end it at any time.',
  costs: 'Free of charge.',
  provider: 'Jugendamt (youth welfare office) of the City of Hamm (Beistandschaften)',
  eligibilitySummary:
    'Single mothers and fathers in Hamm with a child under 18 who lives with them (sole custody, or joint custody with the child in their care); expectant mothers even before the birth. Since 2023, foster carers who have been given custody and volunteer guardians can also apply.',
  synonyms:
    'child maintenance, child support, claim maintenance, unpaid maintenance, paternity, establish paternity, acknowledge paternity, legal assistance, single parent, separation, Beistandschaft, Beistand, Unterhalt, Kindesunterhalt, Vaterschaft, Jugendamt',
  steps: [
    'Write to the Jugendamt informally (no form needed) that you are applying for a Beistandschaft for your child – for paternity, for maintenance or for both. Sign the application.',
    'The Jugendamt will contact you and talk with you about your situation.',
    'Hand in the documents you have. The Beistand then contacts the other parent.',
    'Do you want to end the Beistandschaft? A short written sentence to the Jugendamt is enough.',
  ],
  documents: [
    'The child’s birth certificate (Geburtsurkunde)',
    'Your identity card',
    'If you have them: acknowledgement of paternity, declaration of custody, divorce or maintenance court decision, earlier maintenance documents',
    'Details of the other parent (name, address and, if known, employer)',
  ],
  ruleTexts: {
    'Sie erziehen ein minderjähriges Kind allein – Sie können eine Beistandschaft beantragen.':
      'You are raising a child under 18 on your own – you can apply for a Beistandschaft.',
    'Eine Beistandschaft können Sie schon in der Schwangerschaft beantragen.': 'You can already apply for a Beistandschaft during pregnancy.',
  },
} satisfies SeedAngebotTranslation
