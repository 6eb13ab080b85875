import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Освітній ваучер – оплачене підвищення кваліфікації та перекваліфікація (Bildungsgutschein)',
  summary:
    'Без роботи, робота під загрозою або без професійної освіти? З освітнім ваучером (Bildungsgutschein) Agentur für Arbeit оплачує підвищення кваліфікації або перекваліфікацію, а також проїзд і до 160 євро на місяць за догляд за кожною дитиною. За професійну освіту – премії до 2.500 євро.',
  costs:
    'Для вас безкоштовно: оплачуються курс, іспити, проїзд і, якщо потрібно, проживання, а догляд за дітьми – до 160 євро на кожну дитину на місяць. При перекваліфікації для здобуття професійної освіти додатково виплачують 150 євро допомоги на навчання (Weiterbildungsgeld) на місяць (для безробітних і тих, хто отримує Grundsicherungsgeld, раніше Bürgergeld) і премії 1.000 та 1.500 євро за складені іспити.',
  provider:
    'Agentur für Arbeit Hamm; для тих, хто отримує базове забезпечення (Grundsicherungsgeld, раніше Bürgergeld), – разом із Kommunales Jobcenter Hamm; для молоді також Jugendberufsagentur Hamm',
  eligibilitySummary:
    'Для дорослих, які не мають роботи або яким загрожує безробіття, для людей без професійної освіти і для батьків, які після періоду догляду за сім’єю хочуть повернутися до роботи, – з базовим забезпеченням (Grundsicherungsgeld, раніше Bürgergeld) або без нього. Навчання оплачують, якщо воно потрібне і Agentur für Arbeit підтверджує це після консультації. Situations-Finder показує цю послугу безробітним, дорослим, які займаються домом і сім’єю, і домогосподарствам, що отримують Grundsicherungsgeld або допомогу з безробіття (Arbeitslosengeld), лише з позначкою «Можливо, підходить», бо він не питає про професійну освіту та потребу в навчанні. Працівникам без професійної освіти або з робочим місцем під загрозою він її не показує – все одно запитайте в Agentur für Arbeit.',
  synonyms:
    'освітній ваучер, підвищення кваліфікації, перекваліфікація, курси, навчання для дорослих, здобути професію, професійна освіта, повернення на роботу, безробіття, немає роботи, кваліфікація, біржа праці, Bildungsgutschein, Weiterbildung, Umschulung, FbW, Weiterbildungsgeld, Weiterbildungsprämie, Teilqualifizierung, AZAV, Agentur für Arbeit, Arbeitsamt, Jobcenter',
  steps: [
    'Запишіться на консультацію до Agentur für Arbeit. Якщо ви отримуєте базове забезпечення (Grundsicherungsgeld, раніше Bürgergeld), спершу поговоріть зі своєю контактною особою в Kommunales Jobcenter Hamm. Молоді люди до 25 років можуть також звернутися до Jugendberufsagentur.',
    'Заздалегідь подумайте, яку професію ви хочете мати, і візьміть із собою свої атестати, дипломи та характеристики з роботи. На консультації з’ясують, чи потрібне навчання і яке вам підходить.',
    'Якщо фінансування схвалять, ви отримаєте Bildungsgutschein. Знайдіть курс і навчальний заклад (Bildungsträger), допущені до фінансування, поки ваучер ще дійсний.',
    'Віддайте ваучер навчальному закладу. Починайте навчання лише після того, як Agentur für Arbeit дасть згоду.',
    'На консультації також запитайте про витрати на проїзд і догляд за дітьми. Премії виплачують після складених іспитів.',
  ],
  documents: [
    'Посвідчення особи або паспорт; без німецького паспорта – ваш дозвіл на проживання (Aufenthaltstitel)',
    'Резюме, шкільні атестати та характеристики з роботи, документи про професійну освіту',
    'Якщо є: повідомлення про звільнення (Kündigung) або рішення (Bescheid) про Arbeitslosengeld чи базове забезпечення (Grundsicherungsgeld, раніше Bürgergeld)',
    'Для витрат на догляд за дітьми: підтвердження догляду та його вартості',
  ],
  ruleTexts: {
    'In Ihrem Haushalt ist jemand ohne Arbeit – die Agentur für Arbeit kann eine Weiterbildung oder Umschulung bezahlen.':
      'У вашому домогосподарстві хтось не має роботи – Agentur für Arbeit може оплатити підвищення кваліфікації або перекваліфікацію.',
    'In Ihrem Haushalt kümmert sich jemand um Haushalt und Familie – für den Wiedereinstieg in den Beruf kann eine Weiterbildung gefördert werden.':
      'У вашому домогосподарстві хтось займається домом і сім’єю – для повернення до роботи можуть оплатити підвищення кваліфікації.',
    'die Agentur für Arbeit eine Weiterbildung für nötig hält, damit Sie Arbeit finden, Arbeitslosigkeit vermeiden oder einen fehlenden Berufsabschluss nachholen':
      'Agentur für Arbeit вважає навчання потрібним, щоб ви знайшли роботу, уникнули безробіття або здобули професійну освіту, якої у вас немає',
  },
} satisfies SeedAngebotTranslation
