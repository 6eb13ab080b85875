import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld)',
  summary:
    "Temmuz 2026'dan beri Bürgergeld'in adı Grundsicherungsgeld'dir (temel gelir desteği). Gelir ve mal varlığı yetmediğinde geçimi sağlar – çalışabilecek durumdaki yetişkinler ve çocukları için: temel ihtiyaç (Regelbedarf), kira ve ısınma. Hamm'da Kommunales Jobcenter yetkilidir.",
  costs:
    '2026 yılında aylık temel ihtiyaç tutarları (Regelbedarfe) şöyledir: 563 Euro yalnız yaşayanlar ve tek ebeveynler için, 506 Euro partnerlerin her biri için, 451 Euro ebeveynlerinin hanesinde yaşayan 25 yaş altı yetişkinler için, 471 Euro gençler için, yaş 14–17, 390 Euro çocuklar için, yaş 6–13, 357 Euro 5 yaşa kadar çocuklar için. Buna uygun miktarda kira ve ısınma masrafları ile gerekirse ek ihtiyaçlar (Mehrbedarfe) eklenir. Mal varlığı, kişi başına yaşa göre kademeli olarak 5.000 ile 20.000 Euro arasındaki bir muafiyet tutarına kadar korunur. Başvuru ücretsizdir.',
  provider: 'Kommunales Jobcenter Hamm (KJC)',
  eligibilitySummary:
    "Emeklilik yaşının altında olan, kendi geçimini ve ailesinin geçimini karşılayamayan, çalışabilecek durumdaki yetişkinler ve çocukları için. Alman pasaportunuz yoksa bir oturum hakkına ihtiyacınız var; iltica sürecindeki ve Duldung belgesi olan kişiler bunun yerine sığınmacı yardımları (Asylbewerberleistungen) alır. Situations-Finder temel gelir desteğini, çalışarak kazanılan gelir yoksa “uygun”, düşük gelirde “belki uygun” olarak gösterir. Geçici korumanız varsa (örneğin Ukrayna'dan), yalnızca “belki uygun” olarak gösterir, çünkü bu, oturum izninizin ne zaman verildiğine de bağlıdır. Basitleştirme: Situations-Finder mal varlığını, işsizlik parası (Arbeitslosengeld) veya nafaka gibi diğer gelirleri, oturum izninizin türünü ve çalışabilir durumda olup olmadığınızı kontrol etmez.",
  synonyms:
    'temel gelir desteği, sosyal yardım parası, işsizlik yardımı, Jobcenter parası, geçim yardımı, maaş desteği, Grundsicherungsgeld, Bürgergeld, Grundsicherung, Neue Grundsicherung, Hartz IV, Hartz 4, ALG 2, Arbeitslosengeld II, Jobcenter, KJC, Regelsatz, Regelbedarf, Sozialgeld',
  steps: [
    "Başvurunuzu Kommunales Jobcenter Hamm'a yapın. Temel gelir desteği, başvuru yaptığınız ayın ilk gününden itibaren ödenir – serbest biçimde (formsuz) yapılan bir başvuru da süreyi korur.",
    'Ana başvuru formunu (Hauptantrag) ve ekleri (Anlagen) doldurun ve belgeleri verin; mal varlığınızla ilgili belgeleri de.',
    "Jobcenter'daki yetkili kişinizle iş, mesleki eğitim ve çocuk bakımı hakkında konuşun. Randevulara gidin veya geçerli bir nedenle iptal edin – yoksa yardımınız azaltılır.",
    'Onay süresi (Bewilligungszeitraum) bitmeden zamanında devam başvurusu (Weiterbewilligungsantrag) yapın.',
  ],
  documents: [
    'Kimlik kartı veya pasaport; Alman pasaportunuz yoksa oturum izniniz (Aufenthaltstitel)',
    'Kira sözleşmesi ile yan giderleri ve ısınma masraflarını gösteren belgeler',
    'Son aylara ait banka hesap dökümleri',
    'Gelir belgeleri (maaş, çocuk parası – Kindergeld, nafaka, diğer yardımlar)',
    'Mal varlığı belgeleri (hesaplar, birikim sözleşmeleri, menkul kıymetler)',
  ],
  deadline: 'Başvurduğunuz ayın ilk gününden itibaren – resmi olmayan kısa bir başvuru da bu tarihi korur.',
  ruleTexts: {
    'In Ihrem Haushalt lebt eine erwachsene Person im erwerbsfähigen Alter mit passendem Aufenthaltsstatus.':
      'Hanenizde, çalışma yaşında ve uygun oturum durumuna sahip bir yetişkin yaşıyor.',
    'Ihr Aufenthaltsrecht Grundsicherungsgeld öffnet – bei vorübergehendem Schutz aus der Ukraine hängt das auch davon ab, wann Ihre Aufenthaltserlaubnis erteilt wurde':
      "oturum hakkınız temel gelir desteği (Grundsicherungsgeld) almanıza izin veriyorsa – Ukrayna'dan gelip geçici koruma altındaysanız bu, oturum izninizin ne zaman verildiğine de bağlıdır",
    'Sie haben kein Einkommen aus Arbeit.': 'Çalışarak kazandığınız bir geliriniz yok.',
  },
} satisfies SeedAngebotTranslation
