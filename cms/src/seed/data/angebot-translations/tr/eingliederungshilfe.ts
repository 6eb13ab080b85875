import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Engelli çocuklar, gençler ve yetişkinler için entegrasyon yardımı (Eingliederungshilfe)',
  summary:
    'Eingliederungshilfe (entegrasyon yardımı), engelli veya engelli olma riski olan kişilerin eşit katılımını destekler: kreşte (Kita) ve okulda asistanlık, terapötik pedagojik yardımlar (heilpädagogische Hilfen), günlük hayatta, eğitimde, işte yardım. Ruhsal engelli çocuklar için Jugendamt yetkilidir.',
  costs:
    'Yardımlar hizmet veya ayni yardım olarak ya da kişisel bütçe (Persönliches Budget) olarak verilir. Yardıma ve gelire göre bir katkı payı ödemeniz gerekebilir; okul refakati (Schulbegleitung) gibi eğitim yardımlarında gerekmez.',
  provider: 'Yaşa ve yardıma göre Hamm Belediyesi (Jugendamt ve Sozialamt) veya Landschaftsverband Westfalen-Lippe (LWL)',
  eligibilitySummary:
    "Önemli (wesentlich) bir bedensel, zihinsel, ruhsal veya duyusal engeli ya da engelli olma riski olan ve bu nedenle hayata katılımı ciddi şekilde kısıtlanan çocuklar, gençler ve yetişkinler için. Ruhsal engeli olan çocuklar ve gençler için Jugendamt'ın entegrasyon yardımı geçerlidir. Situations-Finder, hanedeki bir kişi için engel veya gelişim geriliği belirtilir belirtilmez bu hizmeti gösterir; kısıtlamanın “önemli” olup olmadığını yetkili kurum kontrol eder.",
  synonyms:
    'entegrasyon yardımı, engelli çocuk yardımı, okul refakatçisi, gölge öğretmen, entegrasyon yardımcısı, kreş asistanı, engelli yardımı, ruhsal engel, kişisel bütçe, Eingliederungshilfe, Schulbegleitung, Integrationshelfer, Inklusionsassistenz, § 35a, Persönliches Budget, LWL, EUTB',
  steps: [
    "Danışmanlık alın – örneğin Familienrathaus'ta, EUTB'de (bağımsız katılım danışmanlığı) veya çocuk doktorunuzda.",
    "Hamm Belediyesi'ne (çocuğun ruhsal engeli varsa Jugendamt'a) veya LWL'ye serbest biçimde (formsuz) başvurun. Kurum kimin yetkili olduğunu netleştirir ve başvuruyu iletir.",
    'İhtiyaç belirleme görüşmesine hazırlanın: Çocuğunuz veya siz günlük hayatta neleri yapabiliyorsunuz, nerede desteğe ihtiyaç var?',
    'Genel plan (Gesamtplan) veya katılım planı (Teilhabeplan) sürecinden sonra bir karar (Bescheid) alırsınız. Yardımlar düzenli olarak gözden geçirilir.',
  ],
  documents: [
    'Doktor, psikolog veya terapist raporları',
    'Kreş (Kita), okul veya erken destek (Frühförderung) raporları',
    'Varsa engellilik derecesi (Grad der Behinderung) veya bakım derecesi (Pflegegrad) kararı',
    'Çocuklarda ruhsal engel durumunda: bir çocuk ve ergen psikiyatristinin veya bir psikoterapistin görüş yazısı',
  ],
} satisfies SeedAngebotTranslation
