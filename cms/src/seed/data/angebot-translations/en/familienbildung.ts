import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Family education and parenting courses (Familienbildung, Elternschule Hamm)',
  summary:
    'Baby massage, a parent and child group, a parenting course or a talk about puberty: the Elternschule Hamm brings together courses and meeting groups from more than 100 organisations for parents – from pregnancy to the teenage years. Many offers are free of charge or low-cost.',
  costs:
    'Many meeting groups and talks are free of charge; for courses, the providers usually charge a small fee. The prices are given with each offer; ask about reductions.',
  provider: 'Elternschule Hamm e.V. with the organisations in its network',
  eligibilitySummary: 'All expectant parents, mothers, fathers and other people raising children in Hamm – with no requirements.',
  synonyms:
    'family education, parenting course, parenting class, parents’ school, parent and child group, toddler group, baby group, baby massage, baby swimming, antenatal class, birth preparation, family centre, courses for parents, Familienbildung, Elternschule, Elternkurs, Eltern-Kind-Gruppe, PEKiP, Krabbelgruppe, Familienzentrum',
  steps: [
    'Look at the course programme of the Elternschule, or ask at the Familienrathaus, your Kita or your family centre (Familienzentrum) about offers near you.',
    'Register for the course with the provider.',
  ],
  documents: ['No documents needed.'],
  ruleTexts: {
    'Sie erwarten ein Baby – die Elternschule hat Kurse schon für die Zeit vor der Geburt.':
      'You are expecting a baby – the Elternschule also has courses for the time before the birth.',
    'Sie haben Kinder – die Elternschule Hamm bietet Kurse und Treffs für Eltern.':
      'You have children – the Elternschule Hamm offers courses and meeting groups for parents.',
  },
} satisfies SeedAngebotTranslation
