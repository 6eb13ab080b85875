import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Holiday care for primary school children (Ferienbetreuung)',
  summary:
    'The school holidays are long, but parents’ leave from work is often short. In Hamm, there is all-day holiday care for children aged 6 to 12 – at the open all-day schools (Offene Ganztagsschule, OGS), at the KUS schools and at clubs and welfare organisations.',
  costs:
    'For the holiday care at schools, the Jugendamt (youth welfare office) sets a separate fee under the parental fee regulations (Elternbeitragssatzung) – not a monthly fee, but per holiday offer. At clubs and organisations, the costs depend on the offer. Ask about reductions. With the YouCardHamm (Bildung und Teilhabe), shared lunch is paid for, and you can use the participation budget of 15 euros a month for holiday activities.',
  provider: 'Open all-day schools (Offene Ganztagsschulen) and KUS schools in Hamm, clubs and welfare organisations',
  eligibilitySummary:
    'Primary school children aged 6 to 12 in Hamm, especially children at the open all-day school (OGS). Places at clubs and organisations depend on the offer and on free places.',
  synonyms:
    'holiday care, holiday childcare, school holidays, summer holidays, Easter holidays, autumn holidays, childcare in the holidays, holiday programme, holiday club, OGS holidays, Ferienbetreuung, Ferien, Ferienspiele',
  steps: [
    'Ask early at your child’s OGS or school in which holiday weeks there is care.',
    'Register your child for the weeks you want – registration is binding, and places are in high demand.',
    'For offers from clubs and organisations, register directly with the organiser. The Familienbüro (family office) will help you search.',
  ],
  documents: [
    'Registration form from the school or the organiser',
    'Notice (Bescheid) about Bildung und Teilhabe (YouCardHamm), if you have one',
  ],
  ruleTexts: {
    'Ihr Kind ist im Grundschulalter (6 bis 12 Jahre) – für diese Kinder gibt es in Hamm ganztägige Ferienbetreuung.':
      'Your child is of primary school age (6 to 12 years) – in Hamm, there is all-day holiday care for these children.',
  },
} satisfies SeedAngebotTranslation
