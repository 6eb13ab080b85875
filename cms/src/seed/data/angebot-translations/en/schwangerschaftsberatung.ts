import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Pregnancy counselling (Schwangerschaftsberatung)',
  summary:
    'Pregnant – and lots of questions? State-recognised counselling centres advise you and your partner free of charge, confidentially and, if you wish, anonymously: about money and applications, work, your relationship, prenatal diagnosis or in a pregnancy conflict – also until the child’s 3rd birthday.',
  costs: 'Free of charge.',
  provider: 'State-recognised pregnancy counselling centres; in Hamm, for example, the SkF at the Caritas counselling centre',
  eligibilitySummary:
    'All pregnant women and their partners, women and men with questions about family planning and pregnancy, and families with children under three. No requirements; anonymous if you wish.',
  synonyms:
    'pregnancy counselling, pregnancy advice, pregnancy conflict counselling, counselling certificate, abortion, termination of pregnancy, unplanned pregnancy, family planning, contraception, prenatal diagnosis, pregnant, Schwangerschaftsberatung, Schwangerschaftskonfliktberatung, Beratungsschein, Bundesstiftung Mutter und Kind, SkF, Caritas',
  steps: [
    'Call a counselling centre or write an email, and make an appointment. You can also come as a couple.',
    'To apply to the Bundesstiftung Mutter und Kind, you must still be pregnant – so contact a centre early.',
    'If you are thinking about ending the pregnancy, quickly make an appointment for conflict counselling at a centre that issues the counselling certificate (Beratungsschein).',
  ],
  documents: [
    'Maternity record (Mutterpass) or a doctor’s certificate of the pregnancy',
    'For applications: identity card, proof of income and rent, notices about social benefits',
  ],
  ruleTexts: {
    'Sie erwarten ein Kind – eine Schwangerschaftsberatung kann Ihnen in vielen Fragen helfen.':
      'You are expecting a child – a pregnancy counselling centre can help you with many questions.',
    'Ihr Kind ist unter drei Jahren – so lange begleiten Schwangerschaftsberatungsstellen auch nach der Geburt.':
      'Your child is under three – until then, pregnancy counselling centres also support you after the birth.',
  },
} satisfies SeedAngebotTranslation
