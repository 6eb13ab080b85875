import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Звільнення від внесків за дитячий садок і денну няню (Beitragsfreiheit in Kita und Kindertagespflege)',
  summary:
    'У NRW (Північний Рейн – Вестфалія) останні два роки в дитячому садку (Kita) перед школою безкоштовні. У місті Hamm ви, крім того, платите лише за одну дитину. З Grundsicherungsgeld (раніше Bürgergeld), Wohngeld, Kinderzuschlag, Sozialhilfe чи Asylbewerberleistungen і при малому доході внеску немає.',
  costs:
    'Саме звільнення нічого не коштує. Обід у дитячому садку оплачується окремо від батьківського внеску, і за нього здебільшого треба й далі платити – хіба що ви отримуєте його через Bildung und Teilhabe (YouCardHamm).',
  provider: 'Jugendamt міста Hamm (батьківські внески)',
  eligibilitySummary:
    'Сім’ї в місті Hamm, чия дитина ходить до дитячого садка (Kita) або до денної няні (Kindertagespflege), якщо (a) дитині до 30 вересня виповнилося чотири роки – тоді з 1 серпня цього року до вступу до школи (якщо чотири роки виповнюється лише в жовтні або пізніше, ви платите до наступного 1 серпня), (b) сім’я отримує Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag або Wohngeld, (c) дохід нижчий за межу звільнення від внесків згідно з положенням міста Hamm або (d) для братів і сестер, поки за одну дитину вже платять.',
  synonyms:
    'безкоштовний дитячий садок, звільнення від оплати дитсадка, плата за дитячий садок, внесок за Kita, батьківський внесок, брати і сестри, останній рік у дитсадку, рік перед школою, Beitragsfreiheit, beitragsfrei, Kita-Gebühren, Elternbeitrag, Kita-Beitrag, Beitragsbefreiung, Geschwisterkind',
  steps: [
    'Звільнення від внесків в останні два роки в дитячому садку і для братів і сестер Jugendamt враховує сам. Перевірте своє рішення про внесок (Beitragsbescheid).',
    'На початку догляду подайте до Jugendamt самооцінку вашого доходу (Selbsteinschätzung). Якщо ваш дохід нижчий за межу звільнення, внесок не встановлюють.',
    'Ви отримуєте Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld або Kinderzuschlag? Надішліть до Jugendamt заяву в довільній формі з копією вашого актуального рішення (Bescheid).',
    'Якщо ваш дохід змінюється, повідомте про це Jugendamt. Тоді внесок перерахують.',
  ],
  documents: [
    'Самооцінка доходу батьків (бланк Jugendamt)',
    'Актуальне рішення (Bescheid) про Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Wohngeld або Kinderzuschlag (якщо є)',
    'Пізніше: податкове повідомлення (Einkommensteuerbescheid) або інші підтвердження доходу для остаточного встановлення внеску',
  ],
  ruleTexts: {
    'Ihr Kind ist bis zum 30. September vier Jahre alt geworden. Ab dem 1. August dieses Jahres bis zur Einschulung ist die Kita in NRW beitragsfrei.':
      'Вашій дитині до 30 вересня виповнилося чотири роки. З 1 серпня цього року до вступу до школи дитячий садок у NRW безкоштовний.',
    'Wer Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld bekommt, zahlt keinen Kita-Beitrag.':
      'Хто отримує Grundsicherungsgeld (раніше Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag або Wohngeld, не платить внеску за дитячий садок.',
    'Ohne eigenes Erwerbseinkommen liegen Familien in der Regel unter der Beitragsfreigrenze der Stadt Hamm und zahlen keinen Kita-Beitrag.':
      'Сім’ї без власного доходу від роботи, як правило, мають дохід нижчий за межу звільнення від внесків міста Hamm і не платять внеску за дитячий садок.',
    'Mehrere Kinder aus Ihrer Familie werden betreut. In Hamm zahlen Sie nur für ein Kind – Geschwisterkinder sind beitragsfrei.':
      'Кілька дітей з вашої сім’ї перебувають під доглядом. У місті Hamm ви платите лише за одну дитину – за братів і сестер внесок не стягується.',
  },
} satisfies SeedAngebotTranslation
