import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'School travel costs: free ticket for a long way to school (Schülerfahrkosten)',
  summary:
    'If the walk to the nearest school is long – more than 2 km at primary school, 3.5 km in years 5 to 10, 5 km in the upper secondary level (Oberstufe) – the school authority pays the travel costs. In Hamm, eligible pupils most recently received a free Deutschlandticket for this.',
  costs:
    'Free of charge for you: the school authority pays the necessary travel costs. In Hamm, pupils most recently received the Deutschlandticket for this, with no contribution of their own. Applying is free of charge.',
  provider: 'City of Hamm as school authority (Schulträger; Schulamt); for schools run by other bodies, their school authority',
  eligibilitySummary:
    'For pupils who live in NRW whose shortest walk to the nearest school of the chosen type is longer than 2 km (years 1 to 4), 3.5 km (years 5 to 10) or 5 km (upper secondary level and full-time courses at a Berufskolleg) – or whose way to school is especially dangerous, or who have to travel for health reasons. The Situations-Finder does not know your child’s way to school: it shows the offer for every child who goes to school only under “May also fit”. Trainees at vocational school (Berufsschule) are usually not entitled and are not shown. Simplified: at the Berufskolleg, the Situations-Finder does not tell the difference between full-time and part-time.',
  synonyms:
    'school travel costs, school transport, travel to school, way to school, school ticket, pupil ticket, Deutschlandticket for pupils, school bus, taxi to school, refund of travel costs to school, long way to school, Schülerfahrkosten, SchfkVO, Schulweg, Schülerticket, Schülerspezialverkehr',
  steps: [
    'Measure the shortest walking route from your home to the nearest school of the chosen type, for example with a route planner for pedestrians.',
    'Apply to the City of Hamm (Schulamt) for the school travel costs to be paid – ask the school office for the form or the online application. If your child attends a school run by another body, apply there.',
    'For health reasons, enclose a doctor’s certificate that explains why your child cannot manage the way to school on foot.',
    'The city checks the way to school and sends you the notice (Bescheid). Your child then receives the ticket.',
  ],
  documents: [
    'Application for school travel costs (Antrag auf Übernahme der Schülerfahrkosten)',
    'Confirmation of registration or school certificate from the school',
    'If the nearest school turned your child down: the rejection letter',
    'For health reasons: doctor’s certificate',
  ],
  ruleTexts: {
    'der Fußweg zur nächstgelegenen Schule über 2 km (Klasse 1–4), 3,5 km (Klasse 5–10) oder 5 km (Oberstufe) lang ist, der Weg sehr gefährlich ist oder Ihr Kind aus gesundheitlichen Gründen fahren muss':
      'the walk to the nearest school is longer than 2 km (years 1–4), 3.5 km (years 5–10) or 5 km (upper secondary level), the way is very dangerous, or your child has to travel for health reasons',
  },
} satisfies SeedAngebotTranslation
