import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Mesleki eğitim yardımı (Berufsausbildungsbeihilfe – BAB)',
  summary:
    'Bir işletmede mesleki eğitim (Ausbildung) mi görüyorsunuz ve artık ebeveynlerinizin yanında yaşamıyor musunuz? Eğitim ücretiniz kira ve geçiminize yetmiyorsa Agentur für Arbeit (İş Ajansı) mesleki eğitim yardımı öder – geri ödenmeyen bir hibe olarak.',
  costs:
    'Miktar; eğitim ücretine, kiraya, yol masraflarına ve ebeveynlerin gelirine bağlıdır. BAB bir hibedir ve geri ödenmesi gerekmez. Başvuru ücretsizdir.',
  provider: 'Agentur für Arbeit (İş Ajansı; eğitim gören kişinin oturduğu yerdeki ajans yetkilidir)',
  eligibilitySummary:
    "İşletmede veya işletme dışında ilk mesleki eğitimini gören, ebeveynlerinin yanında yaşamayan – 18 yaşından küçüklerde yalnızca işletmeye evden makul bir sürede ulaşılamıyorsa – ve kendi parası ile ebeveynlerinin parası yetmeyen kişiler için. Situations-Finder BAB'ı hanedeki mesleki eğitim gören yetişkinler ve mesleki eğitim görüp evden taşınmış çocuklar için gösterir: gelir yoksa veya düşükse “uygun”, orta düzeyde gelirde “belki uygun”. Basitleştirme: Situations-Finder, işletmeye yol süresini ve eğitimin türünü kontrol etmez.",
  synonyms:
    'mesleki eğitim yardımı, çırak parası, Ausbildung parası, mesleki eğitimde kira yardımı, eğitim gören gencin evi, BAB, Berufsausbildungsbeihilfe, BAB-Rechner, Azubi Geld',
  steps: [
    "Agentur für Arbeit'ın BAB hesaplayıcısı (BAB-Rechner) ile hakkınız olup olmadığını hesaplayın.",
    "Başvurunuzu online veya yazılı olarak Agentur für Arbeit'a yapın – en iyisi eğitim başlamadan önce. BAB geriye dönük olarak en erken başvuru yaptığınız aydan itibaren ödenir.",
    'Ebeveynleriniz gelirleriyle ilgili bilgileri doldurur.',
  ],
  documents: [
    'Eğitim ücretinin yazılı olduğu mesleki eğitim sözleşmesi (Ausbildungsvertrag)',
    'Kira sözleşmesi veya konut masraflarını gösteren belge',
    'Ebeveynlerin gelir belgeleri (çoğunlukla iki yıl önceki vergi kararı – Steuerbescheid)',
    'İkamet belgesi (Meldebescheinigung)',
  ],
  deadline: 'Başvurduğunuz aydan itibaren, geriye dönük değil.',
  ruleTexts: {
    'Ihr Kind macht eine Ausbildung und wohnt nicht mehr bei Ihnen.': 'Çocuğunuz mesleki eğitim görüyor ve artık sizin yanınızda yaşamıyor.',
  },
} satisfies SeedAngebotTranslation
