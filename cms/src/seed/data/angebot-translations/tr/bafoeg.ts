import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Öğrenim desteği (BAföG – Ausbildungsförderung für Studium und Schule)',
  summary:
    'BAföG, ebeveynlerinizin parası ve kendi paranız yetmediğinde üniversite eğitimini veya bazı okul eğitimlerini ödemenize yardım eder. Üniversite öğrencileri paranın yarısını hibe olarak, diğer yarısını faizsiz borç (Darlehen) olarak alır; okul öğrencileri ise tamamını hibe olarak alır.',
  costs:
    "2026/27 kış döneminde 2024'ten beri geçerli olan tutarlar değişmeden devam ediyor: Kendi evinde yaşayan üniversite öğrencileri için en yüksek destek ayda 992 Euro'dur (temel ihtiyaç 475 Euro, konut payı 380 Euro, kendiniz sigortalıysanız sağlık sigortası için 102 Euro'ya kadar ve bakım sigortası için 35 Euro). Ebeveynlerinin yanında yaşayanlar 59 Euro konut payı alır. Federal hükümet, konut payının Nisan 2027'den itibaren 440 Euro'ya yükseltilmesini planlıyor; bizim kontrolümüz sırasında (2026 sonbaharı) bu henüz kesinleşmemişti. Başvuru ücretsizdir.",
  provider:
    "Üniversitenin Studierendenwerk'i (üniversite eğitimi için); Hamm Belediyesi Ausbildungsförderung dairesi (Amt für Ausbildungsförderung; okul öğrencileri için BAföG)",
  eligibilitySummary:
    "Üniversite öğrencileri ve desteklenen okullardaki öğrenciler için; eğitime başlarken genellikle 45 yaşından küçük olmaları ve kendi paralarının ve ebeveynlerinin parasının yetmemesi gerekir. Situations-Finder BAföG'ü üniversitede okuyan çocuklar (evden taşınmış olanlar da) ve üniversitede okuyan yetişkinler için gösterir: gelir yoksa veya düşükse “uygun”, orta veya yüksek gelirde “belki uygun”, çünkü çoğu zaman bir kısmı yine de ödenir. Basitleştirme: Okul öğrencileri için BAföG okul türüne ve konut durumuna bağlıdır ve Situations-Finder tarafından gösterilmez; oturum durumu ve mal varlığı kontrol edilmez.",
  synonyms:
    'öğrenim desteği, öğrenim kredisi, öğrenci parası, üniversite parası, burs, okul öğrencisi BAföG, BAföG, Bafög, Schüler-BAföG, Studierendenwerk, Ausbildungsförderung, BAföG Digital',
  steps: [
    'Başvurunuzu mümkünse üniversite eğitimi veya okul yılı başlamadan önce yapın. BAföG en erken başvurunun ulaştığı aydan itibaren ödenir – tüm belgeler henüz tamam olmasa bile başvuru, süreyi korur.',
    "Üniversite öğrencileri başvuruyu, üniversitelerinin Studierendenwerk'ine BAföG Digital üzerinden online yapar; okul öğrencileri ise ebeveynlerinin oturduğu yerdeki Ausbildungsförderung dairesine (Amt für Ausbildungsförderung) başvurur.",
    'Ebeveynleriniz gelirleriyle ilgili formları (Formblätter) doldurur.',
    'Her yıl zamanında devam başvurusu (Folgeantrag) yapın.',
  ],
  documents: [
    'Öğrenci belgesi (Immatrikulationsbescheinigung) veya okul belgesi (Schulbescheinigung)',
    'Ebeveynlerin gelir belgeleri (çoğunlukla iki yıl önceki vergi kararı – Steuerbescheid)',
    'Kendi gelirinizi ve mal varlığınızı gösteren belgeler',
    'Ebeveynlerinizin yanında yaşamıyorsanız kira sözleşmesi',
    'Sağlık sigortası belgesi',
  ],
} satisfies SeedAngebotTranslation
