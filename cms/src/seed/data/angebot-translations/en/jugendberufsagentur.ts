import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Youth employment agency Hamm (Jugendberufsagentur Hamm, JuBA)',
  summary:
    'Which job suits me? Where can I find a training place? The Jugendberufsagentur Hamm at Bismarckstraße 1 helps young people on their way from school into vocational training, university and work – all in one place and free of charge.',
  costs: 'Advice is free of charge.',
  provider:
    'Agentur für Arbeit Hamm, Kommunales Jobcenter Hamm and the Jugendamt of the City of Hamm, with the coordination office “Kein Abschluss ohne Anschluss” (no school leaver without a next step)',
  eligibilitySummary:
    'Young people in Hamm, from about the time of career orientation at school up to 25, who are looking for support in the move from school into vocational training, university or work – and their parents.',
  synonyms:
    'youth employment agency, careers advice, career guidance, vocational training, apprenticeship, training place, internship, work experience, university, job application, job, career, school leaving certificate, from school to work, JuBA, Jugendberufsagentur, Berufsberatung, Ausbildung, Praktikum, KAoA, Kein Abschluss ohne Anschluss',
  steps: [
    'Come to the Jugendberufsagentur at Bismarckstraße 1, or make an appointment.',
    'If you have them, bring your latest school report, your CV and letters from public offices. Parents are welcome to come too.',
    'Together with the adviser, you plan the next steps – internship, job applications, vocational training or school.',
  ],
  documents: [
    'Latest school report',
    'CV, if you have one',
    'Letters and notices from the Agentur für Arbeit, the Jobcenter or the Jugendamt, if you have them',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein junger Mensch zwischen 14 und 24 Jahren – die JuBA hilft beim Weg in Ausbildung und Beruf.':
      'A young person aged between 14 and 24 lives in your family – the JuBA helps on the way into vocational training and work.',
    'Sie sind unter 25 Jahre alt – die JuBA hilft Ihnen beim Weg in Ausbildung und Beruf.':
      'You are under 25 – the JuBA helps you on your way into vocational training and work.',
  },
} satisfies SeedAngebotTranslation
