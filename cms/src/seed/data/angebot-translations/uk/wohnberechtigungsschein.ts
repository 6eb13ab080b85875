import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Дозвіл на соціальне житло (Wohnberechtigungsschein, WBS)',
  summary:
    'Соціальне житло (Sozialwohnungen), що фінансується державою, призначене для домогосподарств із меншим доходом. Заселитися може лише той, хто має дозвіл на соціальне житло (Wohnberechtigungsschein), – за доходу нижче межі землі NRW. У місті Hamm WBS на певну квартиру видає міська адміністрація.',
  costs: 'За видачу WBS місто Hamm стягує збір; його розмір вам повідомить відділ розподілу житла (Wohnungsbelegung).',
  provider:
    'Місто Hamm – Amt für Soziales, Wohnen und Pflege (управління соціальних питань, житла та догляду), Wohn- und Pflegeberatung, Wohnungsbelegung',
  eligibilitySummary:
    'Для домогосподарств, які живуть у Німеччині не лише тимчасово, шукають власне житло надовго і чий скоригований річний дохід не перевищує межу згідно з § 13 WFNG NRW. Situations-Finder показує WBS з позначкою «Підходить», якщо ваш дохід малий (без допомоги його не зовсім вистачає на сім’ю) або якщо ви без доходу від роботи отримуєте базове забезпечення (Grundsicherungsgeld, раніше Bürgergeld) чи Sozialhilfe. При середньому доході і без доходу від роботи він показує «Можливо, підходить»: тоді вирішують точний розмір доходу і кількість осіб. Спрощено: людям у процедурі надання притулку або з Duldung Situations-Finder WBS не показує, бо потрібне не лише тимчасове перебування, – чи є воно у вас, місто перевіряє в кожному окремому випадку.',
  synonyms:
    'соціальне житло, дозвіл на соціальне житло, дешева квартира, квартира при малому доході, пошук житла, муніципальне житло, межа доходу, Wohnberechtigungsschein, WBS, Wohnberechtigungsbescheinigung, Bezugsgenehmigung, Sozialwohnung, geförderte Wohnung, Wohnungsbelegung, Wohnungsamt Hamm, WFNG',
  steps: [
    'Знайдіть квартиру, що фінансується державою і відповідає розміру вашого домогосподарства, наприклад у житлових компаніях міста Hamm. Запитайте орендодавця, чи потрібен для цієї квартири WBS.',
    'Подайте заяву онлайн через сервісний портал міста Hamm або за допомогою бланка заяви. Надішліть її з усіма документами електронною поштою або поштою до Amt für Soziales, Wohnen und Pflege або принесіть у години прийому.',
    'Місто розглядає лише повні заяви. Тому додайте підтвердження для кожної особи, яка має власний дохід.',
    'На запитання про межу доходу і про те, які доходи враховуються, вам відповість відділ Wohnungsbelegung міста Hamm.',
  ],
  documents: [
    'Заява на дозвіл на житло (Wohnberechtigung) або дозвіл на заселення (Bezugsgenehmigung)',
    'Відомості про квартиру, у яку ви хочете заселитися (пропозиція квартири або підтвердження від орендодавця)',
    'Декларація про дохід і підтвердження доходу для кожної особи в домогосподарстві, яка має власний дохід',
    'Посвідчення особи або паспорт; без німецького паспорта – ваш дозвіл на проживання (Aufenthaltstitel)',
    'Якщо це стосується вас: посвідчення особи з тяжкою інвалідністю (Schwerbehindertenausweis), підтвердження ступеня догляду (Pflegegrad), довідки зі школи для дітей',
  ],
  ruleTexts: {
    'Ihr Einkommen ist gering – damit liegen Sie unter der Einkommensgrenze für den Wohnberechtigungsschein.':
      'Ваш дохід малий – отже, він нижчий за межу доходу для Wohnberechtigungsschein.',
    'Sie bekommen Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe und haben kein Einkommen aus Arbeit – damit liegen Sie unter der Einkommensgrenze.':
      'Ви отримуєте базове забезпечення (Grundsicherungsgeld, раніше Bürgergeld) або Sozialhilfe і не маєте доходу від роботи – отже, ваш дохід нижчий за межу.',
  },
} satisfies SeedAngebotTranslation
