import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Integration assistance for children, young people and adults with disabilities (Eingliederungshilfe)',
  summary:
    'Eingliederungshilfe (integration assistance) helps people with, or at risk of, a disability to take part equally: assistance in Kita and school, special education support (heilpädagogische Hilfen), help in daily life, training and work. The Jugendamt handles children’s mental health disabilities.',
  costs:
    'The benefits are provided as services or in kind, or as a personal budget (Persönliches Budget). Depending on the benefit and your income, you may have to pay a contribution; not for education services such as a school assistant (Schulbegleitung).',
  provider:
    'City of Hamm (Jugendamt and Sozialamt – social welfare office) or Landschaftsverband Westfalen-Lippe (LWL), depending on age and benefit',
  eligibilitySummary:
    'For children, young people and adults with a significant physical, intellectual, mental health or sensory disability, or at risk of a disability, whose participation in life is considerably restricted as a result. For children and young people with a mental health disability, the Eingliederungshilfe of the Jugendamt applies. The Situations-Finder shows the offer as soon as a disability or developmental delay has been given for a person in the household; the responsible office checks whether the restriction is “significant” (wesentlich).',
  synonyms:
    'integration assistance, disability support, school assistant, school companion, inclusion assistant, integration helper, special education, mental health disability, personal budget, participation, Eingliederungshilfe, Schulbegleitung, Inklusionsassistenz, Teilhabe, § 35a, LWL, EUTB, Bundesteilhabegesetz',
  steps: [
    'Get advice – for example at the Familienrathaus, at the EUTB (independent advice on participation) or from your child’s paediatrician.',
    'Make an informal application to the City of Hamm (for a child’s mental health disability, to the Jugendamt) or to the LWL. The office clarifies who is responsible and passes the application on.',
    'Prepare for the meeting to assess needs (Bedarfsermittlung): what do you or your child manage well in everyday life, and where is support needed?',
    'After the overall plan or participation plan procedure (Gesamtplanverfahren or Teilhabeplanverfahren), you receive a notice (Bescheid). The benefits are reviewed regularly.',
  ],
  documents: [
    'Medical, psychological or therapy reports',
    'Reports from the Kita, school or early intervention (Frühförderung)',
    'Notice about the degree of disability (GdB) or the care level (Pflegegrad), if you have one',
    'For a child’s mental health disability: a statement from a child and adolescent psychiatrist or a psychotherapist',
  ],
} satisfies SeedAngebotTranslation
