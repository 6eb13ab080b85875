import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Gelişim geriliği veya engeli olan çocuklar için erken destek (Frühförderung)',
  summary:
    'Çocuğunuz diğerlerinden daha yavaş mı gelişiyor, engeli mi var ya da endişeleriniz mi var? Erken destek (Frühförderung), çocukları doğumdan okula başlayana kadar terapötik pedagojik destek (heilpädagogische Förderung) ve terapiyle destekler, ebeveynlere danışmanlık verir. Sizin için ücretsizdir.',
  costs:
    'Aile için ücretsizdir ve gelire bağlı değildir. Masrafları, entegrasyon yardımının (Eingliederungshilfe) sorumlu kurumu olarak Landschaftsverband Westfalen-Lippe ve sağlık sigortası (Krankenkasse) karşılar.',
  provider:
    "Erken destek merkezleri (Frühförderstellen), Hamm'da Johanniter-Kliniken Hamm'ın erken destek birimi; masrafları Landschaftsverband Westfalen-Lippe (LWL) ve sağlık sigortaları karşılar",
  eligibilitySummary:
    'Doğumdan okula başlayana kadar, engeli olan, engelli olma riski taşıyan veya gelişimi geri kalan çocuklar – haklı bir şüphe olduğunda da. Teşhis veya ağır engelli kimliği (Schwerbehindertenausweis) gerekmez.',
  synonyms:
    'erken destek, erken müdahale, özel eğitim, gelişim geriliği, gelişim bozukluğu, konuşma gecikmesi, dil gelişimi, prematüre bebek, erken doğan bebek, engelli çocuk, dil terapisi, ergoterapi, fizyoterapi, Frühförderung, Frühförderstelle, Heilpädagogik, Logopädie, Ergotherapie, Johanniter',
  steps: [
    'Endişelerinizi çocuk doktorunuzla konuşun, örneğin bir sonraki U muayenesinde (çocuk kontrol muayenesi). Kreş (Kita) de sizi erken desteğe yönlendirebilir.',
    'Erken destek merkeziyle (Frühförderstelle) iletişime geçin. İlk danışmanlık görüşmesi için sevk (Überweisung) gerekmez.',
    'Uzmanlar çocuğunuzu muayene eder ve sizinle birlikte bir destek ve tedavi planı hazırlar.',
    'Erken destek merkezi, masrafları karşılayan kuruma yapılacak başvuruda size yardım eder. Ardından destek başlar.',
  ],
  documents: [
    'Çocuğun sağlık kontrol kitapçığı (sarı U kitapçığı – gelbes U-Heft)',
    'Mevcut doktor raporları ve bulgular',
    'Çocuğun sağlık sigortası kartı',
  ],
  ruleTexts: {
    'Ihr Kind ist noch nicht im Schulalter und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).':
      'Çocuğunuz henüz okul çağında değil ve engeli ya da gelişim geriliği var (veya bundan şüpheleniliyor).',
    'Ihr Kind geht noch nicht zur Schule und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).':
      'Çocuğunuz henüz okula gitmiyor ve engeli ya da gelişim geriliği var (veya bundan şüpheleniliyor).',
  },
} satisfies SeedAngebotTranslation
