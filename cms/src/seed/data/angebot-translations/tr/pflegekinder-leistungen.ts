import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Koruyucu ailelere yönelik yardımlar (Leistungen für Pflegefamilien)',
  summary:
    'Koruyucu aile çocuğu (Pflegekind) mu yanınıza aldınız veya koruyucu aile mi olmak istiyorsunuz? Jugendamt, çocuğun geçimi ve yetiştirilmesi için bakım parası (Pflegegeld) öder, tek seferlik masrafları karşılar ve size danışmanlık ve eğitimlerle eşlik eder.',
  costs:
    "Sizin için bir masraf doğmaz. Bakım parası çocuğun yaşına ve Nordrhein-Westfalen'deki tavsiyelere göre belirlenir; tam miktarı yetkili Jugendamt size söyler.",
  provider:
    "Hamm Belediyesi Jugendamt'ı (evlat edinme ve koruyucu aile servisi – Adoptions- und Pflegekinderdienst) ve Katholischer Sozialdienst ile Friedrich-Wilhelm-Stift gibi serbest kuruluşlar",
  eligibilitySummary:
    "Hamm'da, çocuk yetiştirmede yardım (Hilfe zur Erziehung) kapsamında (tam zamanlı veya acil koruyucu aile – Vollzeit- oder Bereitschaftspflege) bir çocuğu yanına almış koruyucu ebeveynler – akrabalar da. Koruyucu aile olmak isteyenlere danışmanlık verilir ve hazırlanırlar.",
  synonyms:
    'koruyucu aile, koruyucu aile çocuğu, koruyucu anne, koruyucu baba, koruyucu ebeveyn, bakım parası, tam zamanlı koruyucu aile, acil koruyucu aile, akraba yanında bakım, tek seferlik yardım, Pflegekind, Pflegefamilie, Pflegeeltern, Pflegegeld, Vollzeitpflege, Bereitschaftspflege, Verwandtenpflege, Pflegekinderdienst',
  steps: [
    "Koruyucu aile çocuğuyla mı ilgileniyorsunuz? Hamm Belediyesi'nin evlat edinme ve koruyucu aile servisine (Telefon 02381 17-6325) veya serbest bir kuruluşa başvurun ve bir bilgilendirme akşamına katılın.",
    'Görüşmelerden, bir ev ziyaretinden ve bir hazırlık seminerinden sonra hangi çocuğun ailenize uygun olduğu değerlendirilir.',
    "Aileniz bir çocuğu yanına alırsa, Jugendamt yardıma başvurur ve bakım parasını öder. Ayrıca Familienkasse'ye çocuk parası (Kindergeld) için başvurun.",
    "Tek seferlik yardımlar için, örneğin ilk donanım, önemli kişisel olaylar veya bir tatil gezisi için, Jugendamt'a başvurun.",
  ],
  documents: [
    'Başvuru için: genişletilmiş sabıka kaydı (erweitertes Führungszeugnis), doktor belgesi, gelir ve konut belgeleri',
    'Yardımlar için: faturalar veya fiyat teklifleri',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein Pflegekind.': 'Ailenizde bir koruyucu aile çocuğu (Pflegekind) yaşıyor.',
    'Sie sind Pflegemutter oder Pflegevater.': 'Koruyucu annesiniz veya koruyucu babasınız.',
    'Ihr Enkelkind lebt bei Ihnen – auch Großeltern können Pflegefamilie mit Pflegegeld sein (§ 27 Abs. 2a SGB VIII).':
      'Torununuz sizin yanınızda yaşıyor – büyükanne ve büyükbabalar da bakım parası (Pflegegeld) alan koruyucu aile olabilir (§ 27 Abs. 2a SGB VIII).',
  },
} satisfies SeedAngebotTranslation
