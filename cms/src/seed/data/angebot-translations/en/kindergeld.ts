import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Child benefit (Kindergeld)',
  summary:
    'Parents receive child benefit (Kindergeld) every month for each child – at least until the 18th birthday, often until 25 while the child is at school, in training or at university. Since January 2026 it is 259 euros per child and month, whatever you earn.',
  costs: '259 euros per child and month (as of 2026). Applying is free of charge.',
  provider: 'Familienkasse (family benefits office) of the Federal Employment Agency (Bundesagentur für Arbeit)',
  eligibilitySummary:
    'For children under 18 who live with you. For 18 to 24-year-olds while they go to school, do vocational training, study or do a voluntary service (even if they have moved out for it); up to 20 if they are registered as looking for work; and up to 24 as long as they cannot find a training place or bridge at most four months between two stages of education (for example school and training). For children with a disability that began before their 25th birthday, also beyond that. Parents need German or EU citizenship or a suitable residence permit. After a first completed training, a further one only counts if your child works at most 20 hours a week alongside it. The Situations-Finder does not ask about this, nor which kind of residence permit you have.',
  synonyms: 'child benefit, Kindergeld, family benefits office, Familienkasse, money for children, apply for child benefit, 259 euros',
  steps: [
    'Wait until you have your child’s birth certificate and tax identification number (Steuer-ID). The tax ID arrives by post a few weeks after the birth.',
    'Apply online on the website of the Familienkasse, or in writing with the form.',
    'Any questions? The Familienkasse has consultation hours in the Familienrathaus Hamm. Staff there will also help you fill in the form.',
    'Tell the Familienkasse about changes, for example when your child finishes school after turning 18 or starts vocational training.',
  ],
  documents: [
    'Your tax identification number (Steuer-ID) and that of the other parent',
    'Your child’s tax identification number',
    'The child’s birth certificate (Geburtsurkunde) or birth notification',
    'Your bank details (IBAN)',
    'For children aged 18 or over: proof of school, training, university or voluntary service',
    'Without a German passport: your residence permit (Aufenthaltstitel)',
  ],
  reminders: ['Apply for Kindergeld'],
  deadline: 'Up to 6 months back: apply soon after the birth.',
  ruleTexts: {
    'Ihr Kind einen Ausbildungsplatz sucht und keinen findet oder höchstens vier Monate zwischen zwei Ausbildungsabschnitten überbrückt':
      'your child is looking for a training place and cannot find one, or is bridging at most four months between two stages of education',
    'die Behinderung vor dem 25. Geburtstag eingetreten ist und Ihr Kind sich deswegen nicht selbst unterhalten kann':
      'the disability began before the 25th birthday and your child therefore cannot support themselves',
  },
} satisfies SeedAngebotTranslation
