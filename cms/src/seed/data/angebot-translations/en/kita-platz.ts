import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'A place in a day care centre in Hamm (Kita-Platz)',
  summary:
    'From the first birthday, your child has a right to a childcare place, and from the age of three to a place in a Kita (day care centre). In Hamm, you put your child’s name down online in the Kitaportal – ideally early.',
  costs:
    'The parental fee depends on the family’s income, the hours of care and the child’s age (parental fee regulations, Elternbeitragssatzung, of the City of Hamm). In Hamm, you pay for one child at most; siblings are free of charge. The last two Kita years before school are free of charge in NRW. Families with Grundsicherungsgeld (formerly Bürgergeld), social assistance (Sozialhilfe), benefits for asylum seekers (Asylbewerberleistungen), housing benefit (Wohngeld) or child supplement (Kinderzuschlag) pay nothing if they apply. Lunch costs extra; there is help with this through Bildung und Teilhabe.',
  provider:
    'Jugendamt (youth welfare office) of the City of Hamm (early childhood education department, Abteilung Frühkindliche Bildung) and the organisations that run the Kitas',
  eligibilitySummary:
    'All children in Hamm from the first birthday until starting school (legal right; from the age of three, to a Kita place). Children under one year get a place if both parents (or the single parent) work, are in vocational training, study, are looking for work or take part in a Jobcenter programme – or if the care is necessary for the child’s development; the Jugendamt checks this (§ 24 Abs. 1 SGB VIII).',
  synonyms:
    'Kita, kindergarten, nursery, day care centre, day nursery, crèche, childcare place, childcare, under-threes, Kita registration, put name down for Kita, legal right to a Kita place, Kita-Platz, Kindertagesstätte, Betreuungsplatz, Krippe, U3, Ü3, Kitaportal, Kita-Anmeldung, Rechtsanspruch',
  steps: [
    'Look at Kitas near you – you can find all of them in the Kitaportal of the City of Hamm.',
    'In the Kitaportal, put your child’s name down at the Kitas you would like. For a place from 1 August, you should do this by mid-January.',
    'Contact the Kita and arrange a visit to get to know it.',
    'If you are offered a place, sign the childcare contract with the Kita. The Jugendamt will then ask you to assess your income yourself for the parental fee.',
    'You cannot find a place? Call the Jugendamt’s advice and placement office for childcare (Beratungs- und Vermittlungsstelle Kindertagesbetreuung): 02381 17-6399.',
  ],
  documents: [
    'The child’s birth certificate or identity document',
    'Proof of work, vocational training, university studies or looking for work (for children under one year and for longer hours of care)',
    'Self-assessment of the parents’ income (form from the Jugendamt)',
    'Notice (Bescheid) about Grundsicherungsgeld (formerly Bürgergeld), Wohngeld, Kinderzuschlag or similar, if you would like to be exempted from the fee',
  ],
  ruleTexts: {
    'Ihr Kind ist mindestens ein Jahr alt und noch nicht in der Schule. Es hat ein Recht auf einen Betreuungsplatz.':
      'Your child is at least one year old and not yet at school. Your child has a right to a childcare place.',
    'Ihr Kind ist sechs Jahre alt und geht noch nicht zur Schule.': 'Your child is six years old and does not go to school yet.',
    'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).':
      'Your baby is under one year old, and all parents in the household work, are in training or education, or seek work – then your baby also has a right to a childcare place (§ 24 Abs. 1 SGB VIII).',
    'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt':
      'childcare is necessary for your baby’s development, or you are taking part in a Jobcenter programme to help you into work – the Jugendamt checks this',
  },
} satisfies SeedAngebotTranslation
