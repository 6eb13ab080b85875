import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Допомога на житло (Wohngeld)',
  summary:
    'Допомога на житло (Wohngeld) – це доплата до оренди або, якщо житло у власності, до витрат на житло для домогосподарств із малим доходом. Саме сім’ї з дітьми часто мають на неї право, навіть не знаючи про це. У місті Hamm заяву подають до Wohngeldstelle (відділу допомоги на житло) міста.',
  costs: 'Розмір розраховують індивідуально. Фіксованих сум немає. Подати заяву можна безкоштовно.',
  provider: 'Місто Hamm – Amt für Soziales, Wohnen und Pflege, відділ Wohngeld',
  eligibilitySummary:
    'Для орендарів і власників, які самі живуть у своєму житлі, чийого доходу не вистачає на витрати на житло, але які в іншому самі себе забезпечують. Не можуть отримати Wohngeld ті, хто отримує Grundsicherungsgeld, Sozialhilfe або Asylbewerberleistungen з оплатою житла, а також домогосподарства, у яких усі в принципі могли б отримувати BAföG або Berufsausbildungsbeihilfe. Без німецького паспорта достатньо права на перебування за правом ЄС, дозволу на проживання (Aufenthaltstitel), Duldung або Aufenthaltsgestattung; з дозволами лише для пошуку місця професійного навчання або роботи (також Chancenkarte), як правило, Wohngeld не виплачують. Situations-Finder показує Wohngeld при малому доході з позначкою «Підходить», а при середньому доході і без доходу від роботи (наприклад, з пенсією, Arbeitslosengeld або аліментами) – «Можливо, підходить». Спрощено: вирішують оренда, розмір домогосподарства і точний дохід; калькулятор Wohngeld (Wohngeldrechner) дає першу оцінку. Вид дозволу на проживання Situations-Finder не запитує.',
  synonyms:
    'допомога на житло, доплата до оренди, допомога на оренду, оренда задорога, дорога квартира, допомога власникам житла, калькулятор допомоги на житло, Wohngeld, Mietzuschuss, Lastenzuschuss, Wohngeld Plus, Wohngeldrechner, Wohngeldstelle Hamm',
  steps: [
    'Розрахуйте за допомогою калькулятора Wohngeld землі NRW (Wohngeldrechner), чи варто подавати заяву. Через калькулятор можна також подати заяву онлайн.',
    'Або подайте заяву письмово до Wohngeldstelle міста Hamm. Wohngeld виплачують з місяця, у якому надійшла заява, – щоб дотриматися строку, достатньо заяви в довільній формі.',
    'Донесіть відсутні документи, якщо Wohngeldstelle вас про це попросить.',
    'Wohngeld здебільшого призначають на дванадцять місяців. Заздалегідь, вчасно подайте заяву на продовження (Weiterleistungsantrag).',
  ],
  documents: [
    'Бланк заяви (Mietzuschuss – для орендарів або Lastenzuschuss – для власників)',
    'Договір оренди і довідка від орендодавця (Vermieterbescheinigung) – при першій заяві та після переїзду',
    'Підтвердження доходу всіх членів домогосподарства',
    'Якщо ви переїхали з іншого міста: довідка з попередньої Wohngeldstelle, якщо ви там отримували Wohngeld',
    'Без німецького паспорта: ваш дозвіл на проживання (Aufenthaltstitel)',
  ],
  ruleTexts: {
    'Ihr Einkommen ist gering – Wohngeld kann die Miete bezahlbar machen.': 'Ваш дохід малий – Wohngeld може допомогти вам сплачувати оренду.',
    'In Ihrem Haushalt lebt jemand, der weder studiert noch eine Ausbildung macht.':
      'У вашому домогосподарстві живе людина, яка не навчається ні в університеті, ні на професійному навчанні.',
  },
} satisfies SeedAngebotTranslation
