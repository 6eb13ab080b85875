import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Anne ve Çocuk Federal Vakfı (Bundesstiftung Mutter und Kind)',
  summary:
    'Maddi sıkıntıdaki hamilelere „Mutter und Kind – Schutz des ungeborenen Lebens“ (Anne ve Çocuk – Doğmamış Hayatın Korunması) federal vakfı para verebilir, örneğin bebek eşyası, hamile kıyafeti veya ev için. Başvuru doğumdan önce hamilelik danışma merkezinde (Schwangerschaftsberatungsstelle) yapılır.',
  costs: 'Geri ödenmeyen bir hibe; miktarı durumunuza göre belirlenir. Danışmanlık ve başvuru ücretsizdir.',
  provider:
    "„Mutter und Kind – Schutz des ungeborenen Lebens“ Federal Vakfı (Bundesstiftung); başvuru Hamm'daki hamilelik danışma merkezleri üzerinden yapılır",
  eligibilitySummary:
    "Almanya'da ikametgâhı veya olağan olarak kaldığı bir yer olan, maddi sıkıntı içindeki hamile kadınlar için; diğer yardımlar hiç, zamanında veya yeterince yardım etmiyorsa. Başvuru doğumdan önce yapılmalıdır. Situations-Finder bu hizmeti geliri olmayan veya düşük olan hamile kadınlara “uygun”, orta düzeyde geliri olanlara “belki uygun” olarak gösterir; gelir sınırlarını danışma merkezi kontrol eder.",
  synonyms:
    'hamilelik yardımı, hamilelere para, hamilelikte maddi sıkıntı, bebek eşyası yardımı, anne ve çocuk vakfı, hamilelik danışmanlığı, Bundesstiftung Mutter und Kind, Stiftung Mutter und Kind, Schwangerschaftsberatung',
  steps: [
    'Hamileliğin mümkün olduğunca erken döneminde bir hamilelik danışma merkezinden randevu alın. Doğumdan sonra artık başvuru yapılamaz.',
    'Danışmanlık görüşmesinde başvuruyu danışmanla birlikte yaparsınız. Her hamilelik için bir başvuru yapılabilir.',
    'Belgeleri yanınızda getirin. Danışma merkezi başvuruyu iletir ve parayı nasıl ve ne zaman alacağınızı size söyler.',
  ],
  documents: [
    'Anne pasaportu (Mutterpass) veya hamileliği gösteren doktor belgesi',
    'Kimlik kartı veya pasaport; Alman pasaportunuz yoksa oturum belgeniz',
    'Gelir ve düzenli olarak aldığınız yardımlarla ilgili belgeler (örneğin temel gelir desteği kararı – Grundsicherungsgeld, eski adıyla Bürgergeld)',
    'Kira sözleşmesi',
  ],
  ruleTexts: {
    'Sie sind schwanger – der Antrag ist nur vor der Geburt möglich.': 'Hamilesiniz – başvuru yalnızca doğumdan önce yapılabilir.',
  },
} satisfies SeedAngebotTranslation
