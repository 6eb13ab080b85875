import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Borç ve iflas danışmanlığı (Schuldner- und Insolvenzberatung)',
  summary:
    'İhtarname, hesaba haciz, kira borcu mu? Borç danışmanlığı sizinle genel tablo çıkarır, kira, elektrik ve hesabınızı güvenceye alır, alacaklılarla görüşür, gerekirse kişisel iflasta yardım eder. Grundsicherungsgeld (eski adıyla Bürgergeld), sosyal yardım veya düşük gelirle genelde ücretsizdir.',
  costs:
    'Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) veya sosyal yardım alıyorsanız masrafları genellikle Jobcenter veya Sozialamt (Sosyal Hizmetler Dairesi) karşılar. Düşük gelirde sosyal yardım kuruluşlarının danışma merkezlerinde danışmanlık çoğunlukla ücretsizdir; sizin için masraf çıkıp çıkmayacağını önceden sorun.',
  provider:
    "Hamm'daki tanınmış borç ve iflas danışma merkezleri, örneğin Katholischer Sozialdienst (KSD); masrafların karşılanması Kommunales Jobcenter Hamm veya Hamm Belediyesi Sozialamt'ı üzerinden",
  eligibilitySummary:
    "Hamm'da, borçlarıyla tek başına baş edemeyen kişiler için. Danışmanlık genellikle temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) veya sosyal yardım alanlar ve düşük gelirliler için ücretsizdir. Situations-Finder borcunuz olup olmadığını bilmez: Hizmeti Hamm'daki yüksek geliri olmayan ailelere “Duruma göre uygun olabilir” bölümünde gösterir. Hanenin geliri yılda 100.000 Euro'nun üzerindeyse göstermez; bu durumda da bir danışma merkezine başvurabilirsiniz, ama masraf çıkabileceğini hesaba katmalısınız.",
  synonyms:
    'borç danışmanlığı, borç, borçlar, iflas danışmanlığı, kişisel iflas, borçtan kurtulmak, ihtarname, icra, tahsilat şirketi, icra memuru, hesaba haciz, maaş haczi, P-Konto, haciz korumalı hesap, kira borcu, elektrik borcu, elektrik kesilmesi, taksitle ödeme, Schuldnerberatung, Insolvenzberatung, Privatinsolvenz, Inkasso, Pfändung, KSD Hamm',
  steps: [
    "Hamm'daki bir borç danışma merkezine başvurun. Nereye gideceğinizi bilmiyorsanız: Familienrathaus'taki aile hizmet masası (Familien-Service-Theke) size merkezleri söyler. Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) alıyorsanız Kommunales Jobcenter'daki yetkili kişinize de sorun.",
    "Hesabınıza haciz gelme tehlikesi varsa, vadesiz hesabınızı bankanızda hemen bir P-Konto'ya (haciz korumalı hesap) çevirtin.",
    'Alacaklılardan, tahsilat şirketlerinden (Inkasso) ve mahkemelerden gelen tüm mektupları – açılmamış olanları da – toplayın ve ilk randevuya getirin.',
    'Danışmanla birlikte bir plan yaparsınız: taksitler, uzlaşma veya tüketici iflası (Verbraucherinsolvenz).',
  ],
  documents: [
    'Alacaklılardan, tahsilat şirketlerinden ve mahkemelerden gelen tüm ihtarnameler, faturalar, sözleşmeler ve yazılar',
    'Gelir belgeleri ve örneğin temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), kira yardımı (Wohngeld), çocuk parası (Kindergeld) veya nafaka ile ilgili kararlar',
    'Son aylara ait banka hesap dökümleri',
    'Kira sözleşmesi ve sabit giderleri gösteren belgeler',
    'Kimlik kartı veya pasaport',
  ],
  ruleTexts: {
    'Sie haben wenig oder kein Einkommen aus Arbeit – dann ist die Schuldnerberatung für Sie in der Regel kostenlos.':
      'Çalışarak kazandığınız geliriniz az veya hiç yok – o zaman borç danışmanlığı sizin için genellikle ücretsizdir.',
    'Auch mit mittlerem Einkommen können Sie sich beraten lassen – fragen Sie vorher, ob für Sie Kosten entstehen.':
      'Orta düzeyde gelirle de danışmanlık alabilirsiniz – sizin için masraf çıkıp çıkmayacağını önceden sorun.',
    'Schulden, Mahnungen oder unbezahlte Rechnungen Sie belasten': 'borçlar, ihtarnameler veya ödenmemiş faturalar size yük oluyorsa',
  },
} satisfies SeedAngebotTranslation
