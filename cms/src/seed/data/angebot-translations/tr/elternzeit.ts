import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Ebeveyn izni (Elternzeit)',
  summary:
    'İşçi veya çalışan olarak doğumdan sonra her çocuk için üç yıla kadar işten izin alabilirsiniz – tamamen veya yarı zamanlı çalışarak. İşiniz sizin için korunur ve bu sürede işten çıkarılmaya karşı özel olarak korunursunuz.',
  costs: 'Ebeveyn izninin kendisi ücretsiz izindir (maaş ödenmez); bu sürede ebeveyn parası (Elterngeld) alabilirsiniz. Bildirim ücretsizdir.',
  provider: "İşvereniniz (bildirim); danışmanlık Familienrathaus Hamm'da",
  eligibilitySummary:
    'Bir iş veya mesleki eğitim ilişkisi olan (Minijob dahil), 8 yaşından küçük çocuklarıyla birlikte yaşayan ve çocuğa kendileri bakan ebeveynler için. Situations-Finder, zamanında plan yapabilmeniz için ebeveyn iznini daha hamilelik sırasında gösterir. Serbest çalışanların hakkı yoktur. Basitleştirme: Situations-Finder, bir çocuk için şimdiye kadar ne kadar ebeveyn izni kullandığınızı kontrol etmez.',
  synonyms:
    'ebeveyn izni, doğum izni, annelik izni, babalık izni, bebek izni, izin bildirme, ebeveyn izninde yarı zamanlı çalışma, işten çıkarılma koruması, Elternzeit, Erziehungsurlaub, Babypause, Elternzeit anmelden',
  steps: [
    'Kimin ne zaman ebeveyn izni alacağına karar verin. Bunu ebeveyn parası (Elterngeld) planınızla uyumlu hale getirin.',
    'Ebeveyn iznini işvereninize yazılı ve imzalı olarak bildirin: İzin çocuğun 3. yaş gününden önceyse en geç başlangıçtan yedi hafta önce, değilse en geç 13 hafta önce. E-posta yeterli değildir.',
    'Bildirimde, çocuğun ilk iki yılında hangi dönemler için ebeveyn izni alacağınızı belirtin.',
    'Yarı zamanlı çalışmaya devam etmek istiyorsanız, bunu ebeveyn izniyle birlikte talep edin.',
  ],
  documents: ['İmzanızı taşıyan yazılı bildirim', 'Çocuğun doğum belgesi (Geburtsurkunde; işveren isterse)'],
  deadline: 'İşvereninize yazılı olarak bildirin: başlamadan en geç 7 hafta önce (3. yaş gününden sonrası için 13 hafta).',
  ruleTexts: {
    'Sie sind angestellt oder in Ausbildung – dann haben Sie ein Recht auf Elternzeit.':
      'Bir işte çalışıyorsunuz veya mesleki eğitim görüyorsunuz – o zaman ebeveyn izni hakkınız var.',
  },
} satisfies SeedAngebotTranslation
