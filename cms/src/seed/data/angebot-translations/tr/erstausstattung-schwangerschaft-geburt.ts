import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Hamilelik ve doğumda ilk donanım yardımı (Erstausstattung bei Schwangerschaft und Geburt)',
  summary:
    'Hamile ve bebek kıyafetleri, bebek arabası, bebek yatağı: Temel gelir desteği (Grundsicherungsgeld, eski Bürgergeld), sosyal yardım (Sozialhilfe) veya sığınmacı yardımları (Asylbewerberleistungen) alanlar ilk donanım için ek para alır. Bu yardımlar olmadan, düşük gelirle de başvuru mümkün olabilir.',
  costs: 'Çoğunlukla sabit tutar (Pauschale) veya kupon olarak; miktarı yetkili kurum belirler. Başvuru ücretsizdir.',
  provider: "Kommunales Jobcenter Hamm; sosyal yardım veya sığınmacı yardımlarında Hamm Belediyesi'nin yetkili birimi",
  eligibilitySummary:
    'Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım veya sığınmacı yardımları alan hamile kadınlar ve yeni doğmuş bebeği olan ebeveynler için. Başvuru üzerine, bu yardımları almayan ama geliri ilk donanıma yetmeyen aileler için de. Situations-Finder bu hizmeti hamilelik sırasında ve çocuğun ilk yarım yılında gösterir: çalışarak kazanılan gelir yoksa veya bu yardımlar alınıyorsa “uygun”, düşük gelirde “belki uygun”.',
  synonyms:
    'ilk donanım, bebek eşyası yardımı, bebek donanımı, hamile kıyafeti, bebek arabası, bebek yatağı, Jobcenter bebek, doğum yardımı, Erstausstattung, Babyerstausstattung, Umstandskleidung, Grundsicherungsgeld Baby, Bürgergeld Baby',
  steps: [
    'Başvurunuzu hamilelik sırasında – doğum tarihinden yaklaşık üç ay önce başlayarak – ve eşyaları satın almadan önce yapın.',
    "Temel gelir desteği alıyorsanız veya hiçbir yardım almıyorsanız: Kommunales Jobcenter Hamm'a başvurun. Sosyal yardım veya sığınmacı yardımları alıyorsanız: size bu yardımı ödeyen yere başvurun.",
    'Anne pasaportunu (Mutterpass) gösterin. Onaydan sonra eşyaları satın alın; bazen fiş veya fatura istenir.',
  ],
  documents: [
    'Anne pasaportu (Mutterpass) veya doğum tarihini gösteren doktor belgesi',
    'Hiçbir yardım almıyorsanız: gelir belgeleri',
    'Doğumdan sonra: doğum belgesi (Geburtsurkunde)',
  ],
  ruleTexts: {
    'Ihr Baby ist jünger als ein halbes Jahr.': 'Bebeğiniz yarım yaşından küçük.',
  },
} satisfies SeedAngebotTranslation
