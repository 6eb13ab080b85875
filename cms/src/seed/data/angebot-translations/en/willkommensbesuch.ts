import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Welcome visit for families with a baby and families new to Hamm (Willkommensbesuch)',
  summary:
    'A warm welcome to Hamm! After the birth, the city offers every family a visit – also families who move to Hamm with young children. A professional brings information and a present and answers your questions. Voluntary and free of charge.',
  costs: 'Free of charge.',
  provider: 'City of Hamm – Frühe Hilfen (early help) in the Familienrathaus, together with independent youth welfare organisations',
  eligibilitySummary: 'All families in Hamm with a newborn child, and families who have moved to Hamm with children up to six years old.',
  synonyms:
    'welcome visit, baby visit, welcome for a new baby, home visit, welcome package, present, gift, baby, birth, newborn, moving to Hamm, new in Hamm, Willkommensbesuch, Babybesuch, Begrüßungsbesuch, Frühe Hilfen',
  steps: [
    'You do not need to apply for anything. After the birth, you will receive a letter announcing the welcome visit.',
    'If the appointment does not suit you, or you do not want a visit, simply contact the office named in the letter.',
    'Have you just moved here, or have you not received a letter? Contact the Familienrathaus or the Familienbüro (family office).',
  ],
  documents: ['No documents needed.'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Baby unter einem Jahr – die Stadt Hamm heißt es mit einem Besuch willkommen.':
      'A baby under one year old lives in your family – the City of Hamm welcomes the baby with a visit.',
    'Sie sind mit einem Kind bis sechs Jahre neu nach Hamm gezogen – auch dann gibt es einen Willkommensbesuch.':
      'You have moved to Hamm with a child up to six years old – in this case, too, there is a welcome visit.',
  },
} satisfies SeedAngebotTranslation
