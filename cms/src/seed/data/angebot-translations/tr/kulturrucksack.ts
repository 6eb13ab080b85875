import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Kültür Çantası (KulturRucksack) – 10–14 yaş için ücretsiz kültür',
  summary:
    "Tiyatro oynamak, beat yapmak, radyo programı hazırlamak, dans etmek, resim yapmak veya gizli şifreleri çözmek: KulturRucksack NRW ile Hamm'da 10 ile 14 yaş arası çocuklar ve gençler için ücretsiz atölyeler ve projeler var – müzelerde, tiyatrolarda, kütüphanede ve gençlik merkezlerinde.",
  costs: 'Ücretsizdir. Etkinliklerin masraflarını NRW eyaleti ve Hamm Belediyesi karşılar.',
  provider:
    'Hamm Belediyesi – Kulturbüro (koordinasyon); KUBUS, HELIOS-Theater, Gustav-Lübcke-Museum, Stadtarchiv, Zentralbibliothek ve gençlik merkezleriyle; NRW eyaleti tarafından desteklenir',
  eligibilitySummary:
    "Hamm'daki 10 ile 14 yaş arası çocuklar ve gençler için. Etkinlikler ücretsizdir; gelir sınırı yoktur. Birçok etkinlik için kayıt gerekir ve bazıları bu yaş aralığının yalnızca bir kısmına yöneliktir.",
  synonyms:
    'kültür çantası, ücretsiz atölye, çocuklar için kültür, gençler için kültür, tiyatro atölyesi, ücretsiz dans kursu, tatil atölyesi, sanat, müzik, radyo, resim, 10–14 yaş boş zaman, KulturRucksack, Kulturrucksack NRW, KUBUS, Jugendkulturzentrum, HELIOS-Theater, Kidz Atelier, Kulturstrolche',
  steps: [
    "Güncel KulturRucksack programına çocuğunuzla birlikte hamm.de'de bakın.",
    'Çocuğunuzu denemek istediği etkinliğe, etkinlikte açıklandığı şekilde kaydettirin.',
    'Çocuğunuz katılır – etkinliğe göre bir kez, tatilde birkaç gün veya düzenli olarak.',
  ],
  documents: ['İlgili etkinliğe kayıt', 'Geziler veya birkaç günlük projeler için: ebeveyn izni'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind zwischen 10 und 14 Jahren – genau das Alter für den KulturRucksack.':
      'Ailenizde 10 ile 14 yaş arasında bir çocuk yaşıyor – KulturRucksack için tam uygun yaş.',
  },
} satisfies SeedAngebotTranslation
