import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Holiday fun and holiday trips for children and young people (Ferienspaß und Kinder- und Jugendfreizeiten)',
  summary:
    'Outings, workshops, sport and holiday trips: with the Ferienspaß (holiday fun programme) of the City of Hamm, children and young people aged 6 to 16 have exciting holidays – in the summer, Easter and autumn holidays. Holiday trips are available up to the age of 18.',
  costs:
    'Many offers are free of charge; others cost a fee – outings and trips of several days cost more. The prices are given with each offer. With the YouCardHamm (Bildung und Teilhabe), you can use the participation budget of 15 euros a month for holiday activities; also ask the organisers about reductions.',
  provider: 'City of Hamm (coordinated by the Jugendamt) with clubs, youth centres, church parishes and organisations',
  eligibilitySummary:
    'Children and young people aged 6 to 16 (Ferienspaß) and up to 18 (holiday trips), mainly from Hamm. Taking part depends on the offer and on free places.',
  synonyms:
    'holiday programme, holiday fun, holiday activities, holiday calendar, holiday camp, summer camp, tent camp, youth trip, summer holidays, Easter holidays, autumn holidays, outing, workshop, Ferienspaß, Ferienspass, Ferienfreizeit, Ferienlager',
  steps: [
    'Before the holidays, look at the Ferienspaß calendar on hamm.de. It lists all offers with age, date and costs.',
    'Register your child directly with the organiser. Registration for most summer offers starts shortly before the holidays.',
    'For holiday trips of several days, ask youth organisations, church parishes and welfare organisations – often already in spring.',
  ],
  documents: [
    'Registration with the organiser',
    'For trips: the parents’ declaration of consent and a copy of the health insurance card',
    'YouCardHamm, if you have one',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind oder eine Jugendliche im Alter für den Ferienspaß (von 6 bis 16 Jahren) oder für Ferienfreizeiten (bis 18 Jahre).':
      'A child or young person of the right age for Ferienspaß (6 to 16 years) or holiday trips (up to 18 years) lives in your family.',
  },
} satisfies SeedAngebotTranslation
