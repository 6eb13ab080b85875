import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Sosyal yardım ve yaşlılıkta ve çalışma gücü kaybında temel güvence (Sozialhilfe und Grundsicherung im Alter und bei Erwerbsminderung)',
  summary:
    "Yaşı, hastalığı veya engeli yüzünden çalışamayan ve geçimi yetmeyen kişi sosyal yardım (Sozialhilfe) alır: temel ihtiyaç tutarı (Regelsatz), kira, ısınma. Engelli yetişkin çocuklar da kendi temel güvencesini (Grundsicherung) alabilir. Hamm'da belediyenin Sozialamt'ı (Sosyal Hizmetler Dairesi) öder.",
  costs:
    "2026 yılı aylık temel ihtiyaç tutarları (Regelsätze): bir evde partneri olmadan yaşayan yetişkinler için – ebeveynlerinin hanesinde yaşayan yetişkin bir çocuk için de – 563 Euro, partnerlerin her biri için 506 Euro, özel bir konut biçiminde (besondere Wohnform) 451 Euro, 471 Euro (14–17 yaş), 390 Euro (6–13 yaş), 357 Euro (5 yaşa kadar). Buna kira, ısınma ve ek ihtiyaçlar (Mehrbedarfe) eklenir. 2027 için yeniden hesaplama duyuruldu. Her yetişkin kişi için 10.000 Euro'ya kadar birikimi ve uygun bir arabayı elinizde tutabilirsiniz. Başvuru ücretsizdir.",
  provider: 'Sosyal yardımın sorumlusu olarak Hamm Belediyesi (Sozialamt)',
  eligibilitySummary:
    "Olağan olarak Almanya'da kalan, geçimini kendi geliri ve mal varlığıyla karşılayamayan ve yaş sınırına ulaşmış (doğum yılına göre 67 yaşına kadar yükselir; 1960 doğumlular 66 yaş 4 ayda ulaşır), kalıcı olarak tam çalışma gücünü kaybetmiş (18 yaşından itibaren) veya geçici olarak çalışamayan kişiler için. Zaten sosyal yardım alanlar hizmeti Situations-Finder'da “uygun” olarak görür. Diğer durumlarda Situations-Finder hizmeti yalnızca “Duruma göre uygun olabilir” bölümünde gösterir: Birinin ihtiyaç sahibi olup olmadığı emekli maaşına, gelire ve birikimlere bağlıdır; birinin çalışma gücünü kaybetmiş olup olmadığını ise emeklilik sigortası (Rentenversicherung) kontrol eder – Situations-Finder ikisini de sormaz. Hanenizde 66 yaşında veya daha büyük biri, emekli maaşı alan biri, çalışmayan engelli bir yetişkin veya engelli reşit bir çocuk yaşıyorsa hizmeti gösterir. Sığınmacı yardımları (Asylbewerberleistungen) alanlar sosyal yardım almaz. Basitleştirme: Hanenin geliri yılda 100.000 Euro'nun üzerindeyse Situations-Finder hizmeti göstermez – ebeveynlerden hiçbiri tek başına 100.000 Euro'dan fazla kazanmadığı sürece engelli reşit bir çocuk yine de temel güvence alabilir. Engel belirtilmeden yalnızca uzun süreli bir hastalık nedeniyle çalışamayan kişi tanınmaz.",
  synonyms:
    'sosyal yardım, temel güvence, yaşlılıkta temel güvence, emekli maaşı yetmiyor, düşük emekli maaşı, yaşlılıkta yoksulluk, çalışma gücü kaybı, çalışamıyorum, malulen emeklilik, engelliler atölyesi, engelli reşit çocuk, geçim yardımı, Sozialhilfe, Grundsicherung, Grundsicherung im Alter, Erwerbsminderung, Hilfe zum Lebensunterhalt, HLU, SGB XII, Sozialamt, Erwerbsminderungsrente, WfbM, Regelsatz',
  steps: [
    "Danışmanlık alın – örneğin Familienrathaus'taki aile hizmet masasında (Familien-Service-Theke); orada size Sozialamt'taki yetkili birim söylenir.",
    "Başvurunuzu Hamm Belediyesi'ne yapın. Temel güvence yalnızca başvuru üzerine ve başvurunun ulaştığı aydan itibaren verilir – bu yüzden başvuruyu erken yapın, gerekirse serbest biçimde (formsuz).",
    'Konu kalıcı çalışma gücü kaybıysa ve bu henüz kontrol edilmediyse, Sozialamt bunu emeklilik sigortasına (Rentenversicherung) kontrol ettirir. Elinizdeki kararlar ve raporlar bunu hızlandırır.',
    "Sozialamt'ın sizden istediği belgeleri verin ve daha sonra gelir, kira veya hanedeki her değişikliği bildirin.",
  ],
  documents: [
    'Kimlik kartı veya pasaport; Alman pasaportunuz yoksa oturum izniniz (Aufenthaltstitel)',
    'Kira sözleşmesi ile yan giderleri ve ısınma masraflarını gösteren belgeler',
    'Emeklilik kararları ve diğer gelir belgeleri (çocuk parası – Kindergeld ve nafaka da)',
    'Son aylara ait banka hesap dökümleri ve mal varlığı belgeleri',
    'Sağlık sigortası belgesi',
    'Varsa: ağır engelli kimliği (Schwerbehindertenausweis), çalışma gücü kaybı emekli maaşı (Erwerbsminderungsrente) kararı, engelliler atölyesinin (Werkstatt für behinderte Menschen) belgesi',
  ],
  ruleTexts: {
    'Sie bekommen schon Sozialhilfe oder Grundsicherung – hier finden Sie, was dazugehört und was Sie bei Änderungen tun.':
      'Zaten sosyal yardım veya temel güvence alıyorsunuz – burada buna nelerin ait olduğunu ve değişikliklerde ne yapacağınızı bulabilirsiniz.',
    'In Ihrem Haushalt lebt jemand, der die Altersgrenze erreicht hat oder bald erreicht (Jahrgang 1960: 66 Jahre und 4 Monate, ab Jahrgang 1964: 67 Jahre).':
      'Hanenizde yaş sınırına ulaşmış veya yakında ulaşacak biri yaşıyor (1960 doğumlular: 66 yaş 4 ay, 1964 ve sonrası doğumlular: 67 yaş).',
    'In Ihrem Haushalt lebt jemand mit Rente – reicht sie nicht zum Leben, kann die Sozialhilfe aufstocken.':
      'Hanenizde emekli maaşı alan biri yaşıyor – maaş geçinmeye yetmiyorsa sosyal yardım tamamlayabilir.',
    'In Ihrem Haushalt lebt ein Erwachsener mit Behinderung, der nicht arbeitet.': 'Hanenizde çalışmayan engelli bir yetişkin yaşıyor.',
    'die erwachsene Person mit Behinderung wegen ihrer Krankheit oder Behinderung weniger als drei Stunden am Tag arbeiten kann':
      'engelli yetişkin, hastalığı veya engeli nedeniyle günde üç saatten az çalışabiliyorsa',
    'Ihr Haushalt hat kein Einkommen über 100.000 Euro im Jahr.': "Hanenizin yılda 100.000 Euro'nun üzerinde geliri yok.",
    'Rente, Einkommen und Ersparnisse nicht zum Leben reichen': 'emekli maaşı, gelir ve birikimler geçinmeye yetmiyorsa',
    'Ihr volljähriges Kind hat eine Behinderung. Es kann eigene Grundsicherung bekommen – Ihr Einkommen als Eltern zählt dabei nicht.':
      'Reşit çocuğunuzun bir engeli var. Kendi temel güvencesini alabilir – bunda sizin ebeveyn olarak geliriniz sayılmaz.',
    'Ihr Kind wegen seiner Behinderung auf Dauer weniger als drei Stunden am Tag arbeiten kann (zum Beispiel in einer Werkstatt für behinderte Menschen arbeitet)':
      'çocuğunuz engeli nedeniyle kalıcı olarak günde üç saatten az çalışabiliyorsa (örneğin engelliler atölyesinde – Werkstatt für behinderte Menschen – çalışıyorsa)',
  },
} satisfies SeedAngebotTranslation
