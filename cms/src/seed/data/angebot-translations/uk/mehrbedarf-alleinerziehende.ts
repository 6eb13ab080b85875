import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Надбавка на додаткову потребу для самотніх батьків (Mehrbedarf für Alleinerziehende, Grundsicherungsgeld)',
  summary:
    'Хто отримує Grundsicherungsgeld (раніше Bürgergeld) або Sozialhilfe і виховує дітей сам, отримує додатково надбавку на додаткову потребу (Mehrbedarf): залежно від кількості та віку дітей 12–60 відсотків базової потреби (Regelbedarf), тобто у 2026 році від 67,56 до 337,80 євро на місяць.',
  costs:
    'Станом на 2026 рік (базова потреба 563 євро): 36 відсотків – це 202,68 євро на місяць, 12 відсотків на кожну дитину – 67,56 євро, щонайбільше 60 відсотків – 337,80 євро. Окремої заяви немає – Mehrbedarf є частиною Grundsicherungsgeld.',
  provider: 'Kommunales Jobcenter Hamm (при Sozialhilfe: місто Hamm, Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'Для самотніх батьків, які отримують Grundsicherungsgeld (раніше Bürgergeld) або Sozialhilfe і живуть щонайменше з однією неповнолітньою дитиною, про догляд і виховання якої вони дбають самі. Якщо ви ще не подали заяву на Grundsicherungsgeld, Situations-Finder показує цю послугу з позначкою «Можливо, підходить», якщо Grundsicherungsgeld може вам належати.',
  synonyms:
    'надбавка для самотніх батьків, додаткова потреба самотні батьки, самотня мати Jobcenter, самотні батьки базове забезпечення, доплата самотнім матерям, Mehrbedarf Alleinerziehende, Alleinerziehendenmehrbedarf, Grundsicherungsgeld alleinerziehend, Bürgergeld alleinerziehend, Jobcenter',
  steps: [
    'У заяві на Grundsicherungsgeld вкажіть, що ви самотні батьки, і скільки років вашим дітям.',
    'Перевірте в рішенні (Bescheid), чи враховано Mehrbedarf для самотніх батьків. Якщо ні, зверніться до Jobcenter або подайте заперечення (Widerspruch).',
  ],
  documents: ['Свідоцтва про народження дітей', 'При спільному догляді: відомості про те, як розподілено час догляду'],
} satisfies SeedAngebotTranslation
