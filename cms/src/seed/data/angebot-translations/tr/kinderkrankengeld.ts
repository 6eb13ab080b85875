import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Çocuk hastalık parası (Kinderkrankengeld)',
  summary:
    'Çocuğunuz hasta ve evde kalmanız mı gerekiyor? O zaman yasal sağlık sigortası çocuk hastalık parası (Kinderkrankengeld) öder. 2026 sonuna kadar her çocuk ve her ebeveyn için 15 iş günü, tek ebeveynler için 30 gün vardır – 12 yaşından küçük veya engelli çocuklar için.',
  costs:
    "Genellikle kaybedilen net maaşın yüzde 90'ı (son on iki ayda tek seferlik ödemeler varsa yüzde 100'e kadar); günlük yasal bir üst sınırla sınırlıdır. 2026'da: çocuk ve ebeveyn başına 15 iş günü (en fazla 35), tek ebeveynler için 30 (en fazla 70).",
  provider: 'Yasal sağlık sigortanız (gesetzliche Krankenkasse)',
  eligibilitySummary:
    'Kendileri yasal sağlık sigortalı olan ve hastalık parası (Krankengeld) hakkı bulunan, 12 yaşından küçük yasal sigortalı bir çocuğu veya yardıma muhtaç engelli bir çocuğu olan çalışan ebeveynler için. Basitleştirme: Situations-Finder, çocuğun kendisinin yasal sigortalı olup olmadığını ve hanedeki başka birinin bakımı üstlenip üstlenemeyeceğini kontrol etmez.',
  synonyms:
    'çocuk hastalık parası, çocuk hasta, çocuk hastalık izni, hasta çocuk için izin, çocuk hastalık günleri, çocuk raporu, hasta çocuğa bakmak, Kinderkrankengeld, Kinderkrankentage, Kind krank, Kinderkrankenschein',
  steps: [
    'Çocuğunuzun hasta olduğunu ve bakıma ihtiyacı olduğunu çocuk doktorunuza belgeletin. Belge çoğunlukla doğrudan elektronik olarak sağlık sigortanıza gider.',
    'Gelemeyeceğinizi hemen işvereninize bildirin.',
    'Çocuk hastalık parası için sağlık sigortanıza başvurun, örneğin sigortanın uygulamasından. İşvereniniz kazanç kaybınızı sigortaya bildirir.',
  ],
  documents: ['Çocuğun hastalığını gösteren doktor belgesi', 'Tek ebeveynlerde: çocuğu tek başınıza büyüttüğünüze dair beyan'],
  ruleTexts: {
    'Sie sind berufstätig und gesetzlich krankenversichert.': 'Çalışıyorsunuz ve yasal sağlık sigortalısınız.',
  },
} satisfies SeedAngebotTranslation
