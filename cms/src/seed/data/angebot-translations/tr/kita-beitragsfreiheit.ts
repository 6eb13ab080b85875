import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Kreşte ve gündüz bakıcısında ücret muafiyeti (Beitragsfreiheit in Kita und Kindertagespflege)',
  summary:
    "NRW'de okuldan önceki son iki kreş (Kita) yılı ücretsizdir. Hamm'da ayrıca yalnızca bir çocuk için ödersiniz. Temel gelir desteği (Grundsicherungsgeld, eski Bürgergeld), Wohngeld, Kinderzuschlag, Sozialhilfe veya Asylbewerberleistungen alıyorsanız ya da geliriniz düşükse ücret ödemezsiniz.",
  costs:
    'Muafiyetin kendisi ücretsizdir. Kreşteki öğle yemeği ebeveyn katkı payından ayrıdır ve çoğunlukla ödenmeye devam etmelidir – eğitim ve katılım yardımı (Bildung und Teilhabe, YouCardHamm) üzerinden almıyorsanız.',
  provider: "Hamm Belediyesi Jugendamt'ı (ebeveyn katkı payları)",
  eligibilitySummary:
    "Kreşte (Kita) veya gündüz bakıcısında çocuğu olan Hamm'daki aileler; şu durumlarda: (a) çocuk 30 Eylül'e kadar dört yaşını doldurduysa – o zaman o yılın 1 Ağustos'undan okula başlayana kadar (ancak Ekim'de veya daha sonra dört yaşına giren, bir sonraki 1 Ağustos'a kadar öder), (b) aile temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım, sığınmacı yardımları, ek çocuk parası veya kira yardımı alıyorsa, (c) gelir Hamm yönetmeliğindeki ücret muafiyeti sınırının altındaysa veya (d) kardeşler için, zaten bir çocuk için ödeme yapıldığı sürece.",
  synonyms:
    'kreş ücreti muafiyeti, ücretsiz kreş, kreş ücreti, kreş parası, ebeveyn katkı payı, kardeş indirimi, kardeş, son kreş yılı, okul öncesi yıl, Beitragsfreiheit, beitragsfrei, Kita-Gebühren, Elternbeitrag, Kita-Beitrag, Beitragsbefreiung, Geschwisterkind',
  steps: [
    'Son iki kreş yılındaki ve kardeşler için ücret muafiyetini Jugendamt kendiliğinden dikkate alır. Katkı payı kararınızı (Beitragsbescheid) kontrol edin.',
    "Bakımın başında gelirinizle ilgili öz beyanı (Selbsteinschätzung) Jugendamt'a verin. Geliriniz muafiyet sınırının altındaysa ücret belirlenmez.",
    "Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım, sığınmacı yardımları, kira yardımı (Wohngeld) veya ek çocuk parası (Kinderzuschlag) mı alıyorsunuz? Jugendamt'a güncel kararınızın fotokopisiyle birlikte serbest biçimde (formsuz) bir başvuru gönderin.",
    "Geliriniz değişirse bunu Jugendamt'a bildirin. O zaman ücret uyarlanır.",
  ],
  documents: [
    "Ebeveyn geliriyle ilgili öz beyan (Jugendamt'ın formu)",
    'Varsa: temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım, sığınmacı yardımları, kira yardımı veya ek çocuk parası için güncel karar (Bescheid)',
    'Daha sonra: kesin belirleme için gelir vergisi kararı (Einkommensteuerbescheid) veya diğer gelir belgeleri',
  ],
  ruleTexts: {
    'Ihr Kind ist bis zum 30. September vier Jahre alt geworden. Ab dem 1. August dieses Jahres bis zur Einschulung ist die Kita in NRW beitragsfrei.':
      "Çocuğunuz 30 Eylül'e kadar dört yaşını doldurdu. NRW'de o yılın 1 Ağustos'undan okula başlayana kadar kreş ücretsizdir.",
    'Wer Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld bekommt, zahlt keinen Kita-Beitrag.':
      'Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım, sığınmacı yardımları, ek çocuk parası veya kira yardımı (Wohngeld) alan kişi kreş ücreti ödemez.',
    'Ohne eigenes Erwerbseinkommen liegen Familien in der Regel unter der Beitragsfreigrenze der Stadt Hamm und zahlen keinen Kita-Beitrag.':
      "Çalışarak kazanılan kendi geliri olmayan aileler genellikle Hamm Belediyesi'nin ücret muafiyeti sınırının altında kalır ve kreş ücreti ödemez.",
    'Mehrere Kinder aus Ihrer Familie werden betreut. In Hamm zahlen Sie nur für ein Kind – Geschwisterkinder sind beitragsfrei.':
      "Ailenizden birden fazla çocuk bakım alıyor. Hamm'da yalnızca bir çocuk için ödersiniz – kardeşler için ücret alınmaz.",
  },
} satisfies SeedAngebotTranslation
