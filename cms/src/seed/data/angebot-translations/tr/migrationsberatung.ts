import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Yetişkinler için göç danışmanlığı ve gençlik göç servisi (Migrationsberatung und Jugendmigrationsdienst)',
  summary:
    "Almanya'da yeni misiniz, oturum, dil kursu, iş, diploma tanınması, okul, resmî daireler hakkında sorunuz mu var? Göç danışmanlığı (Migrationsberatung) 27 yaş ve üzeri göçmenlere, gençlik göç servisi (Jugendmigrationsdienst) 12-27 yaş gençlere yardım eder – ücretsiz, gizli, çoğu zaman çok dilli.",
  costs: 'Ücretsizdir.',
  provider:
    "Hamm'daki sosyal yardım kuruluşları, bunlar arasında AWO Ruhr-Lippe-Ems, Caritas ve Diakonie; federal hükümet tarafından desteklenir",
  eligibilitySummary:
    'Yabancı uyruklu göçmenler, AB vatandaşları ve geç göçmenler (Spätaussiedler) – MBE 27 yaşından itibaren yetişkinler için, gençlik göç servisi 12–27 yaş arası gençler için. İltica sürecindeki mülteciler mülteci danışmanlığına (Flüchtlingsberatung) başvurur.',
  synonyms:
    "göç danışmanlığı, göçmen danışmanlığı, gençlik göç servisi, mülteci danışmanlığı, uyum danışmanlığı, göçmen, yabancı, oturum, oturma izni, diploma denkliği, denklik, dil kursu, Almanya'ya yeni geldim, Migrationsberatung, MBE, Jugendmigrationsdienst, JMD, AWO, Caritas, Diakonie",
  steps: [
    "Hamm'daki bir göç danışma merkezini arayın veya açık danışma saatine gidin. Familienrathaus'taki aile hizmet masası (Familien-Service-Theke) size uygun bir yer söyler.",
    'Pasaportunuzu veya oturum izninizi (Aufenthaltstitel) ve konuyla ilgili mektupları yanınızda getirin.',
    'Danışmanla birlikte sonraki adımlarınızı planlarsınız, örneğin uyum kursu (Integrationskurs), diploma tanınması veya iş arama.',
  ],
  documents: [
    'Pasaport veya kimlik',
    'Oturum izni (Aufenthaltstitel) veya diğer oturum belgeleri',
    'Hakkında sorularınız olan mektuplar ve kararlar (Bescheide)',
  ],
  ruleTexts: {
    'Sie sind nach Deutschland zugewandert – die Migrationsberatung hilft Ihnen beim Ankommen.':
      "Almanya'ya göç ettiniz – göç danışmanlığı buraya uyum sağlamanıza yardım eder.",
  },
} satisfies SeedAngebotTranslation
