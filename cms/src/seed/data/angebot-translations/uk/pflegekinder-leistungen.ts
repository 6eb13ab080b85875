import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Допомога для прийомних сімей (Leistungen für Pflegefamilien)',
  summary:
    'Ви взяли до себе прийомну дитину (Pflegekind) або хочете стати прийомною сім’єю? Jugendamt виплачує кошти на утримання і виховання дитини (Pflegegeld), покриває одноразові витрати і супроводжує вас консультаціями та навчанням.',
  costs:
    'Для вас витрат немає. Розмір Pflegegeld залежить від віку дитини та рекомендацій у землі Північний Рейн – Вестфалія (Nordrhein-Westfalen); точну суму вам повідомить відповідальний Jugendamt.',
  provider:
    'Jugendamt міста Hamm (Adoptions- und Pflegekinderdienst – служба усиновлення та прийомних дітей) і незалежні організації, як-от Katholischer Sozialdienst і Friedrich-Wilhelm-Stift',
  eligibilitySummary:
    'Прийомні батьки в місті Hamm, які взяли дитину в межах допомоги у вихованні (Hilfe zur Erziehung) – на постійне виховання (Vollzeitpflege) або на тимчасове термінове розміщення (Bereitschaftspflege), – також родичі. Тих, хто хоче стати прийомною сім’єю, консультують і готують.',
  synonyms:
    'прийомна дитина, прийомна сім’я, прийомні батьки, прийомна мама, прийомний тато, взяти дитину в сім’ю, онук живе з нами, гроші на прийомну дитину, одноразова допомога, Pflegekind, Pflegefamilie, Pflegeeltern, Pflegegeld, Vollzeitpflege, Bereitschaftspflege, Verwandtenpflege, Pflegekinderdienst, Erziehungsbeitrag',
  steps: [
    'Ви думаєте про прийомну дитину? Зверніться до Adoptions- und Pflegekinderdienst міста Hamm (телефон 02381 17-6325) або до незалежної організації і відвідайте інформаційний вечір.',
    'Після розмов, візиту додому і підготовчого семінару перевіряють, яка дитина підходить вашій сім’ї.',
    'Якщо ваша сім’я бере дитину, Jugendamt оформлює допомогу і виплачує Pflegegeld. Додатково подайте заяву на Kindergeld до Familienkasse.',
    'На одноразову допомогу (einmalige Beihilfen), наприклад на перше облаштування, важливі особисті події або поїздку на канікулах, подайте заяву до Jugendamt.',
  ],
  documents: [
    'Для подання кандидатури: розширена довідка про несудимість (erweitertes Führungszeugnis), медична довідка, підтвердження доходу та житла',
    'Для одноразової допомоги: рахунки або кошториси',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein Pflegekind.': 'У вашій сім’ї живе прийомна дитина (Pflegekind).',
    'Sie sind Pflegemutter oder Pflegevater.': 'Ви прийомна мати або прийомний батько.',
    'Ihr Enkelkind lebt bei Ihnen – auch Großeltern können Pflegefamilie mit Pflegegeld sein (§ 27 Abs. 2a SGB VIII).':
      'Ваш онук чи онука живе з вами – бабусі й дідусі теж можуть бути прийомною сім’єю з Pflegegeld (§ 27 Abs. 2a SGB VIII).',
  },
} satisfies SeedAngebotTranslation
