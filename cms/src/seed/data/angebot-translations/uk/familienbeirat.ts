import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Сімейна рада: беріть участь у розвитку міста Hamm (Familienbeirat)',
  summary:
    'У сімейній раді (Familienbeirat) сім’ї розповідають міській адміністрації, що працює добре, а що треба покращити. Долучитися може кожна сім’я з міста Hamm – також лише на певний час або з однієї теми.',
  costs: 'Безкоштовно.',
  provider: 'Місто Hamm – Stabsstelle Familienfreundlichste Stadt (штабний відділ «Найбільш дружнє до сімей місто»)',
  eligibilitySummary:
    'Усі сім’ї з міста Hamm – батьки, бабусі й дідусі, самотні батьки, також лише на певний час або з однієї теми. Попередні знання не потрібні.',
  synonyms:
    'сімейна рада, рада, брати участь, долучитися, участь, громадська участь, батьківська рада міста, ідеї для міста, волонтерство, висловити думку, Familienbeirat, Beirat, Beteiligung, Mitbestimmung, Hamm: Machen, Ehrenamt',
  steps: ['Ви хочете долучитися? Зверніться до Stabsstelle Familienfreundlichste Stadt. Вам не потрібні ні попередні знання, ні документи.'],
  documents: ['Документи не потрібні.'],
  ruleTexts: {
    'Sie sind eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.':
      'Ви – сім’я в місті Hamm, і ваш досвід потрібен у сімейній раді (Familienbeirat).',
    'Sie werden bald eine Familie in Hamm – Ihre Erfahrungen sind im Familienbeirat gefragt.':
      'Незабаром ви станете сім’єю в місті Hamm, і ваш досвід потрібен у сімейній раді (Familienbeirat).',
  },
} satisfies SeedAngebotTranslation
