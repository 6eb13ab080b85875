import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Надбавка на додаткову потребу під час вагітності (Mehrbedarf bei Schwangerschaft, Grundsicherungsgeld)',
  summary:
    'Якщо ви отримуєте Grundsicherungsgeld (раніше Bürgergeld) або Sozialhilfe і вагітні, з 13-го тижня вагітності вам належить надбавка в розмірі 17 відсотків базової потреби (Regelbedarf) – у 2026 році, наприклад, 95,71 євро на місяць для самотньої особи.',
  costs:
    '17 відсотків базової потреби (станом на 2026 рік): 95,71 євро на місяць для самотніх осіб і самотніх батьків, 86,02 євро – для тих, хто живе з партнером. Окремої заяви немає.',
  provider: 'Kommunales Jobcenter Hamm (при Sozialhilfe: місто Hamm, Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'Для вагітних жінок, які отримують Grundsicherungsgeld (раніше Bürgergeld) або Sozialhilfe, з 13-го тижня вагітності (у Situations-Finder: пологи не пізніше ніж через 28 тижнів) до кінця місяця, у якому народилася дитина. Якщо ви ще не подали заяву на Grundsicherungsgeld, Situations-Finder показує цю послугу з позначкою «Можливо, підходить», якщо Grundsicherungsgeld може вам належати.',
  synonyms:
    'надбавка для вагітних, додаткова потреба під час вагітності, вагітна Jobcenter, вагітність базове забезпечення, доплата вагітним, Mehrbedarf Schwangerschaft, Schwangerschaftsmehrbedarf, Grundsicherungsgeld schwanger, Bürgergeld schwanger, Jobcenter',
  steps: [
    'Повідомте Jobcenter про вагітність і покажіть картку вагітної (Mutterpass) або довідку від лікаря з розрахованою датою пологів.',
    'Одночасно подайте заяву на перше облаштування для вагітності та народження дитини (Erstausstattung).',
    'Після народження зареєструйте дитину в Jobcenter.',
  ],
  documents: ['Картка вагітної (Mutterpass) або довідка від лікаря про розраховану дату пологів'],
  ruleTexts: {
    'Sie sind schwanger und haben die 12. Schwangerschaftswoche hinter sich.': 'Ви вагітні, і 12-й тиждень вагітності вже минув.',
  },
} satisfies SeedAngebotTranslation
