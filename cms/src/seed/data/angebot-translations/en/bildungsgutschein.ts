import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Education voucher – paid further training and retraining (Bildungsgutschein)',
  summary:
    'Unemployed, job at risk or no vocational qualification? With an education voucher (Bildungsgutschein), the Agentur für Arbeit (employment agency) pays for further training or retraining, incl. travel and childcare of up to 160 euros per child a month. Gaining one earns bonuses of up to 2,500 euros.',
  costs:
    'Free of charge for you: the course, exams, travel and, if necessary, accommodation are paid, and childcare up to 160 euros per child and month. For retraining that leads to a vocational qualification, there is also a further training allowance (Weiterbildungsgeld) of 150 euros a month (for unemployed people and for people on Grundsicherungsgeld, formerly Bürgergeld) and bonuses of 1,000 and 1,500 euros for passed exams.',
  provider:
    'Agentur für Arbeit Hamm; for people on Grundsicherungsgeld (formerly Bürgergeld), with the Kommunales Jobcenter Hamm; for young people also the Jugendberufsagentur Hamm (youth employment agency)',
  eligibilitySummary:
    'For adults who are unemployed or at risk of becoming unemployed, for people without a vocational qualification and for parents who want to return to work after a family break – with or without basic income support (Grundsicherungsgeld, formerly Bürgergeld). Funding is given if the further training is necessary and the Agentur für Arbeit confirms this after an advice meeting. The Situations-Finder shows the offer only as “may fit” to unemployed people, to adults who look after the home and family, and to households with Grundsicherungsgeld or unemployment benefit (Arbeitslosengeld), because it does not ask about vocational qualifications or need. It does not show it to employees without a vocational qualification or whose job is at risk – please ask the Agentur für Arbeit anyway.',
  synonyms:
    'education voucher, further training, retraining, course paid by the employment agency, career change, get a vocational qualification, qualification, back to work, return to work after parental leave, unemployed, Bildungsgutschein, Weiterbildung, Umschulung, FbW, AZAV, Agentur für Arbeit, Arbeitsamt, Jobcenter',
  steps: [
    'Make an appointment for an advice meeting at the Agentur für Arbeit. If you receive basic income support (Grundsicherungsgeld, formerly Bürgergeld), first talk to your contact person at the Kommunales Jobcenter Hamm. Young people under 25 can also go to the Jugendberufsagentur.',
    'Think beforehand about what job you want, and bring your certificates. The meeting will clarify whether further training is necessary and which training fits.',
    'If the funding is approved, you receive the education voucher. Find a course and a training provider approved for funding before the voucher expires.',
    'Hand in the voucher to the training provider. Only start the further training once the Agentur für Arbeit has agreed.',
    'In the advice meeting, also ask about travel and childcare costs. The bonuses are paid after you pass the exams.',
  ],
  documents: [
    'Identity card or passport; without a German passport, your residence permit (Aufenthaltstitel)',
    'CV, school and job references, vocational qualifications',
    'If you have them: notice of dismissal, or notice (Bescheid) about Arbeitslosengeld or basic income support (Grundsicherungsgeld, formerly Bürgergeld)',
    'For childcare costs: proof of the childcare and its costs',
  ],
  ruleTexts: {
    'In Ihrem Haushalt ist jemand ohne Arbeit – die Agentur für Arbeit kann eine Weiterbildung oder Umschulung bezahlen.':
      'Someone in your household is out of work – the Agentur für Arbeit can pay for further training or retraining.',
    'In Ihrem Haushalt kümmert sich jemand um Haushalt und Familie – für den Wiedereinstieg in den Beruf kann eine Weiterbildung gefördert werden.':
      'Someone in your household looks after the home and family – further training can be funded to help them return to work.',
    'die Agentur für Arbeit eine Weiterbildung für nötig hält, damit Sie Arbeit finden, Arbeitslosigkeit vermeiden oder einen fehlenden Berufsabschluss nachholen':
      'the Agentur für Arbeit considers further training necessary so that you find work, avoid unemployment or gain a vocational qualification you do not yet have',
  },
} satisfies SeedAngebotTranslation
