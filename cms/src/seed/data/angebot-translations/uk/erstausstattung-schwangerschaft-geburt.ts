import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Перше облаштування для вагітності та народження дитини (Erstausstattung bei Schwangerschaft und Geburt)',
  summary:
    'Одяг для вагітних і немовляти, дитячий візок, ліжечко: хто отримує базове забезпечення (Grundsicherungsgeld, раніше Bürgergeld), Sozialhilfe або Asylbewerberleistungen, отримує на перше облаштування додаткові гроші. Навіть із малим доходом без цих виплат можна спробувати подати заяву.',
  costs: 'Здебільшого як фіксована сума (Pauschale) або ваучер; розмір визначає відповідна установа. Подати заяву можна безкоштовно.',
  provider: 'Kommunales Jobcenter Hamm; при Sozialhilfe або Asylbewerberleistungen – відповідний відділ міста Hamm',
  eligibilitySummary:
    'Для вагітних і батьків новонародженої дитини, які отримують Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe або Asylbewerberleistungen. За заявою також для сімей без цих виплат, якщо їхнього доходу не вистачає на перше облаштування. Situations-Finder показує цю послугу під час вагітності і в перші пів року життя дитини: без доходу від роботи або з цими виплатами – з позначкою «Підходить», із малим доходом – «Можливо, підходить».',
  synonyms:
    'речі для немовляти, перше облаштування, придане для немовляти, одяг для вагітних, дитячий візок Jobcenter, дитяче ліжечко, одноразова допомога при народженні, гроші на дитячі речі, Erstausstattung, Babyerstausstattung, Umstandskleidung, Grundsicherungsgeld Baby, Bürgergeld Baby',
  steps: [
    'Подайте заяву під час вагітності – приблизно тоді, коли до дати пологів залишиться три місяці, – і до того, як купувати речі.',
    'Якщо ви отримуєте Grundsicherungsgeld або не отримуєте жодних виплат: заява до Kommunales Jobcenter Hamm. Якщо Sozialhilfe або Asylbewerberleistungen: заява туди, де вам виплачують цю допомогу.',
    'Покажіть картку вагітної (Mutterpass). Після схвалення купіть речі; іноді просять показати чеки.',
  ],
  documents: [
    'Картка вагітної (Mutterpass) або довідка від лікаря про передбачувану дату пологів',
    'Якщо ви не отримуєте виплат: підтвердження доходів',
    'Після народження дитини: свідоцтво про народження (Geburtsurkunde)',
  ],
  ruleTexts: {
    'Ihr Baby ist jünger als ein halbes Jahr.': 'Вашому немовляті менше пів року.',
  },
} satisfies SeedAngebotTranslation
