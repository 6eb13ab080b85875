import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Yasal sağlık sigortasında aile sigortası (Familienversicherung)',
  summary:
    "Yasal sağlık sigortalıların çocukları çoğunlukla ücretsiz sigortaya dahildir: 18 yaşına kadar, çalışmıyorlarsa 23, okulda, üniversitede veya gönüllü hizmette 25 yaşına kadar. Geliri az olan eşler ve kayıtlı hayat partnerleri de dahil olabilir – 2026'da ayda 565 Euro'ya, Minijob'da 603 Euro'ya kadar.",
  costs: 'Ücretsiz: Sigortaya dahil olan aile bireyleri için prim ödemezsiniz, bakım sigortası için de.',
  provider: 'Sigortalı ebeveynin veya eşin yasal sağlık sigortası (gesetzliche Krankenkasse)',
  eligibilitySummary:
    "Yasal sağlık sigortalı kişilerin; Almanya'da yaşayan, kendileri zorunlu sigortalı veya ana meslek olarak serbest çalışan olmayan ve 2026'da düzenli olarak ayda en fazla 565 Euro geliri olan (Minijob'da 603 Euro) çocukları ile eşleri ve kayıtlı hayat partnerleri için. Çocuklar 18 yaşına kadar, çalışmıyorlarsa 23 yaşına kadar, okulda, üniversitede veya gönüllü hizmette 25 yaşına kadar, engelliyse yaş sınırı olmadan. Situations-Finder, hanenizde yasal sigortalı biri varsa bu hizmeti çocuklarınız için “uygun” olarak gösterir. Ebeveynlerden biri özel sigortalıysa, orta veya daha yüksek gelirde yalnızca “belki uygun” olarak gösterir, çünkü o zaman iki ebeveynin geliri belirleyicidir. Basitleştirme: Çocuğunuzun örneğin ücretli bir mesleki eğitim nedeniyle zaten kendisinin sigortalı olup olmadığını veya izin verilenden fazla kazanıp kazanmadığını kontrol etmez. Evli olup olmadığınızı sormaz: Hanedeki bir yetişkin evdeyse veya üniversitede okuyorsa, hizmeti onun için yalnızca “duruma göre uygun olabilir” olarak gösterir.",
  synonyms:
    'aile sigortası, çocuk sağlık sigortası, ücretsiz sigorta, eşi sigortaya dahil etmek, bebeği sigortaya kaydettirmek, öğrenci sağlık sigortası, Minijob sigorta, gelir sınırı, Familienversicherung, familienversichert, mitversichert, Krankenkasse',
  steps: [
    'Doğumdan sonra bebeğinizi sağlık sigortanıza (Krankenkasse) aile sigortası için kaydettirin. Çoğu sigortanın bunun için bir anket formu vardır; çoğu zaman online veya uygulamada da.',
    'İki ebeveyn de yasal sigortalıysa, çocuğunuzun hangi ebeveyn üzerinden sigortaya dahil olacağını seçersiniz.',
    'Bir şey değişirse sağlık sigortasına haber verin: Çocuğunuz mesleki eğitime veya bir işe başlarsa, okulu ya da üniversiteyi bitirirse veya izin verilenden fazla kazanırsa. Sigorta bu bilgileri çoğunlukla yılda bir kez sorar.',
    '18. yaş gününden itibaren: Aile sigortasının devam etmesi için sağlık sigortasına okul, üniversite veya gönüllü hizmet belgesi gönderin.',
  ],
  documents: [
    'Sağlık sigortanızın aile sigortası anket formu',
    'Çocuğun doğum belgesi (Geburtsurkunde veya Geburtsbescheinigung)',
    '18 yaşından itibaren: okul, üniversite veya gönüllü hizmet belgesi',
    'Kendi geliri varsa: belgeler, örneğin Minijob maaş bordrosu',
    'Ebeveynlerden biri özel sigortalıysa: onun gelirini gösteren belge',
  ],
  ruleTexts: {
    'In Ihrem Haushalt ist jemand gesetzlich krankenversichert. Ihre Kinder können dort kostenlos mitversichert werden, solange sie nicht selbst versichert sind und wenig eigenes Einkommen haben.':
      'Hanenizde yasal sağlık sigortalı biri var. Çocuklarınız, kendileri sigortalı olmadıkları ve kendi gelirleri az olduğu sürece bu sigortaya ücretsiz olarak dahil olabilir.',
    'Sie verheiratet sind oder in eingetragener Lebenspartnerschaft leben: Dann ist auch ein Partner ohne eigene Versicherung mitversichert, der 2026 höchstens 565 Euro im Monat hat (im Minijob 603 Euro)':
      "evliyseniz veya kayıtlı hayat ortaklığında (eingetragene Lebenspartnerschaft) yaşıyorsanız: Kendi sigortası olmayan, 2026'da ayda en çok 565 Euro geliri olan (Minijob'da 603 Euro) partner de dahildir",
  },
} satisfies SeedAngebotTranslation
