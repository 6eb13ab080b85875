import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Municipal support system for schools (Kommunales Unterstützungssystem für Schulen, KUS)',
  summary:
    'The KUS helps schools in Hamm to look after and support children well: with all-day care, holiday care, family primary school centres (Familiengrundschulzentren) and educational support, all from one source. It started in 2023 at seven schools; step by step, all schools are to join.',
  costs:
    'The educational support is free of charge. For all-day care, parents pay a fee that depends on their income. There may also be a fee for holiday care.',
  provider: 'City of Hamm (Stadt Hamm) with the organisations working at the participating schools',
  eligibilitySummary:
    'Children and families at the KUS schools in Hamm. Since the school year 2023/24, these are the Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- and Mark-Twain-Schule; according to the city’s plans, all schools are to join by 2027. The Situations-Finder does not ask which school your child attends. This is why it only shows the KUS as “may fit” for school children in Hamm.',
  synonyms:
    'school support, primary school, special needs school, all-day school, after-school care, holiday care, family primary school centre, school social work, afternoon care, KUS, Kommunales Unterstützungssystem, OGS, Offener Ganztag, Familiengrundschulzentrum, Schulsozialarbeit',
  steps: [
    'Ask at your child’s school whether it is already part of the KUS. The first KUS schools (since 2023) are the Freiligrath-, Gebrüder-Grimm-, Hermann-Gmeiner-, Matthias-Claudius-, Tal-, Wilhelm-Busch- and Mark-Twain-Schule.',
    'Talk to the school or the care staff there. They will tell you which offers there are and how to register your child for all-day care or holiday care.',
  ],
  documents: ['The school’s registration form for all-day care or holiday care'],
  ruleTexts: {
    'die Schule Ihres Kindes schon zum KUS gehört – fragen Sie dort nach': 'your child’s school is already part of the KUS – ask the school',
  },
} satisfies SeedAngebotTranslation
