import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Eğitim çeki – ücreti ödenen ileri eğitim ve meslek değiştirme eğitimi (Bildungsgutschein)',
  summary:
    "İşsiz misiniz, işiniz tehlikede mi, meslek diplomanız yok mu? Agentur für Arbeit eğitim çekiyle (Bildungsgutschein) ileri eğitimi veya meslek değiştirme eğitimini (Umschulung) öder – yolu ve çocuk başına ayda 160 Euro'ya kadar çocuk bakımını da. Meslek diploması için 2.500 Euro'ya kadar prim var.",
  costs:
    "Sizin için ücretsiz: kurs, sınavlar, yol masrafları ve gerekirse konaklama ödenir; çocuk bakımı için çocuk başına ayda 160 Euro'ya kadar ödenir. Meslek diplomasına götüren bir meslek değiştirme eğitiminde ayrıca ayda 150 Euro ileri eğitim parası (Weiterbildungsgeld; işsizler ve Grundsicherungsgeld – eski adıyla Bürgergeld – alanlar için) ve başarılı sınavlar için 1.000 ve 1.500 Euro prim verilir.",
  provider:
    'Agentur für Arbeit Hamm; temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) alanlar için Kommunales Jobcenter Hamm ile birlikte; gençler için ayrıca Jugendberufsagentur Hamm',
  eligibilitySummary:
    "İşsiz olan veya işsiz kalma tehlikesi olan yetişkinler, meslek diploması olmayan kişiler ve aileye ayrılan bir dönemden sonra mesleğe geri dönmek isteyen ebeveynler için – temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) alsalar da almasalar da. İleri eğitim gerekliyse ve Agentur für Arbeit bunu bir danışmanlık görüşmesinden sonra onaylarsa desteklenir. Situations-Finder bu hizmeti işsizlere, ev işleri ve aileyle ilgilenen yetişkinlere ve Grundsicherungsgeld veya işsizlik parası (Arbeitslosengeld) alan hanelere yalnızca “belki uygun” olarak gösterir, çünkü meslek diplomasını ve ihtiyacı sormaz. Meslek diploması olmayan veya işi tehlikede olan çalışanlara göstermez – yine de Agentur für Arbeit'a sorun.",
  synonyms:
    'eğitim çeki, eğitim kuponu, ileri eğitim, meslek değiştirme, meslek edinme, meslek kursu, kurs parası, meslek diploması almak, işe geri dönüş, işsiz, İş Ajansı, iş kurumu, Bildungsgutschein, Weiterbildung, Umschulung, Weiterbildungsgeld, Agentur für Arbeit, Arbeitsamt, Jobcenter',
  steps: [
    "Agentur für Arbeit'tan bir danışmanlık görüşmesi için randevu alın. Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) alıyorsanız önce Kommunales Jobcenter Hamm'daki yetkili kişinizle konuşun. 25 yaşından küçük gençler Jugendberufsagentur'a da gidebilir.",
    'Önceden hangi mesleği hedeflediğinizi düşünün ve diploma ve belgelerinizi (Zeugnisse) yanınızda getirin. Görüşmede ileri eğitimin gerekli olup olmadığı ve hangisinin uygun olduğu netleştirilir.',
    'Destek onaylanırsa eğitim çekini (Bildungsgutschein) alırsınız. Çekin süresi dolmadan, destek için onaylanmış (zugelassen) bir kurs ve eğitim kurumu bulun.',
    'Çeki eğitim kurumuna verin. İleri eğitime ancak Agentur für Arbeit onay verdikten sonra başlayın.',
    'Danışmanlık görüşmesinde yol ve çocuk bakımı masraflarını da konuşun. Primler, sınavları geçtikten sonra verilir.',
  ],
  documents: [
    'Kimlik kartı veya pasaport; Alman pasaportunuz yoksa oturum izniniz (Aufenthaltstitel)',
    'Özgeçmiş, okul ve iş belgeleri (Zeugnisse), meslek diplomaları',
    'Varsa: işten çıkarılma yazısı (Kündigung) veya işsizlik parası (Arbeitslosengeld) ya da temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) kararı',
    'Çocuk bakımı masrafları için: bakımı ve masraflarını gösteren belgeler',
  ],
  ruleTexts: {
    'In Ihrem Haushalt ist jemand ohne Arbeit – die Agentur für Arbeit kann eine Weiterbildung oder Umschulung bezahlen.':
      'Hanenizde işi olmayan biri var – Agentur für Arbeit bir ileri eğitimin veya meslek değiştirme eğitiminin ücretini ödeyebilir.',
    'In Ihrem Haushalt kümmert sich jemand um Haushalt und Familie – für den Wiedereinstieg in den Beruf kann eine Weiterbildung gefördert werden.':
      'Hanenizde ev işleri ve aileyle ilgilenen biri var – mesleğe geri dönüş için bir ileri eğitim desteklenebilir.',
    'die Agentur für Arbeit eine Weiterbildung für nötig hält, damit Sie Arbeit finden, Arbeitslosigkeit vermeiden oder einen fehlenden Berufsabschluss nachholen':
      'Agentur für Arbeit, iş bulmanız, işsiz kalmamanız veya eksik meslek diplomanızı tamamlamanız için bir ileri eğitimi gerekli görürse',
  },
} satisfies SeedAngebotTranslation
