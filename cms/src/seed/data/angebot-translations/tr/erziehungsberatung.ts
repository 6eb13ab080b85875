import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Çocuk yetiştirme ve aile danışmanlığı (Erziehungs- und Familienberatung)',
  summary:
    'Evde kavga, çocuğun gelişimiyle ilgili endişeler, okulda sorunlar veya bir ayrılık mı var? Çocuk yetiştirme ve aile danışmanlığında ebeveynler, çocuklar ve gençler uzmanlarla gizlilik içinde konuşur. Başvuru gerekmez ve ücretsizdir.',
  costs: 'Ücretsiz ve gizli.',
  provider:
    "Hamm'daki çocuk yetiştirme ve aile danışma merkezleri, bunlar arasında Caritas'ın ebeveynler, çocuklar ve gençler için katolik danışma merkezi",
  eligibilitySummary:
    "Hamm'daki tüm ebeveynler ve çocuğun eğitiminden sorumlu diğer kişiler (Erziehungsberechtigte), çocuklar, gençler ve genç yetişkinler – başvuru gerekmez; gelir, din ve kökenden bağımsızdır.",
  synonyms:
    'aile danışmanlığı, ebeveyn danışmanlığı, çocuk yetiştirme, aile sorunları, kavga, ayrılık, boşanma, çocukla görüşme, ergenlik, okul sorunları, ebeveynlere yardım, danışma merkezi, Erziehungsberatung, Familienberatung, Beratungsstelle',
  steps: [
    "Bir danışma merkezini arayın veya e-posta yazın. Size yakın hangi merkezin uygun olduğunu Familienrathaus'taki aile hizmet masasında (Familien-Service-Theke) veya Familienbüro'da öğrenebilirsiniz.",
    'İlk görüşme için randevu alırsınız – yalnız, çift olarak, çocukla birlikte veya tüm aile olarak.',
    'Danışmanla birlikte nasıl devam edeceğinizi kararlaştırırsınız.',
  ],
  documents: ['Belge gerekmez.'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind oder ein junger Mensch – die Erziehungsberatung ist für alle Familien da.':
      'Ailenizde bir çocuk veya genç yaşıyor – çocuk yetiştirme danışmanlığı tüm aileler içindir.',
  },
} satisfies SeedAngebotTranslation
