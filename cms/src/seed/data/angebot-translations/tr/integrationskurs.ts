import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: "Uyum kursu: Almanca öğrenmek ve Almanya'daki hayatı tanımak (Integrationskurs)",
  summary:
    "Uyum kursunda (Integrationskurs) B1 seviyesine kadar Almanca öğrenir, Almanya'da günlük hayatı, tarihi ve hakları tanırsınız. Tanınmış mülteciler ile çalışmak veya aile yanına gelmek için yeni gelen birçok kişi hak sahibidir. Temel gelir desteği (Grundsicherungsgeld) veya düşük gelirle ücretsizdir.",
  costs:
    "Katkı payı ders saati başına 2,29 Euro'dur, yani 700 saatlik bir kurs için 1.603 Euro; bunu 100 saatlik her kurs bölümü için ayrı ayrı ödersiniz. Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım (Sozialhilfe) veya sığınmacı yardımları (Asylbewerberleistungen) alanlar ya da az kazananlar, başvuru üzerine ücretten muaf tutulur. Kursu iki yıl içinde başarıyla bitirirseniz, ödediğinizin yarısını geri alırsınız. Bitirme sınavları ücretsizdir; uzak yollar için yol masrafı desteği vardır.",
  provider: "Bundesamt für Migration und Flüchtlinge (BAMF – Federal Göç ve Mülteci Dairesi) ve Hamm'daki onaylı kurs kurumları",
  eligibilitySummary:
    "Hak sahipleri: Çalışmak, aile birleşimi veya belirli insani nedenlerle (örneğin tanınmış mülteci olarak veya ikincil koruma – subsidiärer Schutz ile) ilk kez oturum izni (Aufenthaltserlaubnis) almış göçmenler; bundan sonraki bir yıl içinde ve yeterince Almanca konuşamıyorlarsa. Yabancılar Dairesi (Ausländerbehörde) veya Jobcenter kursa katılımı zorunlu kılabilir. Gönüllü katılım izni (AB vatandaşları, Ukrayna'dan gelenler, sığınmacılar, Duldung belgesi olanlar) 2026'da askıya alınmıştır. Situations-Finder kursu tanınmış mültecilere “uygun” olarak gösterir. Başka bir oturum izniyle yalnızca “belki uygun” olarak gösterir, çünkü iznin türünü sormaz; temel gelir desteği alan geçici koruma altındaki kişilere de aynı şekilde, çünkü Jobcenter onları kursa katılmakla yükümlü kılabilir. Basitleştirme: Yeterince Almanca konuşup konuşmadığınızı ve oturum izninizin ne zaman verildiğini Situations-Finder sormaz.",
  synonyms:
    "uyum kursu, entegrasyon kursu, Almanca kursu, dil kursu, Almanca öğrenmek, oryantasyon kursu, B1, DTZ, Almanya'da yaşam, katılım belgesi, kurs ücreti muafiyeti, ebeveyn kursu, kadın kursu, okuma yazma kursu, Integrationskurs, Deutschkurs, Sprachkurs, Berechtigungsschein, BAMF",
  steps: [
    "Kursa katılma hakkınız veya yükümlülüğünüz mü var? O zaman Yabancılar Dairesi'nden (Ausländerbehörde) veya Jobcenter'dan bir katılım belgesi (Berechtigungsschein) alırsınız.",
    "Hamm'da bir kurs kurumu bulun ve oraya kaydolun. Önce bir seviye tespit sınavına girersiniz.",
    "Temel gelir desteği, sosyal yardım veya sığınmacı yardımları alıyorsanız ya da az kazanıyorsanız, kurs başlamadan önce BAMF'a katkı payından muafiyet için başvurun. Kurs kurumu bunda size yardım eder.",
    'Kurstan sonra bitirme sınavlarına girersiniz. Sertifikayla ödediğiniz katkı payının yarısını geri alabilirsiniz.',
  ],
  documents: [
    'Pasaport ve oturum izni (Aufenthaltstitel)',
    "Katılım belgesi (Berechtigungsschein) veya yükümlülük yazısı (Yabancılar Dairesi'nden veya Jobcenter'dan)",
    'Ücret muafiyeti için: temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım veya sığınmacı yardımları kararı ya da gelirinizi gösteren belgeler',
  ],
  ruleTexts: {
    'Sie sind als Flüchtling anerkannt oder haben subsidiären Schutz – damit haben Sie einen Anspruch auf den Integrationskurs, wenn Sie noch nicht ausreichend Deutsch sprechen.':
      'Mülteci olarak tanındınız veya ikincil koruma (subsidiärer Schutz) altındasınız – henüz yeterince Almanca konuşamıyorsanız uyum kursuna katılma hakkınız var.',
    'Ihre Aufenthaltserlaubnis Ihnen vor weniger als einem Jahr erstmals zum Arbeiten, zum Familiennachzug oder aus humanitären Gründen erteilt wurde':
      'oturum izniniz (Aufenthaltserlaubnis) size bir yıldan daha kısa süre önce ilk kez çalışmak, aile birleşimi veya insani nedenlerle verildiyse',
    'das Jobcenter Sie zur Teilnahme verpflichtet': 'Jobcenter sizi kursa katılmakla yükümlü kıldıysa',
  },
} satisfies SeedAngebotTranslation
