import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Babalığı tanımak ve ortak velayet beyanı (Vaterschaftsanerkennung und Sorgeerklärung)',
  summary:
    "Ebeveynler birbirleriyle evli değilse, baba ancak bir tanıma (Anerkennung) ile hukuken baba olur ve velayet başlangıçta yalnızca annededir. İkisini de daha doğumdan önce düzenleyebilirsiniz – Jugendamt'ta ücretsiz, babalığı Standesamt'ta (nüfus dairesi) da.",
  costs:
    "Jugendamt'ta babalığın tanınması ve velayet beyanları ücretsizdir. Noterlik harç alır. Standesamt'ın babalığın tanınması için harç alıp almadığını orada öğrenebilirsiniz.",
  provider: "Hamm Belediyesi Jugendamt'ı (belgeleme yetkilileri – Urkundspersonen); babalığın tanınması için her Standesamt da",
  eligibilitySummary:
    "Çocuk doğduğunda birbirleriyle evli olmayan ebeveynler için – daha hamilelik sırasında veya doğumdan sonra. Babalık daha sonra da tanınabilir; velayet beyanları 18. yaş gününe kadar mümkündür. Situations-Finder evli olup olmadığınızı sormaz. Bu yüzden hizmeti hamilelik döneminde olan ve üç yaşından küçük çocuğu olan Hamm'daki ailelere yalnızca “belki uygun” olarak gösterir, hiçbir zaman “uygun” olarak göstermez – tek ebeveynlere de, çünkü babalığın zaten belirlenmiş olup olmadığını bilmez.",
  synonyms:
    'babalığı tanıma, babalık, babalık tanıma belgesi, velayet beyanı, ortak velayet, evli olmayan ebeveynler, evlilik dışı çocuk, bekar anne, babayı kaydettirmek, doğum belgesinde baba, Jugendamt belgesi, noter, Vaterschaftsanerkennung, Vaterschaft, Sorgeerklärung, Sorgerecht, gemeinsames Sorgerecht, Urkundsperson, Negativbescheinigung',
  steps: [
    "Hamm Belediyesi Jugendamt'ındaki belgeleme yetkilisinden (Urkundsperson) randevu alın – babalığın tanınmasını Standesamt'ta da yapabilirsiniz. Bu sırada sizin durumunuzda hangi belgelerin gerektiğini sorun.",
    'Şahsen gelin, en iyisi iki ebeveyn birlikte. Annenin onayı daha sonra da verilebilir; velayet beyanını her ebeveyn kendisi vermelidir.',
    'Doğumdan önce: Anne pasaportunu (Mutterpass) getirin. Tanıma doğumla birlikte geçerli olur ve baba hemen doğum belgesine yazılabilir.',
    "Doğumdan sonra: Belgelerinizi diğer evraklarla birlikte hastanede veya Standesamt'ta verin. Ortak velayetiniz varsa, çocuğunuzun soyadını da orada belirlersiniz.",
  ],
  documents: [
    'İki ebeveynin kimlik kartları veya pasaportları',
    'İki ebeveynin doğum belgeleri (Geburtsurkunden)',
    'Doğumdan önce: anne pasaportu (Mutterpass); doğumdan sonra: çocuğun doğum belgesi',
    'Anne daha önce evlendiyse: evliliğin sona erdiğini gösteren belge',
    'Anne veya baba henüz reşit değilse: yasal temsilcilerin onayı – önceden sorun',
    'Alman pasaportunuz yoksa: pasaport veya oturum belgesi, gerekirse tercüme edilmiş belgeler; Almancanız azsa bir tercüman gerekebilir',
  ],
  ruleTexts: {
    'Sie erwarten ein Kind – Vaterschaft und gemeinsames Sorgerecht können Sie schon vor der Geburt regeln.':
      'Bebek bekliyorsunuz – babalığı ve ortak velayeti daha doğumdan önce düzenleyebilirsiniz.',
    'Sie haben ein kleines Kind – Vaterschaft und gemeinsames Sorgerecht lassen sich auch nach der Geburt noch beurkunden.':
      'Küçük bir çocuğunuz var – babalık ve ortak velayet doğumdan sonra da resmî olarak belgelenebilir.',
    'die Eltern des Kindes nicht miteinander verheiratet sind': 'çocuğun ebeveynleri birbirleriyle evli değilse',
  },
} satisfies SeedAngebotTranslation
