import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Сімейна ратуша Hamm – послуги, пов’язані з народженням дитини, і допомога з усіх сімейних питань (Familienrathaus Hamm)',
  summary:
    'Свідоцтво про народження, Elterngeld, консультації: у Familienrathaus на вулиці Caldenhofer Weg 10 ви вирішите багато питань, пов’язаних із народженням дитини, в одному місці. З усіх інших сімейних питань вам допоможе стійка сімейного сервісу (Familien-Service-Theke). Просто приходьте.',
  costs: 'Консультації та інформація безкоштовні. За документи (Urkunden) стягуються звичайні збори Standesamt (РАЦС).',
  provider: 'Місто Hamm',
  eligibilitySummary:
    'Усі сім’ї та майбутні батьки в місті Hamm. Послуги, пов’язані з народженням дитини, зібрані тут в одному місці; з інших питань усі сім’ї отримують інформацію, і їх скеровують до потрібних установ.',
  synonyms:
    'сімейна ратуша, сімейний сервіс, народження дитини, свідоцтво про народження, РАЦС, відомство, установа, куди звернутися, немовля, Familienrathaus, Familienservice, Familien-Service-Theke, FaST, Mesestift, Caldenhofer Weg, Standesamt, Geburtsurkunde, Elterngeldstelle, Amt',
  steps: [
    'Спершу перегляньте онлайн у цифровій Familienrathaus, які послуги підходять вашій сім’ї.',
    'Приходьте до стійки сімейного сервісу (Familien-Service-Theke) у Familienrathaus на вулиці Caldenhofer Weg 10. Для деяких питань, наприклад у Standesamt (РАЦС), потрібен запис на прийом.',
    'Візьміть із собою посвідчення особи і, якщо є, листи або рішення (Bescheide), що стосуються вашого питання.',
  ],
  documents: [
    'Посвідчення особи (Personalausweis) або паспорт (Reisepass)',
    'Після народження дитини: документи для свідоцтва про народження (наприклад, повідомлення клініки про народження (Geburtsanzeige), свідоцтво про шлюб або свідоцтва про народження батьків)',
    'Листи та рішення (Bescheide), що стосуються вашого питання',
  ],
  ruleTexts: {
    'Sie erwarten ein Baby – rund um die Geburt erledigen Sie im Familienrathaus vieles an einem Ort.':
      'Ви чекаєте на дитину – багато питань, пов’язаних із народженням, ви вирішите в Familienrathaus в одному місці.',
    'Sie sind eine Familie in Hamm – das Familienrathaus ist Ihre Anlaufstelle für alle Familienfragen.':
      'Ви – сім’я в місті Hamm, і Familienrathaus – це місце, куди ви можете звернутися з усіх сімейних питань.',
  },
} satisfies SeedAngebotTranslation
