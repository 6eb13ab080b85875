import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Рання допомога – підтримка від вагітності до 3-го дня народження дитини (Frühe Hilfen)',
  summary:
    'Вагітність чи немовля і багато запитань? Рання допомога (Frühe Hilfen) у Hamm супроводжує сім’ї від вагітності до трьох років дитини: бебі-лоцмани (Babylotsen), вітальні візити, консультація щодо плачу (Schreisprechstunde), сімейні наставники (Familienpaten) і зустрічі. Безкоштовно й добровільно.',
  costs: 'Безкоштовно.',
  provider:
    'Місто Hamm – Frühe Hilfen у Familienrathaus, разом з AWO, Katholischer Sozialdienst, Caritas, Friedrich-Wilhelm-Stift, Diakonie та пологовими клініками',
  eligibilitySummary: 'Усі майбутні батьки та сім’ї з дітьми до трьох років у місті Hamm – особливо сім’ї, які хочуть більше підтримки.',
  synonyms:
    'рання допомога, допомога з немовлям, немовля плаче, дитина весь час плаче, помічник для батьків немовлят, сімейний наставник, вагітність, новонароджений, група для мам і малюків, сімейна акушерка, Frühe Hilfen, Babylotsen, Schreibaby, Schreisprechstunde, Familienpaten, Kleine Knirpse, Ein guter Start, Familienhebamme',
  steps: [
    'Зверніться до Babylotsen (помічників для батьків немовлят) у пологовій клініці або приходьте до стійки сімейного сервісу (Familien-Service-Theke) у Familienrathaus.',
    'Розкажіть, чого ви хочете, – наприклад, спілкування з іншими батьками, допомоги з немовлям, яке багато плаче, або сімейну наставницю (Familienpatin).',
    'Фахівці Frühe Hilfen скерують вас до відповідної послуги поруч із вами.',
  ],
  documents: ['Документи не потрібні.'],
  ruleTexts: {
    'Sie erwarten ein Baby – die Frühen Hilfen begleiten Sie schon in der Schwangerschaft.':
      'Ви чекаєте на дитину – Frühe Hilfen супроводжують вас уже під час вагітності.',
    'In Ihrer Familie lebt ein Kind unter drei Jahren.': 'У вашій сім’ї живе дитина до трьох років.',
  },
} satisfies SeedAngebotTranslation
