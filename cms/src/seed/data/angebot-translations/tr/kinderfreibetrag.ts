import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Çocuk vergi muafiyeti (Kinderfreibetrag – vergide çocuklar için muafiyet tutarları)',
  summary:
    "Her çocuk için gelirinizin bir kısmı vergiden muaf kalır: 2026'da yılda 9.756 Euro'ya kadar. Finanzamt (Vergi Dairesi), vergi beyannamesinde muafiyet tutarının mı yoksa çocuk parasının (Kindergeld) mı sizin için daha avantajlı olduğunu kendiliğinden kontrol eder.",
  costs:
    '2026 itibarıyla: çocuk vergi muafiyeti 6.828 Euro ve bakım, yetiştirme ve eğitim için muafiyet (BEA-Freibetrag) 2.928 Euro, toplam çocuk başına yılda 9.756 Euro (ayrı vergilendirmede her ebeveyn için yarısı). Hesabınıza para yatmaz; daha az vergi ödersiniz.',
  provider: 'Finanzamt Hamm (Vergi Dairesi)',
  eligibilitySummary:
    "Gelir vergisi ödeyen; 18 yaşından küçük çocukları veya okulda, mesleki eğitimde, üniversitede ya da gönüllü hizmette olan 18–24 yaş arası çocukları olan ebeveynler için. Muafiyet tutarları çoğu zaman ancak yüksek gelirde çocuk parasından belirgin şekilde daha fazla kazandırır. Bu yüzden Situations-Finder bu hizmeti, hanenin vergiye tabi geliri 100.000 Euro'nun üzerindeyse “uygun”, orta düzeyde gelirde “belki uygun” olarak gösterir. Kesin sınır, vergi oranınıza ve çocuk sayısına bağlıdır.",
  synonyms:
    'çocuk vergi muafiyeti, çocuk indirimi vergi, vergide çocuk, vergi beyannamesi çocuk, çocuk parası mı muafiyet mi, Kinderfreibetrag, Freibetrag für Kinder, BEA-Freibetrag, Günstigerprüfung, Kinderfreibetragszähler, Finanzamt',
  steps: [
    'Çocuklarınızı gelir vergisi beyannamesinde (çocuk eki – Anlage Kind) belirtin; en kolayı online ELSTER üzerinden.',
    'Finanzamt Hamm çocuk parasını ve muafiyet tutarlarını kendiliğinden karşılaştırır ve sizin için daha avantajlı olanı hesaplar.',
    "Ücret vergisi belgenizde (Lohnsteuerbescheinigung) veya ELSTER'de çocuk muafiyeti sayısının (Kinderfreibetragszähler) doğru olup olmadığını kontrol edin. Yanlış kayıtları Finanzamt düzeltir.",
  ],
  documents: [
    'Sizin ve çocuklarınızın vergi kimlik numaraları (Steuer-ID)',
    'Ödenen çocuk parasıyla (Kindergeld) ilgili bilgiler',
    '18 yaş ve üzeri çocuklar için: okul, mesleki eğitim, üniversite veya gönüllü hizmet belgesi',
  ],
  ruleTexts: {
    'Bei Ihrem Einkommen sparen die Freibeträge mehr Steuern als das Kindergeld.':
      'Gelirinize göre, muafiyet tutarları çocuk parasından daha fazla vergi tasarrufu sağlıyor.',
  },
} satisfies SeedAngebotTranslation
