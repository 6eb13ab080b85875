import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Інформаційний лист для сімей від Familienbüro (Familieninfobrief)',
  summary:
    'Чотири рази на рік Familienbüro (сімейне бюро) надсилає електронною поштою інформаційний лист для сімей (Familieninfobrief). У ньому – новини, послуги та поради щодо заходів для сімей у місті Hamm.',
  costs: 'Безкоштовно.',
  provider: 'Familienbüro (сімейне бюро) міста Hamm',
  eligibilitySummary: 'Усі сім’ї та всі, кого це цікавить, – особливо сім’ї в місті Hamm.',
  synonyms:
    'інформаційний лист, розсилка, новини для сімей, заходи для сімей, події, календар подій, новини Hamm, Familieninfobrief, Infobrief, Newsletter, Veranstaltungen',
  steps: ['Запитайте в Familienbüro, як отримувати Familieninfobrief електронною поштою.'],
  documents: ['Адреса електронної пошти.'],
  ruleTexts: {
    'Sie sind eine Familie in Hamm – der Infobrief hält Sie über Angebote und Termine auf dem Laufenden.':
      'Ви – сім’я в місті Hamm, і інформаційний лист тримає вас у курсі послуг і заходів.',
    'Sie erwarten ein Baby – der Infobrief hält Sie über Angebote für Familien in Hamm auf dem Laufenden.':
      'Ви чекаєте на дитину – інформаційний лист тримає вас у курсі послуг для сімей у місті Hamm.',
  },
} satisfies SeedAngebotTranslation
