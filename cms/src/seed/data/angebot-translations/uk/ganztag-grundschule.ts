import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Група продовженого дня в початковій школі (Offene Ganztagsschule, OGS)',
  summary:
    'У всіх початкових школах міста Hamm є група продовженого дня (Offener Ganztag): обід, час для домашніх завдань, ігри та розвивальні заняття до другої половини дня. З навчального року 2026/27 діти першого класу мають право на місце в групі продовженого дня.',
  costs:
    'Ви платите щомісячний батьківський внесок, який залежить від вашого доходу і діє на весь навчальний рік (з 1 серпня до 31 липня). Його встановлює Jugendamt. Сім’ї з малим доходом нічого не платять, за братів і сестер у дитячому садку (Kita), у денної няні (Tagespflege) або в OGS внесок не стягується. Обід оплачується окремо – з YouCardHamm (Bildung und Teilhabe) він безкоштовний.',
  provider:
    'Місто Hamm (засновник шкіл, Schulträger) разом із незалежними організаціями допомоги молоді (freie Träger der Jugendhilfe) у школах',
  eligibilitySummary:
    'Діти, які відвідують початкову школу (Grundschule) або спеціальну школу (Förderschule) у місті Hamm. До липня 2026 року – залежно від наявності вільних місць; з навчального року 2026/27 – законне право на місце для дітей першого класу, а далі щороку – ще для одного класу.',
  synonyms:
    'група продовженого дня, продовжений день, продльонка, догляд після уроків, догляд після обіду, домашні завдання в школі, обід у школі, право на місце в групі продовженого дня, початкова школа, OGS, Offene Ganztagsschule, Offener Ganztag, Ganztag, Ganztagsbetreuung, Hort, Grundschule',
  steps: [
    'Зверніться до школи вашої дитини – найкраще вже під час запису до першого класу.',
    'Заповніть анкету для запису до OGS. Керівництво школи вирішує про прийом і передає заяву до Jugendamt.',
    'Jugendamt попросить вас самостійно оцінити ваш дохід (Selbsteinschätzung) і надішле вам рішення про розмір внеску (Beitragsbescheid).',
    'Домовтеся з OGS про обід. Якщо у вас є YouCardHamm, для вашої дитини він безкоштовний.',
  ],
  documents: [
    'Анкета школи для запису до Offene Ganztagsschule',
    'Самооцінка доходу батьків (бланк Jugendamt)',
    'Рішення (Bescheid) про Bildung und Teilhabe (YouCardHamm), якщо є',
  ],
  ruleTexts: {
    'Ihr Kind geht in eine Grund- oder Förderschule – dort gibt es in Hamm den Offenen Ganztag.':
      'Ваша дитина ходить до початкової або спеціальної школи (Grund- oder Förderschule) – у місті Hamm там є група продовженого дня (Offener Ganztag).',
  },
} satisfies SeedAngebotTranslation
