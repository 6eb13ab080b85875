import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Bebeği olan ve yeni taşınan aileler için hoş geldin ziyareti (Willkommensbesuch)',
  summary:
    "Hamm'a hoş geldiniz! Doğumdan sonra belediye her aileye bir ziyaret teklif eder – küçük çocuklarıyla Hamm'a yeni taşınan ailelere de. Bir uzman bilgiler ve bir hediye getirir ve sorularınızı cevaplar. İsteğe bağlı ve ücretsizdir.",
  costs: 'Ücretsizdir.',
  provider: "Hamm Belediyesi (Stadt Hamm) – Familienrathaus'taki Frühe Hilfen, serbest gençlik yardımı kuruluşlarıyla birlikte",
  eligibilitySummary: "Hamm'da yeni doğmuş bir çocuğu olan tüm aileler ve altı yaşına kadar çocuklarıyla Hamm'a yeni taşınmış aileler.",
  synonyms:
    "hoş geldin ziyareti, bebek ziyareti, karşılama ziyareti, bebek, doğum, yeni doğan, ev ziyareti, hoş geldin paketi, hediye, yeni taşındık, Hamm'a taşınmak, Hamm'da yeni, Willkommensbesuch, Babybesuch, Frühe Hilfen",
  steps: [
    'Hiçbir başvuru yapmanız gerekmez. Doğumdan sonra hoş geldin ziyareti size bir mektupla haber verilir.',
    'Tarih size uymuyorsa veya ziyaret istemiyorsanız, belirtilen yere haber vermeniz yeterlidir.',
    "Yeni mi taşındınız veya mektup almadınız mı? Familienrathaus'a veya Familienbüro'ya başvurun.",
  ],
  documents: ['Belge gerekmez.'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Baby unter einem Jahr – die Stadt Hamm heißt es mit einem Besuch willkommen.':
      'Ailenizde bir yaşından küçük bir bebek yaşıyor – Hamm Belediyesi bebeğe bir ziyaretle hoş geldin der.',
    'Sie sind mit einem Kind bis sechs Jahre neu nach Hamm gezogen – auch dann gibt es einen Willkommensbesuch.':
      "Altı yaşına kadar bir çocukla Hamm'a yeni taşındınız – bu durumda da bir hoş geldin ziyareti var.",
  },
} satisfies SeedAngebotTranslation
