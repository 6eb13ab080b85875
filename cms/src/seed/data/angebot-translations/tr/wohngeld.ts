import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Kira yardımı (Wohngeld)',
  summary:
    "Kira yardımı (Wohngeld), düşük gelirli haneler için kiraya – ya da ev sahibiyseniz konut masraflarına – yapılan bir katkıdır. Özellikle çocuklu ailelerin çoğu zaman bilmeden bu hakkı vardır. Hamm'da başvurunuzu belediyenin Wohngeld bürosuna (Wohngeldstelle) yaparsınız.",
  costs: 'Miktar kişiye göre hesaplanır. Sabit tutarlar yoktur. Başvuru ücretsizdir.',
  provider: 'Hamm Belediyesi (Stadt Hamm) – Amt für Soziales, Wohnen und Pflege, Wohngeld bölümü',
  eligibilitySummary:
    'Geliri konut masraflarına yetmeyen, ama geçimini bunun dışında kendisi sağlayan kiracılar ve kendi evinde oturan ev sahipleri için. Konut masraflarını da içeren temel gelir desteği (Grundsicherungsgeld), sosyal yardım veya sığınmacı yardımları alanlar ve tüm üyelerinin ilke olarak BAföG veya mesleki eğitim yardımı (Berufsausbildungsbeihilfe) alabileceği haneler hariçtir. Alman pasaportunuz yoksa AB hukukuna göre bir oturum hakkı, bir oturum izni (Aufenthaltstitel), Duldung veya Aufenthaltsgestattung yeterlidir; yalnızca mesleki eğitim yeri veya iş aramak için verilen izinlerde (Chancenkarte dahil) genellikle kira yardımı verilmez. Situations-Finder kira yardımını düşük gelirde “uygun”, orta düzeyde gelirde ve çalışarak kazanılan gelir yokken (örneğin emekli maaşı, işsizlik parası veya nafaka ile) “belki uygun” olarak gösterir. Basitleştirme: Kira, hane büyüklüğü ve tam gelir belirleyicidir; kira yardımı hesaplayıcısı (Wohngeldrechner) ilk bir tahmin verir. Situations-Finder oturum izninin türünü sormaz.',
  synonyms:
    'kira yardımı, kira desteği, kira parası, kira çok yüksek, konut yardımı, ev sahibi yardımı, kira yardımı hesaplama, Wohngeld, Mietzuschuss, Lastenzuschuss, Wohngeld Plus, Wohngeldrechner, Wohngeldstelle Hamm',
  steps: [
    'NRW eyaletinin kira yardımı hesaplayıcısı (Wohngeldrechner) ile başvurunun işe yarayıp yaramayacağını hesaplayın. Hesaplayıcı üzerinden başvuruyu online da yapabilirsiniz.',
    "Ya da başvurunuzu yazılı olarak Hamm Belediyesi'nin Wohngeld bürosuna yapın. Kira yardımı başvurunun ulaştığı aydan itibaren ödenir – süreyi korumak için serbest biçimde (formsuz) bir başvuru yeterlidir.",
    'Wohngeld bürosu isterse eksik belgeleri sonradan verin.',
    'Kira yardımı çoğunlukla on iki ay için onaylanır. Süre bitmeden zamanında devam başvurusu (Weiterleistungsantrag) yapın.',
  ],
  documents: [
    'Başvuru formu (kiracılar için Mietzuschuss veya ev sahipleri için Lastenzuschuss)',
    'Kira sözleşmesi ve ev sahibi belgesi (Vermieterbescheinigung; ilk başvuruda ve taşındıktan sonra)',
    'Tüm hane üyelerinin gelir belgeleri',
    'Başka bir yerden taşındıysanız: orada kira yardımı aldıysanız önceki Wohngeld bürosunun belgesi',
    'Alman pasaportunuz yoksa: oturum izniniz (Aufenthaltstitel)',
  ],
  deadline: 'Başvurduğunuz aydan itibaren, geriye dönük değil: başvurunuzu erken yapın.',
  ruleTexts: {
    'Ihr Einkommen ist gering – Wohngeld kann die Miete bezahlbar machen.': 'Geliriniz düşük – kira yardımı kirayı ödenebilir hale getirebilir.',
    'In Ihrem Haushalt lebt jemand, der weder studiert noch eine Ausbildung macht.':
      'Hanenizde üniversitede okumayan ve mesleki eğitim görmeyen biri yaşıyor.',
  },
} satisfies SeedAngebotTranslation
