import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Сімейна освіта та курси для батьків (Familienbildung, Elternschule Hamm)',
  summary:
    'Масаж для немовлят, група для батьків із дітьми, курс для батьків або лекція про підлітковий вік: Elternschule Hamm (школа для батьків) об’єднує курси та зустрічі понад 100 закладів для батьків – від вагітності до підліткового віку дитини. Багато послуг безкоштовні або недорогі.',
  costs:
    'Багато зустрічей і лекцій безкоштовні, за курси організатори зазвичай беруть невеликий внесок. Ціни вказані в описі кожної послуги; запитуйте про знижки.',
  provider: 'Elternschule Hamm e.V. разом із закладами своєї мережі',
  eligibilitySummary: 'Усі майбутні батьки, мами, тати та інші люди, які виховують дітей, у місті Hamm – без жодних умов.',
  synonyms:
    'курси для батьків, школа для батьків, сімейна освіта, група для мам і малюків, масаж для немовлят, плавання для немовлят, підготовка до пологів, курси для вагітних, курс з виховання, сімейний центр, PEKiP, Familienbildung, Elternschule, Elternkurs, Krabbelgruppe, Geburtsvorbereitung, Familienzentrum',
  steps: [
    'Перегляньте програму курсів Elternschule або запитайте про послуги поруч із вами в Familienrathaus, у вашому дитячому садку (Kita) чи вашому сімейному центрі (Familienzentrum).',
    'Запишіться на курс у відповідного організатора.',
  ],
  documents: ['Документи не потрібні.'],
  ruleTexts: {
    'Sie erwarten ein Baby – die Elternschule hat Kurse schon für die Zeit vor der Geburt.':
      'Ви чекаєте на дитину – Elternschule має курси вже для часу до пологів.',
    'Sie haben Kinder – die Elternschule Hamm bietet Kurse und Treffs für Eltern.':
      'У вас є діти – Elternschule Hamm пропонує курси та зустрічі для батьків.',
  },
} satisfies SeedAngebotTranslation
