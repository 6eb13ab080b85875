import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Culture rucksack – free culture for 10 to 14-year-olds (KulturRucksack)',
  summary:
    'Acting, making beats, making radio, dancing, painting or cracking secret codes: with the KulturRucksack NRW, there are free workshops and projects in Hamm for children and young people aged 10 to 14 – in museums, theatres, the library and youth centres.',
  costs: 'Free of charge. The state of NRW and the City of Hamm pay for the offers.',
  provider:
    'City of Hamm – Kulturbüro (culture office, coordination) with KUBUS, HELIOS-Theater, Gustav-Lübcke-Museum, Stadtarchiv (city archive), Zentralbibliothek (central library), youth centres; funded by NRW',
  eligibilitySummary:
    'For children and young people in Hamm aged 10 to 14. The offers are free of charge; there is no income limit. Many offers require registration, and some are only for part of this age range.',
  synonyms:
    'free workshops, culture for children, culture for teenagers, arts for kids, theatre workshop, free dance course, holiday workshop, youth culture centre, leisure for 10 to 14-year-olds, art, music, radio, KulturRucksack, Kulturrucksack NRW, KUBUS, Jugendkulturzentrum, HELIOS-Theater, Kidz Atelier, Kulturstrolche',
  steps: [
    'Look at the current KulturRucksack programme on hamm.de together with your child.',
    'Register your child for the offer they would like to try, as described for that offer.',
    'Your child takes part – once, on several days in the holidays, or regularly, depending on the offer.',
  ],
  documents: ['Registration for the offer', 'For outings or projects lasting several days: the parents’ consent'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind zwischen 10 und 14 Jahren – genau das Alter für den KulturRucksack.':
      'A child aged between 10 and 14 lives in your family – exactly the right age for the KulturRucksack.',
  },
} satisfies SeedAngebotTranslation
