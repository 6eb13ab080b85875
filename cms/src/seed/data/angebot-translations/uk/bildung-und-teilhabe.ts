import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Допомога на освіту та участь у житті суспільства з YouCardHamm (Bildung und Teilhabe)',
  summary:
    'Обід, екскурсії, шкільне приладдя, репетитор або спортивний клуб: діти із сімей, які отримують Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag або Asylbewerberleistungen, отримують на це підтримку. У місті Hamm ви користуєтеся цими послугами за допомогою YouCardHamm.',
  costs:
    'Для вас безкоштовно. Особисті шкільні потреби: 130 євро на 1 серпня 2026 року і друга частина суми на 1 лютого 2027 року (станом на 2026 рік: 65 євро). Спільний обід у дитячому садку (Kita), у денної няні (Kindertagespflege) та в школі оплачується повністю; на спортивний клуб, музичну школу або культуру є 15 євро на місяць. Екскурсії та шкільні поїздки з класом оплачуються у фактичному розмірі, проїзд до школи та допомога в навчанні (Lernförderung) – якщо це потрібно.',
  provider: 'Місто Hamm і Kommunales Jobcenter Hamm',
  eligibilitySummary:
    'Для дітей до 18 років і для молодих людей від 18 до 24 років, які ще ходять до школи й не отримують оплати за професійне навчання (Ausbildungsvergütung), якщо сім’я отримує Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag або Asylbewerberleistungen. Допомога на спортивний клуб, музику або культуру діє лише до 18-річчя. Якщо ви не вказали жодної з цих виплат, але могли б отримувати одну з них, Situations-Finder показує цю послугу з позначкою «Можливо, підходить». Спрощено: Situations-Finder вважає будь-яке навчання в професійному коледжі (Berufskolleg) відвідуванням школи, навіть якщо воно є частиною оплачуваного професійного навчання.',
  synonyms:
    'освіта і участь, пакет на освіту, YouCardHamm, YouCard, шкільне приладдя, гроші на школу, 130 євро школа, обід у школі, безкоштовний обід, шкільна поїздка, екскурсія, репетитор, допомога в навчанні, спортивний клуб, гурток, Bildung und Teilhabe, BuT, Bildungspaket, Schulbedarf, Lernförderung',
  steps: [
    'Заяву ви подаєте туди, де вам виплачують вашу іншу допомогу, – наприклад, до Kommunales Jobcenter Hamm, якщо ви отримуєте Grundsicherungsgeld. Гроші на шкільні потреби Jobcenter здебільшого виплачує без окремої заяви; з 15 років потрібна довідка зі школи (Schulbescheinigung). Якщо ви отримуєте Wohngeld або Kinderzuschlag, відповідає місто Hamm.',
    'Подайте ваше актуальне рішення (Bescheid), наприклад про Wohngeld або Kinderzuschlag, і, якщо потрібно, підтвердження від школи або дитячого садка (Kita).',
    'Після схвалення ваша дитина отримує YouCardHamm. З нею обід, членський внесок у клубі та інші послуги оплачуються напряму.',
    'Є запитання? У Familienrathaus вам допоможуть.',
  ],
  documents: [
    'Актуальне рішення (Bescheid) про Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag або Asylbewerberleistungen',
    'Для учнів і учениць від 15 років: довідка зі школи (Schulbescheinigung)',
    'Для допомоги в навчанні (Lernförderung): підтвердження від школи',
    'Для шкільних поїздок і екскурсій: підтвердження від школи або дитячого садка (Kita) про вартість',
  ],
} satisfies SeedAngebotTranslation
