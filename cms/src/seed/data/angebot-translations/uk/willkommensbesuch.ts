import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Вітальний візит для сімей із немовлям і сімей, які нещодавно переїхали (Willkommensbesuch)',
  summary:
    'Ласкаво просимо до міста Hamm! Після народження дитини місто пропонує кожній сім’ї візит – також сім’ям, які з маленькими дітьми нещодавно переїхали до Hamm. Фахівець чи фахівчиня приносить інформацію та подарунок і відповідає на ваші запитання. Добровільно і безкоштовно.',
  costs: 'Безкоштовно.',
  provider:
    'Місто Hamm – Frühe Hilfen (рання допомога) у Familienrathaus, разом із незалежними організаціями допомоги молоді (Träger der freien Jugendhilfe)',
  eligibilitySummary:
    'Усі сім’ї в місті Hamm із новонародженою дитиною, а також сім’ї, які з дітьми до шести років нещодавно переїхали до Hamm.',
  synonyms:
    'вітальний візит, візит до немовляти, привітання немовляти, немовля, народження дитини, новонароджений, візит додому, подарунок для немовляти, вітальний пакет, переїзд, нові в Hamm, Willkommensbesuch, Babybesuch, Begrüßungsbesuch, Frühe Hilfen, Begrüßungspaket',
  steps: [
    'Вам не потрібно подавати заяву. Після народження дитини про вітальний візит вас повідомлять листом.',
    'Якщо вам не підходить час або ви не хочете візиту, просто зверніться за вказаними в листі контактами.',
    'Ви нещодавно переїхали або не отримали листа? Зверніться до Familienrathaus або до Familienbüro (сімейного бюро).',
  ],
  documents: ['Документи не потрібні.'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Baby unter einem Jahr – die Stadt Hamm heißt es mit einem Besuch willkommen.':
      'У вашій сім’ї є немовля до одного року – місто Hamm вітає його візитом.',
    'Sie sind mit einem Kind bis sechs Jahre neu nach Hamm gezogen – auch dann gibt es einen Willkommensbesuch.':
      'Ви нещодавно переїхали до міста Hamm із дитиною до шести років – у такому разі теж є вітальний візит.',
  },
} satisfies SeedAngebotTranslation
