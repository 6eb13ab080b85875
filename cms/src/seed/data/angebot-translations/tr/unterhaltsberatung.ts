import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Nafaka konusunda danışmanlık ve destek (Beratung und Unterstützung bei Unterhalt)',
  summary:
    'Çocuğumun ne kadar nafaka hakkı var? Nafaka ödenmezse ne yapmalı? Jugendamt, tek ebeveynlere ve 21 yaşına kadar genç yetişkinlere nafaka ve çocukla görüşme (Umgang) konusunda ücretsiz danışmanlık verir, sizinle hesap yapar ve nafaka anlaşmalarını harçsız resmî belgeye (Urkunde) bağlar.',
  costs: "Jugendamt'taki danışmanlık ve resmî belgeleme (Beurkundung) ücretsizdir.",
  provider: "Hamm Belediyesi Jugendamt'ı (Beistandschaften, Beurkundungen)",
  eligibilitySummary:
    "Hamm'da bir çocuğa tek başına bakan anneler ve babalar ile kendi nafakaları konusunda 21. yaş günlerine kadar genç yetişkinler. Nafaka yükümlülüklerinin resmî belgeye bağlanması iki ebeveyne de açıktır.",
  synonyms:
    'nafaka, nafaka danışmanlığı, çocuk nafakası, nafaka hesaplama, Düsseldorf tablosu, nafaka senedi, Jugendamt senedi, çocukla görüşme, görüşme hakkı, ayrılık, boşanma, reşit çocuk nafakası, Unterhalt, Unterhaltsberatung, Kindesunterhalt, Düsseldorfer Tabelle, Jugendamtsurkunde, Umgangsrecht',
  steps: [
    "Jugendamt'tan randevu alın veya Familienrathaus'taki aile hizmet masasında (Familien-Service-Theke) doğru kişiyi sorun.",
    'Elinizdeki belgeleri getirin – özellikle biliniyorsa diğer ebeveynin gelirini gösteren belgeleri.',
    'Uzmanla birlikte çocuğunuzun hangi nafakaya hakkı olduğunu ve bunu nasıl alacağınızı konuşursunuz – örneğin bir resmî belge (Urkunde), yasal destek (Beistandschaft) veya nafaka avansı (Unterhaltsvorschuss) aracılığıyla.',
  ],
  documents: [
    'Çocuğun doğum belgesi (Geburtsurkunde)',
    'Kimliğiniz',
    'Mevcut nafaka senetleri, kararlar veya anlaşmalar',
    'Varsa gelir ve ödeme belgeleri',
  ],
  ruleTexts: {
    'Sie sorgen allein für Ihr Kind – das Jugendamt berät Sie kostenlos zum Unterhalt.':
      'Çocuğunuza tek başınıza bakıyorsunuz – Jugendamt size nafaka konusunda ücretsiz danışmanlık verir.',
  },
} satisfies SeedAngebotTranslation
