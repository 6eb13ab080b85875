import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Acknowledging paternity and declaring joint custody (Vaterschaftsanerkennung und Sorgeerklärung)',
  summary:
    'If the parents are not married, the father only becomes the legal father by acknowledging paternity, and at first the mother has sole custody. You can arrange both before the birth – free of charge at the Jugendamt (youth welfare office), paternity also at the registry office (Standesamt).',
  costs:
    'At the Jugendamt, acknowledgement of paternity and declarations of custody are free of charge. A notary charges fees. Ask the registry office whether it charges a fee for acknowledging paternity.',
  provider: 'Jugendamt of the City of Hamm (certifying officers, Urkundspersonen); for acknowledging paternity, also any registry office',
  eligibilitySummary:
    'For parents who are not married to each other when their child is born – already during pregnancy or after the birth. Paternity can also be acknowledged later; declarations of custody are possible until the 18th birthday. The Situations-Finder does not ask whether you are married. This is why it only shows the offer to families in Hamm during pregnancy and with children under three as “may fit”, never as “fits” – also to single parents, because it does not know whether paternity has already been established.',
  synonyms:
    'acknowledge paternity, paternity, recognition of paternity, joint custody, custody for unmarried parents, not married, unmarried parents, single mother, add father to birth certificate, father on birth certificate, certification at the Jugendamt, Vaterschaftsanerkennung, Vaterschaft, Sorgeerklärung, Sorgerechtserklärung, gemeinsames Sorgerecht, Urkundsperson, Negativbescheinigung',
  steps: [
    'Make an appointment with the certifying officer (Urkundsperson) of the Jugendamt of the City of Hamm – you can also make the acknowledgement of paternity at the registry office. Ask which documents you need in your case.',
    'Come in person, ideally both parents together. The mother’s consent can also follow later; each parent must make the declaration of custody personally.',
    'Before the birth: bring the maternity record (Mutterpass). The acknowledgement takes effect with the birth, and the father can be entered in the birth certificate straight away.',
    'After the birth: hand in your certificates with the other documents at the hospital or the registry office. If you have joint custody, you also choose your child’s surname there.',
  ],
  documents: [
    'Identity cards or passports of both parents',
    'Birth certificates of both parents',
    'Before the birth: maternity record (Mutterpass); after the birth: the child’s birth certificate',
    'If the mother has been married before: proof that the marriage has ended',
    'If the mother or father is still under 18: consent of their legal representatives – ask beforehand',
    'Without a German passport: passport or residence document, translated certificates if needed; if your German is limited, an interpreter may be needed',
  ],
  ruleTexts: {
    'Sie erwarten ein Kind – Vaterschaft und gemeinsames Sorgerecht können Sie schon vor der Geburt regeln.':
      'You are expecting a child – you can already arrange paternity and joint custody before the birth.',
    'Sie haben ein kleines Kind – Vaterschaft und gemeinsames Sorgerecht lassen sich auch nach der Geburt noch beurkunden.':
      'You have a young child – paternity and joint custody can still be certified after the birth.',
    'die Eltern des Kindes nicht miteinander verheiratet sind': 'the child’s parents are not married to each other',
  },
} satisfies SeedAngebotTranslation
