import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Ev içi şiddette yardım (Hilfe bei häuslicher Gewalt)',
  summary:
    'Ailede şiddet asla kabul edilemez. Yardım hemen var: Polis 110, „Gewalt gegen Frauen“ (Kadına Yönelik Şiddet) yardım hattı 116 016 (günün her saati, ücretsiz, birçok dilde), erkekler için yardım hattı, çocuklar için Nummer gegen Kummer 116 111 ve Frauenhaus Hamm (Hamm Kadın Sığınma Evi).',
  costs:
    'Yardım hatları, Nummer gegen Kummer ve danışmanlık ücretsizdir. Paranız yetmiyorsa, aile mahkemesindeki (Familiengericht) dava için dava masrafları yardımına (Verfahrenskostenhilfe) başvurabilirsiniz.',
  provider:
    "Yardım hatları „Gewalt gegen Frauen“ (federal) ve „Gewalt an Männern“, Nummer gegen Kummer e. V., Frauenhaus Hamm (Diakonie Ruhr-Hellweg), polis, aile mahkemesi (Familiengericht), Hamm Jugendamt'ı",
  eligibilitySummary:
    "Şiddet gören, tehdit edilen veya biri için endişelenen herkes için – kadınlar, erkekler, çocuklar, gençler ve onların çevresindeki kişiler; Hamm'da ve Almanya'nın her yerinde. Frauenhaus Hamm, 18 yaşından itibaren kadınları çocuklarıyla birlikte kabul eder, başka şehirlerden de. Situations-Finder şiddet hakkında soru sormadığı için bu hizmeti – verilen bilgilerden bağımsız olarak – her aileye “belki uygun” olarak gösterir.",
  synonyms:
    'ev içi şiddet, aile içi şiddet, eşten şiddet, kadın sığınma evi, sığınma evi, kadınevi, yardım hattı, 116 016, erkekler için yardım hattı, çocuk yardım hattı, 116 111, koruma kararı, uzaklaştırma kararı, yaklaşma yasağı, evden uzaklaştırma, ısrarlı takip, tehdit, dayak, zorla evlendirme, çocuk koruma, acil 110, Frauenhaus, Hilfetelefon, Nummer gegen Kummer, Gewaltschutzgesetz',
  steps: [
    "Acil tehlikede: 110'dan polisi arayın. Kendinizi ve çocuklarınızı güvenli bir yere götürün.",
    'Danışmanlık alın: „Gewalt gegen Frauen“ yardım hattı 116 016, „Gewalt an Männern“ yardım hattı 0800 123 99 00, çocuklar ve gençler için Nummer gegen Kummer 116 111. Adınızı söylemek zorunda değilsiniz.',
    "Güvenli bir yere ihtiyacınız varsa Frauenhaus Hamm'ı arayın (02381 53061, günün her saati) veya yardım hattından size bir yer bulmasını isteyin.",
    "Aile mahkemesine (Familiengericht) Gewaltschutzgesetz'e (Şiddetten Koruma Yasası) göre bir koruma kararı için başvurun – mümkün olduğunca erken, örneğin polisin şiddet uygulayan kişiyi evden uzaklaştırdığı on gün içinde.",
    "Çocuklar da etkileniyorsa Hamm Belediyesi Jugendamt'ına başvurun.",
  ],
  documents: [
    'Yardım hatları ve Frauenhaus için belge gerekmez.',
    'Mahkeme için, mümkünse: kimlik, doktor raporları, yaraların fotoğrafları, tehdit içeren mesajlar veya mektuplar, tarihli notlar',
  ],
  ruleTexts: {
    'Sie oder jemand in Ihrer Familie Gewalt erleben, bedroht werden oder Angst davor haben':
      'siz veya ailenizden biri şiddet görüyorsa, tehdit ediliyorsa veya bundan korkuyorsa',
  },
} satisfies SeedAngebotTranslation
