import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Gündüz bakıcısı (Kindertagespflege – Tagesmutter veya Tagesvater)',
  summary:
    "Bir gündüz bakıcısı (Tagesmutter veya Tagesvater), çocuğunuza en fazla beş çocuktan oluşan küçük bir grupta bakar – çoğu zaman esnek saatlerle. Hamm'da özellikle üç yaşından küçük çocuklar için. Jugendamt, kontrol edilmiş gündüz bakıcılarını size bulur.",
  costs:
    "Gündüz bakıcısının ücretini Jugendamt öder. Siz, Hamm Belediyesi'nin ebeveyn katkı payı yönetmeliğine (Elternbeitragssatzung) göre bir katkı payı ödersiniz – bu, gelire ve bakım süresine göre belirlenir ve bir kreş (Kita) yeri için ödenenden yüksek değildir. Kardeşler için ücret alınmaz. Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım (Sozialhilfe), sığınmacı yardımları (Asylbewerberleistungen), kira yardımı (Wohngeld) veya ek çocuk parası (Kinderzuschlag) alıyorsanız, başvuru üzerine hiçbir şey ödemezsiniz.",
  provider:
    "Hamm Belediyesi Jugendamt'ı (çocuk bakımı danışma ve yönlendirme birimi – Beratungs- und Vermittlungsstelle Kindertagesbetreuung) ve nitelikli gündüz bakıcıları",
  eligibilitySummary:
    "Özellikle Hamm'daki üç yaşından küçük çocuklar: ilk yaş gününden itibaren yasal hakla; bir yaşından küçük çocuklar için, iki ebeveyn de (veya tek ebeveyn) çalışıyorsa, mesleki eğitim görüyorsa, üniversitede okuyorsa, iş arıyorsa veya Jobcenter'ın bir programına katılıyorsa – ya da bakım çocuğun gelişimi için gerekliyse (§ 24 Abs. 1 SGB VIII). Daha büyük çocuklar için, kreş (Kita) veya açık tam gün okul bakım saatlerini karşılamıyorsa ek olarak.",
  synonyms:
    'gündüz bakıcısı, çocuk bakıcısı, bakıcı anne, bakıcı baba, günlük bakım, 3 yaş altı bakım, kreş, vardiyalı çalışma, esnek bakım, Kindertagespflege, Tagespflege, Tagesmutter, Tagesvater, Tageseltern, Großtagespflege, U3-Betreuung, Krippe',
  steps: [
    "Jugendamt'ın çocuk bakımı danışma ve yönlendirme birimini arayın (02381 17-6399) veya Hamm Belediyesi'nin Kitaportal'ında gündüz bakıcısı arayın.",
    'Gündüz bakıcısıyla tanışın ve bakım yapılan yerleri görün.',
    'Bir alışma dönemi (Eingewöhnung) kararlaştırın ve bakım sözleşmesini yapın.',
    "Gelirinizle ilgili öz beyanı (Selbsteinschätzung) Jugendamt'a verin. Ardından ebeveyn katkı payı hakkında bir karar (Bescheid) alırsınız.",
  ],
  documents: [
    'Çocuğun doğum belgesi (Geburtsurkunde) veya kimlik belgesi',
    'İş, mesleki eğitim, üniversite veya iş arama belgesi (bir yaşından küçük çocuklar için ve bakım süresi için)',
    "Ebeveyn geliriyle ilgili öz beyan (Jugendamt'ın formu)",
  ],
  ruleTexts: {
    'Ihr Kind ist zwischen einem und drei Jahren alt – genau dafür ist die Kindertagespflege in Hamm gedacht.':
      "Çocuğunuz bir ile üç yaş arasında – Hamm'da gündüz bakıcılığı tam olarak bunun için var.",
    'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).':
      'Bebeğiniz bir yaşından küçük ve hanedeki tüm ebeveynler çalışıyor, eğitim görüyor veya iş arıyor – o zaman bebeğinizin de bakım desteği hakkı var (§ 24 Abs. 1 SGB VIII).',
    'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt':
      "bakım bebeğinizin gelişimi için gerekliyse veya Jobcenter'ın işe yerleştirme amaçlı bir programına katılıyorsanız – bunu Jugendamt kontrol eder",
  },
} satisfies SeedAngebotTranslation
