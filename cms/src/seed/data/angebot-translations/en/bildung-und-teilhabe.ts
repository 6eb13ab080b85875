import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Education and participation with the YouCardHamm (Bildung und Teilhabe)',
  summary:
    'Lunch, trips, school supplies, tutoring, sports club: children of families on Grundsicherungsgeld (formerly Bürgergeld), social assistance (Sozialhilfe), housing benefit (Wohngeld), child supplement (Kinderzuschlag) or asylum benefits (Asylbewerberleistungen) get help – in Hamm with the YouCardHamm.',
  costs:
    'Free of charge for you. Personal school supplies: 130 euros on 1 August 2026 and a second instalment on 1 February 2027 (as of 2026: 65 euros). Shared lunch in the Kita, with the childminder (Kindertagespflege) and at school is paid in full; for clubs, music school or culture there are 15 euros a month. Outings and class trips are paid at their actual cost; travel to school and learning support (Lernförderung) as far as needed.',
  provider: 'City of Hamm (Stadt Hamm) and Kommunales Jobcenter Hamm',
  eligibilitySummary:
    'For children under 18, and for young people aged 18 to 24 who still go to school and do not receive training pay, if the family receives Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag or Asylbewerberleistungen. The grant for clubs, music or culture is only paid until the 18th birthday. If you have not said that you receive one of these benefits, but you could get one of them, the Situations-Finder shows the offer as “may fit”. Simplified: the Situations-Finder counts every attendance at a Berufskolleg (vocational college) as going to school, even if it is part of paid vocational training.',
  synonyms:
    'education and participation, education package, school supplies, school starter package, money for school things, school lunch, class trip, school trip, tutoring, learning support, sports club, YouCard, YouCardHamm, Bildung und Teilhabe, BuT, Bildungspaket, 130 euros school',
  steps: [
    'You apply at the office that also pays your other benefit – for example at the Kommunales Jobcenter Hamm if you receive Grundsicherungsgeld. The Jobcenter usually pays the school supplies without a separate application; from the age of 15, a school certificate is needed. If you receive Wohngeld or Kinderzuschlag, the City of Hamm is responsible.',
    'Show your current notice (Bescheid, for example the Wohngeld or Kinderzuschlag notice) and, if needed, proof from the school or Kita.',
    'Once the application is approved, your child receives the YouCardHamm. Lunch, club fees and other benefits are paid directly with it.',
    'Any questions? Staff at the Familienrathaus will help you.',
  ],
  documents: [
    'Current notice (Bescheid) about Grundsicherungsgeld (formerly Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag or Asylbewerberleistungen',
    'For pupils aged 15 or over: school certificate (Schulbescheinigung)',
    'For learning support: confirmation from the school',
    'For class trips and outings: confirmation of the costs from the school or Kita',
  ],
} satisfies SeedAngebotTranslation
