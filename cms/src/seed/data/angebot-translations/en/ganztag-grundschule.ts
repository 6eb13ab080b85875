import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Open all-day school at primary school (Offene Ganztagsschule, OGS)',
  summary:
    'All primary schools in Hamm have the open all-day programme (Offener Ganztag): lunch, homework time, play and support into the afternoon. From the school year 2026/27, children in the first year have a legal right to an all-day place.',
  costs:
    'You pay a monthly parental fee, which depends on your income and applies for the whole school year (1 August to 31 July). The Jugendamt (youth welfare office) sets the fee. Families with a small income pay nothing; brothers and sisters in a Kita, with a childminder (Tagespflege) or at the OGS are free of charge. Lunch costs extra – with the YouCardHamm (Bildung und Teilhabe), it is free of charge.',
  provider:
    'City of Hamm (as school authority, Schulträger) with independent youth welfare organisations (freie Träger der Jugendhilfe) at the schools',
  eligibilitySummary:
    'Children who attend a primary school or a special needs school (Förderschule) in Hamm. Until July 2026, depending on free places; from the school year 2026/27, a legal right for children in the first year, and after that for one more year group each year.',
  synonyms:
    'open all-day school, all-day school, after-school care, afternoon care, lunchtime care, homework help, legal right to all-day care, after-school club, primary school, OGS, Offene Ganztagsschule, Offener Ganztag, Ganztag, Hort, Grundschule',
  steps: [
    'Talk to your child’s school – ideally already when you register your child for the first year.',
    'Fill in the registration form for the OGS. The head teacher decides on admission and passes the registration on to the Jugendamt.',
    'The Jugendamt asks you for a self-assessment of your income and sends you the notice of your fee (Beitragsbescheid).',
    'Sort out lunch with the OGS. If you have a YouCardHamm, lunch is free of charge for your child.',
  ],
  documents: [
    'The school’s registration form for the open all-day school',
    'Self-assessment of the parents’ income (form from the Jugendamt)',
    'Notice (Bescheid) about Bildung und Teilhabe (YouCardHamm), if you have one',
  ],
  ruleTexts: {
    'Ihr Kind geht in eine Grund- oder Förderschule – dort gibt es in Hamm den Offenen Ganztag.':
      'Your child goes to a primary school or a special needs school – in Hamm, these schools have the open all-day programme (Offener Ganztag).',
  },
} satisfies SeedAngebotTranslation
