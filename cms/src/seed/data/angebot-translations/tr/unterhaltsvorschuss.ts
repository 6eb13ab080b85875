import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Nafaka avansı (Unterhaltsvorschuss)',
  summary:
    "Çocuğunuzu tek başınıza mı büyütüyorsunuz ve diğer ebeveyn hiç nafaka ödemiyor, çok az ödüyor veya düzensiz mi ödüyor? O zaman Jugendamt nafaka avansı (Unterhaltsvorschuss) öder – 2026'da yaşa göre ayda 227, 299 veya 394 Euro, 18. yaş gününe kadar.",
  costs:
    '2026 itibarıyla: 5 yaşına kadar çocuklar için ayda 227 Euro, 6–11 yaş arası çocuklar için 299 Euro, 12–17 yaş arası çocuklar için 394 Euro (asgari nafakadan çocuk parası düşülerek). Diğer ebeveynin nafaka ödemeleri ve yetim aylıkları düşülür. Başvuru ücretsizdir.',
  provider: "Hamm Belediyesi Jugendamt'ı (Unterhaltsvorschussstelle – nafaka avansı birimi)",
  eligibilitySummary:
    "Tek ebeveynin yanında yaşayan ve diğer ebeveynden hiç veya tam asgari nafaka almayan 18 yaşından küçük çocuklar için. 12–17 yaş arası çocuklar için yalnızca çocuk temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) almıyorsa veya tek ebeveynin kendi geliri varsa (en az 600 Euro brüt). Alman pasaportunuz yoksa bir AB vatandaşlığına veya uygun bir oturum iznine (Aufenthaltstitel) ihtiyacınız var. Basitleştirme: Situations-Finder değişimli bakım modelini (Wechselmodell) kontrol etmez ve “düşük gelir”i en az 600 Euro'luk gelir olarak kabul eder.",
  synonyms:
    'nafaka avansı, nafaka ödemiyor, baba nafaka ödemiyor, anne nafaka ödemiyor, devletten nafaka, çocuk nafakası, tek ebeveyn, ayrılık, Unterhaltsvorschuss, UVG, Unterhalt, Unterhaltsvorschusskasse, Unterhaltsausfallleistung, Kindesunterhalt',
  steps: [
    "Başvurunuzu yazılı olarak Hamm Belediyesi Jugendamt'ına yapın. Geriye dönük olarak yalnızca başvurudan önceki ay için para ödenir – bu yüzden başvuruyu erken yapın.",
    'Diğer ebeveyn hakkında bildiğiniz her şeyi belirtin: adı, adresi, işvereni. Jugendamt parayı ondan geri istemek için bu bilgilere ihtiyaç duyar.',
    "Bir şey değişirse hemen Jugendamt'a bildirin: taşınma, evlenme, diğer ebeveynle birlikte yaşamaya başlama veya nafaka ödemeleri.",
  ],
  documents: [
    'Kimlik kartınız veya pasaportunuz; Alman pasaportunuz yoksa oturum izniniz (Aufenthaltstitel)',
    'Çocuğun doğum belgesi (Geburtsurkunde)',
    'Diğer ebeveynle ilgili bilgiler (biliniyorsa adı, doğum tarihi, adresi)',
    'Varsa ayrılık veya boşanma ve nafaka ödemeleriyle ilgili belgeler',
    '12 yaş ve üzeri çocuklarda: gelir belgeleri veya temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) kararı',
  ],
  deadline: 'En fazla 1 ay geriye dönük: başvurunuzu erken yapın.',
  ruleTexts: {
    'Ihr Kind bekommt kein Grundsicherungsgeld (bisher Bürgergeld).':
      'Çocuğunuz temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) almıyor.',
  },
} satisfies SeedAngebotTranslation
