import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Sığınmacılara yönelik yardımlar (Leistungen nach dem Asylbewerberleistungsgesetz)',
  summary:
    "İltica sürecindeki, Duldung belgesi olan veya ülkeyi terk etmekle yükümlü kişiler, Asylbewerberleistungsgesetz'e (Sığınmacılara Yardım Yasası) göre yiyecek, giyim, barınma, sağlık ve kişisel ihtiyaçlar için yardım alır. Çocukların ayrıca eğitim ve katılım yardımı (Bildung und Teilhabe) hakkı vardır.",
  costs:
    'Yardımların miktarı yasayla belirlenmiştir ve yaşa, konaklama şekline ve oturma süresine bağlıdır. Güncel tutarları yardım dairesi (Leistungsbehörde) size söyler. Başvuru ücretsizdir.',
  provider: "Hamm Belediyesi (Stadt Hamm) – Asylbewerberleistungsgesetz'e göre yardım dairesi (Leistungsbehörde)",
  eligibilitySummary:
    "İltica sürecinde olan ve Aufenthaltsgestattung belgesi bulunan kişiler, Duldung belgesi olan veya ülkeyi terk etmekle yükümlü kişiler ve insani nedenlerle verilen bazı oturum izinlerine (Aufenthaltserlaubnis) sahip kişiler için; geliri ve mal varlığı yetmiyorsa. Situations-Finder bu hizmeti, iltica sürecinde olan veya Duldung belgesi olan bir yetişkinin yaşadığı hanelere gösterir: gelir yoksa veya düşükse “uygun”, orta düzeyde gelirde “belki uygun” olarak. Geçici koruma altındaki kişilere (Ukrayna) yalnızca “belki uygun” olarak gösterir: Onlar için Asylbewerberleistungsgesetz'in mi yoksa temel gelir desteğinin (Grundsicherungsgeld) mi geçerli olduğu, oturum izinlerinin ne zaman verildiğine ve planlanan yeni düzenlemenin geçerli olup olmadığına bağlıdır. Basitleştirme: Situations-Finder, tam olarak hangi oturum izninin olduğunu sormaz.",
  synonyms:
    'sığınmacı yardımı, mülteci parası, iltica parası, Duldung parası, mülteci yardımı, sığınmacı, mülteci, Ukrayna yardımı, Asylbewerberleistungen, AsylbLG, Asylbewerberleistungsgesetz, Leistungen für Asylbewerber',
  steps: [
    "Hamm'a yerleştirildikten (Zuweisung) sonra Hamm Belediyesi'nin yetkili birimine başvurun.",
    'Kimlik belgelerinizi ve oturum belgelerinizi yanınızda getirin. Belediye ihtiyacınızı inceler ve yardımları öder.',
    'Değişiklikleri hemen bildirin: iş, gelir, taşınma, bir çocuğun doğumu veya iltica başvurunuzla ilgili bir karar.',
    'Çocuklarınız için ayrıca eğitim ve katılım yardımına (Bildung und Teilhabe, YouCardHamm) başvurun.',
  ],
  documents: [
    'Aufenthaltsgestattung, Duldung, varış belgesi (Ankunftsnachweis) veya oturum izni (Aufenthaltserlaubnis)',
    'Varsa pasaport veya başka kimlik belgeleri',
    'Gelir ve mal varlığı belgeleri',
    'Kendi evinizde yaşıyorsanız kira sözleşmesi',
  ],
  ruleTexts: {
    'In Ihrem Haushalt lebt eine erwachsene Person im Asylverfahren oder mit Duldung.':
      'Hanenizde iltica sürecinde olan veya Duldung belgesi olan bir yetişkin yaşıyor.',
    'Sie als Geflüchtete aus der Ukraine noch keine Aufenthaltserlaubnis haben oder die geplante Neuregelung für Sie gilt (Aufenthaltserlaubnis erstmals nach dem 31. März 2025)':
      "Ukrayna'dan gelen bir mülteci olarak henüz oturum izniniz (Aufenthaltserlaubnis) yoksa veya planlanan yeni düzenleme sizin için geçerliyse (oturum izni ilk kez 31 Mart 2025'ten sonra verildiyse)",
  },
} satisfies SeedAngebotTranslation
