import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Sağlık sigortasından ev işlerinde yardım (Haushaltshilfe)',
  summary:
    'Hastaneye veya kür tedavisine (Kur) gitmeniz mi gerekiyor ve yanınızda 12 yaşından küçük bir çocuk mu yaşıyor? O zaman hanede başka kimse yerinize bakamıyorsa, yasal sağlık sigortası ev işleri için bir yardımcının (Haushaltshilfe) ücretini öder. Bu, hamilelikte ve doğumdan sonra da mümkündür.',
  costs:
    "Hastalık, hastane, kür veya rehabilitasyon nedeniyle ev yardımında yetişkinler masrafların günlük yüzde 10'unu, en az 5 ve en fazla 10 Euro katkı payı olarak öder. Hamilelik veya doğum nedeniyle ev yardımında katkı payı yoktur. Kaç saatin ödeneceği ihtiyacınıza göre belirlenir. Bazı sağlık sigortaları kendi tüzüklerine göre başka durumlarda da öder – sorun.",
  provider:
    'Yasal sağlık sigortanız (ev yardımı bakım hizmetleri, aile bakımı hizmetleri veya kendi bulduğunuz yardımcılar aracılığıyla verilir)',
  eligibilitySummary:
    'Hastane, kür, rehabilitasyon, evde hasta bakımı veya ağır hastalık nedeniyle ev işlerini yürütemeyen yasal sigortalılar için; hanede 12 yaşından küçük bir çocuk veya yardıma muhtaç engelli bir çocuk yaşıyorsa. Ayrıca hamilelik veya doğum nedeniyle ev işlerini yürütemeyen yasal sigortalı kadınlar için. Her durumda şart: Hanede başka kimse yerinize bakamıyor olmalıdır. Hastaneye gitmeniz gerekip gerekmediğini veya hastalanıp hastalanmadığınızı ve hanede başka birinin yardım edip edemeyeceğini Situations-Finder bilemez. Bu yüzden hizmeti, 12 yaşından küçük veya engelli bir çocuğu olan yasal sigortalılara ve yasal sigortalı hamile kadınlara “duruma göre uygun olabilir” olarak gösterir. Basitleştirme: Küçük çocuk olmasa da ağır hastalıkta verilen dört haftaya kadar yardımı göstermez. Özel sigortalılara hizmeti göstermez; onlarda sigorta tarifesi belirleyicidir.',
  synonyms:
    'ev işlerinde yardım, ev yardımcısı, hastalıkta çocuk bakımı, anne hasta, baba hasta, hastanedeyken çocuklara bakım, hamilelikte yardım, doğumdan sonra yardım, yatak istirahati, kür, rehabilitasyon, Haushaltshilfe, Haushaltshilfe Krankenkasse, Familienpflege, Bettruhe',
  steps: [
    'Ev işlerini yürütemediğinizi ve ne kadar süre yürütemeyeceğinizi doktorunuza veya hastaneye belgeletin; hamilelikte ve doğumda ebeniz de bu belgeyi verebilir.',
    'Başvurunuzu, mümkünse yardım başlamadan önce sağlık sigortanıza yapın. Birçok sigortanın bunun için bir formu vardır. Hanenizde kimlerin yaşadığını ve neden kimsenin ev işlerini üstlenemediğini belirtin.',
    'Sağlık sigortası bir ev yardımcısı bulur veya siz kendiniz birini bulursunuz. Sigortanın saat başına ne kadar ödediğini önceden netleştirin.',
    'Kendi bulduğunuz yardımcıda: Yapılan saatleri onaylatın ve belgeyi sağlık sigortasına verin.',
  ],
  documents: [
    'Ev yardımının gerekli olduğunu gösteren doktor belgesi (hamilelik veya doğumda ebeden de olabilir)',
    'Sağlık sigortanızın ev yardımı başvuru formu (Antrag auf Haushaltshilfe)',
    'Hastane, kür veya rehabilitasyonda: yatış ve süreyi gösteren belge',
    'Kendi bulduğunuz yardımcıda: saat belgesi; akrabalarda: yol masrafları ve kazanç kaybı belgeleri',
  ],
  ruleTexts: {
    'Sie sind gesetzlich versichert, und in Ihrem Haushalt lebt ein Kind unter 12 Jahren.':
      'Yasal sağlık sigortalısınız ve hanenizde 12 yaşından küçük bir çocuk yaşıyor.',
    'Sie sind gesetzlich versichert, und in Ihrem Haushalt lebt ein Kind mit Behinderung – ist es auf Hilfe angewiesen, gilt keine Altersgrenze.':
      'Yasal sağlık sigortalısınız ve hanenizde engelli bir çocuk yaşıyor – çocuk yardıma muhtaçsa yaş sınırı yoktur.',
    'Sie sind schwanger und gesetzlich versichert.': 'Hamilesiniz ve yasal sağlık sigortalısınız.',
    'Sie wegen Krankenhaus, Kur, Reha, schwerer Krankheit, Schwangerschaft oder Geburt den Haushalt nicht führen können und niemand sonst im Haushalt einspringen kann':
      'hastane, kür, rehabilitasyon, ağır hastalık, hamilelik veya doğum nedeniyle ev işlerini yürütemiyorsanız ve hanede başka kimse yerinize bakamıyorsa',
  },
} satisfies SeedAngebotTranslation
