import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Childminder (Kindertagespflege: Tagesmutter or Tagesvater)',
  summary:
    'A childminder (Tagesmutter or Tagesvater) looks after your child in a small group of no more than five children – often with flexible hours. In Hamm, this is mainly for children under three. The Jugendamt (youth welfare office) puts you in touch with approved childminders.',
  costs:
    'The childminder is paid by the Jugendamt. You pay a parental fee under the parental fee regulations (Elternbeitragssatzung) of the City of Hamm – it depends on your income and the hours of care, and it is no higher than for a Kita place. Brothers and sisters are free of charge. With Grundsicherungsgeld (formerly Bürgergeld), social assistance (Sozialhilfe), benefits for asylum seekers (Asylbewerberleistungen), housing benefit (Wohngeld) or child supplement (Kinderzuschlag), you pay nothing if you apply.',
  provider:
    'Jugendamt of the City of Hamm (advice and placement office for childcare, Beratungs- und Vermittlungsstelle Kindertagesbetreuung) with qualified childminders',
  eligibilitySummary:
    'Mainly children under three in Hamm: with a legal right from the first birthday; under one year if both parents (or the single parent) work, are in vocational training, study, are looking for work or take part in a Jobcenter programme – or if the care is necessary for the child’s development (§ 24 Abs. 1 SGB VIII). Older children in addition, if the Kita or the open all-day school (Offene Ganztagsschule) does not cover the hours of care needed.',
  synonyms:
    'childminder, childminding, home-based childcare, nanny, care for under-threes, nursery, crèche, shift work, flexible childcare, Kindertagespflege, Tagespflege, Tagesmutter, Tagesvater, Tageseltern, Tagespflegeperson, Großtagespflege, U3-Betreuung',
  steps: [
    'Call the Jugendamt’s advice and placement office for childcare (02381 17-6399), or search for childminders in the Kitaportal of the City of Hamm.',
    'Meet the childminder and look at the rooms.',
    'Agree on a settling-in period (Eingewöhnung) and sign the childcare contract.',
    'Hand in the self-assessment of your income to the Jugendamt. You will then receive a notice (Bescheid) about the parental fee.',
  ],
  documents: [
    'The child’s birth certificate or identity document',
    'Proof of work, vocational training, university studies or looking for work (for children under one year and for the number of hours of care)',
    'Self-assessment of the parents’ income (form from the Jugendamt)',
  ],
  ruleTexts: {
    'Ihr Kind ist zwischen einem und drei Jahren alt – genau dafür ist die Kindertagespflege in Hamm gedacht.':
      'Your child is between one and three years old – this is exactly what childminding (Kindertagespflege) in Hamm is meant for.',
    'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).':
      'Your baby is under one year old, and all parents in the household work, are in training or education, or seek work – then your baby also has a right to a childcare place (§ 24 Abs. 1 SGB VIII).',
    'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt':
      'childcare is necessary for your baby’s development, or you are taking part in a Jobcenter programme to help you into work – the Jugendamt checks this',
  },
} satisfies SeedAngebotTranslation
