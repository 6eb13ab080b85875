import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Допомога по материнству (Mutterschaftsgeld)',
  summary:
    'Під час захисних строків (Schutzfristen) до і після пологів працівниці отримують допомогу по материнству (Mutterschaftsgeld): від лікарняної каси до 13 євро на день і доплату від роботодавця до попередньої чистої зарплати. Застраховані приватно отримують одноразово до 210 євро від держави (Bund).',
  costs:
    'Державне страхування з правом на Krankengeld: до 13 євро на день від лікарняної каси плюс доплата роботодавця до розміру чистої зарплати. Приватне або сімейне страхування: одноразово щонайбільше 210 євро від Bundesamt für Soziale Sicherung (Федерального відомства соціального забезпечення) плюс доплата роботодавця. Подати заяву можна безкоштовно.',
  provider: 'Ваша державна лікарняна каса або Bundesamt für Soziale Sicherung (Mutterschaftsgeldstelle); доплата від роботодавця',
  eligibilitySummary:
    'Лише для жінки, яка чекає на дитину або народила її: у захисні строки до і після пологів, якщо вона працює за трудовим договором або проходить професійне навчання (також на мініджобі), отримує Arbeitslosengeld або як самозайнята добровільно застрахована в державному страхуванні з правом на Krankengeld. Хто отримує лише Grundsicherungsgeld (раніше Bürgergeld) і не працює, права на неї не має. Розмір Mutterschaftsgeld і те, хто його виплачує, залежать від вашого медичного страхування.',
  synonyms:
    'допомога по материнству, декретні, декретні гроші, гроші в декреті, доплата роботодавця, Mutterschaftsgeld, Mutterschutzgeld, Arbeitgeberzuschuss, Mutterschaftsgeldstelle, Bundesamt für Soziale Sicherung, 13 євро на день, 210 євро',
  steps: [
    'Не раніше ніж за сім тижнів до розрахованої дати пологів візьміть у лікарки, лікаря або акушерки довідку про дату пологів.',
    'Державне страхування: подайте довідку до своєї лікарняної каси. Приватне або сімейне страхування: подайте заяву на Mutterschaftsgeld до Bundesamt für Soziale Sicherung.',
    'Доплату (Zuschuss) ви просите в роботодавця; багато роботодавців виплачують її автоматично разом із зарплатою.',
    'Після пологів надішліть свідоцтво про народження до лікарняної каси, щоб можна було розрахувати захисний строк після пологів.',
  ],
  documents: [
    'Довідка від лікаря про передбачувану дату пологів',
    'Після пологів: свідоцтво про народження (Geburtsurkunde) або довідка про народження',
    'Для заяви до Bundesamt: довідка від роботодавця про трудові відносини',
  ],
  reminders: ['Отримати довідку про очікувану дату пологів і подати заяву на Mutterschaftsgeld'],
  ruleTexts: {
    'Sie sind schwanger und angestellt oder in Ausbildung – in den Schutzfristen bekommen Sie Mutterschaftsgeld und den Zuschuss Ihres Arbeitgebers.':
      'Ви вагітні й працюєте за наймом або проходите професійне навчання – у захисні строки ви отримуєте Mutterschaftsgeld і доплату від роботодавця.',
    'Sie sind schwanger, gesetzlich versichert und bekommen Arbeitslosengeld – dann zahlt Ihre Krankenkasse Mutterschaftsgeld (§ 24i SGB V).':
      'Ви вагітні, маєте державне медичне страхування і отримуєте Arbeitslosengeld – тоді ваша лікарняна каса виплачує Mutterschaftsgeld (§ 24i SGB V).',
    'Sie freiwillig gesetzlich versichert sind und dabei den Anspruch auf Krankengeld gewählt haben':
      'ви добровільно застраховані в державному медичному страхуванні і при цьому вибрали право на Krankengeld (допомогу у зв’язку з хворобою)',
    'Ihr Baby ist erst wenige Wochen alt, und Sie haben es geboren und sind angestellt – in der Schutzfrist nach der Geburt bekommen Sie Mutterschaftsgeld.':
      'Вашому немовляті лише кілька тижнів, ви його народили і працюєте за наймом – у захисний строк після пологів ви отримуєте Mutterschaftsgeld.',
    'Ihr Baby ist erst wenige Wochen alt, Sie haben es geboren, sind gesetzlich versichert und bekommen Arbeitslosengeld – die Krankenkasse zahlt Mutterschaftsgeld.':
      'Вашому немовляті лише кілька тижнів, ви його народили, маєте державне медичне страхування і отримуєте Arbeitslosengeld – лікарняна каса виплачує Mutterschaftsgeld.',
  },
} satisfies SeedAngebotTranslation
