import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Anne-çocuk kürü ve baba-çocuk kürü (Mutter-Kind-Kur und Vater-Kind-Kur)',
  summary:
    'Aile hayatının yükünden mi yoruldunuz? Yasal sağlık sigortalı anneler ve babalar, koruyucu veya rehabilitasyon amaçlı üç haftalık bir kür (Kur) alabilir; çoğu zaman çocuklarıyla birlikte. Doktorunuz kürü gerekli görürse ücretini sağlık sigortası öder. Siz günde 10 Euro katkı payı ödersiniz.',
  costs:
    "Sağlık sigortası tedaviyi, konaklamayı ve yemeği – birlikte giden çocuklar için de – ve yolculuğu (küçük bir katkı payıyla) öder. Yetişkinler klinikte geçen her takvim günü için 10 Euro katkı payı öder, çocuklar hiçbir şey ödemez. Yıl içinde yük sınırından (brüt gelirin yüzde 2'si, kronik hastalıkta yüzde 1'i) fazla katkı payı ödeyen kişi muafiyet alabilir. Kür danışmanlığı ücretsizdir.",
  provider:
    'Yasal sağlık sigortanız; Müttergenesungswerk (Anne Sağlığı Vakfı) klinikleri ve benzer kurumlar; sosyal yardım kuruluşlarının kür danışma merkezlerinde danışmanlık',
  eligibilitySummary:
    'Çocuk yetiştiren ve sağlığı, bir doktorun kürü tıbben gerekli göreceği kadar yıpranmış yasal sigortalı anneler ve babalar için – çocukların yanlarında yaşadığı üvey ebeveynler, koruyucu ebeveynler ve büyükanne-büyükbabalar da. 12 yaşından küçük çocuklar genellikle birlikte gelir, daha büyükler yalnızca gerekçeli durumlarda, engelli çocuklar yaş sınırı olmadan. Küre ihtiyacınız olup olmadığını Situations-Finder bilemez – buna doktorunuz ve sağlık sigortası karar verir. Bu yüzden kürü, 18 yaşından küçük veya engelli bir çocuğu olan yasal sigortalı ebeveynlere yalnızca “duruma göre uygun olabilir” olarak gösterir, hiçbir zaman kesin uygun olarak göstermez. Özel sigortalılara kürü göstermez; tarifelerinin kürü karşılayıp karşılamadığı sözleşmelerinde yazar.',
  synonyms:
    'anne çocuk kürü, baba çocuk kürü, anne kürü, baba kürü, ebeveyn çocuk kürü, kür, kür başvurusu, kür danışmanlığı, tükenmişlik, yorgunluk, ebeveynler için mola, dinlenme, annelere rehabilitasyon, babalara rehabilitasyon, Mutter-Kind-Kur, Vater-Kind-Kur, Mutterkur, Kur, Müttergenesungswerk, Burnout',
  steps: [
    "Önce danışmanlık alın – Müttergenesungswerk'e bağlı bir kür danışma merkezinde ücretsiz. En yakın merkezi muettergenesungswerk.de'deki danışma merkezi aramasıyla bulabilirsiniz; Familienrathaus'taki aile hizmet masası (Familien-Service-Theke) da size yardımcı olur.",
    'Aile doktorunuzla veya kadın doğum doktorunuzla şikâyetlerinizi ve yükünüzü konuşun. Doktor kürü gerekli görürse bir kür reçetesi (Verordnung) yazar. Birlikte tedavi edilecek bir çocuk için çocuk doktorundan bir Verordnung gerekir.',
    'Başvuruyu Verordnung ile birlikte sağlık sigortanıza verin. Uygun bir klinik önerebilirsiniz.',
    'Sağlık sigortası reddederse, bir ay içinde yazılı olarak itiraz (Widerspruch) edebilirsiniz. Kür danışmanlığı bunda size yardım eder.',
    'Onaydan sonra: Tarihi hemen işvereninize bildirin ve ona kararı (Bescheid) gösterin. Çocuğunuzun kür için okuldan izinli sayılmasını okulla netleştirin.',
  ],
  documents: [
    'Kür için doktor reçetesi (Verordnung) – sizin için ve birlikte tedavi edilecek her çocuk için',
    'Aile ve yaşam durumunuzla ilgili bilgiler içeren sağlık sigortası başvurusu',
    'Elektronik sağlık kartı',
    'Onaydan sonra: işveren ve okul için sağlık sigortasının kararı ve kliniğin davet mektubu',
  ],
  ruleTexts: {
    'Sie sind gesetzlich krankenversichert und erziehen Kinder. Kinder bis 12 Jahre können in der Regel mit zur Kur kommen.':
      'Yasal sağlık sigortalısınız ve çocuk yetiştiriyorsunuz. 12 yaşına kadar çocuklar genellikle kürünüze birlikte gelebilir.',
    'Ihre Ärztin oder Ihr Arzt eine Kur für medizinisch nötig hält, zum Beispiel weil die Belastung in der Familie Sie krank macht':
      'doktorunuz bir kürü tıbben gerekli görürse, örneğin ailedeki yük sizi hasta ettiği için',
  },
} satisfies SeedAngebotTranslation
