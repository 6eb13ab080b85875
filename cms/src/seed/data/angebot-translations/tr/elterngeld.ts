import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Ebeveyn parası (Elterngeld), ElterngeldPlus ve ortaklık bonusu (Partnerschaftsbonus)',
  summary:
    "Doğumdan sonra bebeğinize zaman ayırmak istersiniz. Daha az çalıştığınızda veya hiç çalışmadığınızda ebeveyn parası (Elterngeld) gelirinizin bir kısmını karşılar: ayda en az 300, en fazla 1.800 Euro. Hamm'da başvurunuzu Familienrathaus'ta yaparsınız.",
  costs:
    "Temel ebeveyn parası (Basiselterngeld): genellikle doğumdan önceki net gelirin yüzde 65 ile 67'si (düşük gelirlerde yüzde 100'e kadar), ayda en az 300 Euro, en fazla 1.800 Euro, 14 aya kadar (bir ebeveyn tek başına en fazla 12 ay, tek ebeveynler § 4c BEEG'deki şartlarla 14 ay). ElterngeldPlus: yarısı kadar (150 ile 900 Euro arası), ama iki kat uzun süre. Buna kardeş bonusu (Geschwisterbonus) ve çoğul doğum eki (Mehrlingszuschlag) eklenebilir. Başvuru ücretsizdir.",
  provider: 'Hamm Belediyesi Elterngeld Bürosu (Elterngeldstelle)',
  eligibilitySummary:
    "Çocuklarıyla (evlat edinilmiş çocuk veya eşin çocuğu da olabilir) birlikte yaşayan, çocuğa kendileri bakan ve haftada en fazla 32 saat çalışan ebeveynler için. Vergiye tabi gelir yılda 175.000 Euro'yu geçmemelidir. Alman pasaportunuz yoksa bir AB vatandaşlığına veya uygun bir oturum iznine (Aufenthaltstitel) ihtiyacınız var. Situations-Finder, plan yapabilmeniz için ebeveyn parasını çocuğun ilk 14 ayında ve daha hamilelik sırasında gösterir. Basitleştirme: Çalışma süresi ve oturum izninin türü sorulmaz; ElterngeldPlus, daha önce başladıysa çocuğun 14. ayından sonra da devam edebilir.",
  synonyms:
    'ebeveyn parası, anne parası, baba parası, doğum parası, bebek parası, doğumdan sonra para, 14 ay ebeveyn parası, ortaklık bonusu, Elterngeld, Basiselterngeld, ElterngeldPlus, Elterngeld Plus, Partnerschaftsbonus, Elterngeldstelle, Elterngeldrechner',
  steps: [
    'Kimin, ne zaman ve ne kadar süre ebeveyn parası alacağını daha hamilelikte planlayın. Federal Aile Bakanlığının ebeveyn parası hesaplayıcısı (Elterngeldrechner) bunda size yardımcı olur.',
    "Başvurunuzu doğumdan sonra Familienrathaus'taki Hamm Belediyesi Elterngeld Bürosuna (Elterngeldstelle) yapın. Ebeveyn parası geriye dönük olarak yalnızca başvurudan önceki son üç ay (çocuğun yaşam ayı) için ödenir.",
    'Yalnızca biri ebeveyn parası alsa bile, başvuruyu iki ebeveyn de imzalar.',
    'Ebeveyn parası aldığınız sürede yarı zamanlı çalışıyorsanız, işvereninizden çalışma sürenizi gösteren bir belge verin.',
  ],
  documents: [
    'Doğum belgesi (Geburtsurkunde) veya nüfus dairesinin (Standesamt) ebeveyn parası için verdiği doğum belgesi',
    'Doğumdan önceki son on iki aya ait gelir belgeleri (maaş bordroları) veya serbest çalışanlarda son vergi kararı (Steuerbescheid)',
    'Sağlık sigortasının annelik parası (Mutterschaftsgeld) belgesi ve işverenin ek ödeme (Zuschuss) belgesi',
    'Yarı zamanlı çalışmada: işverenin çalışma süresi onayı',
    'Alman pasaportunuz yoksa: oturum izniniz (Aufenthaltstitel)',
  ],
  reminders: ['Elterngeld için başvurun'],
  deadline: 'Doğumdan sonraki 3 ay içinde başvurun – Elterngeld dairesi geriye dönük olarak yalnızca bebeğin 3 aylık dönemini öder.',
  ruleTexts: {
    'Ihr Kind ist jünger als 14 Monate.': 'Çocuğunuz 14 aylıktan küçük.',
    'Sie erwarten ein Baby – nach der Geburt können Sie Elterngeld beantragen.':
      'Bebek bekliyorsunuz – doğumdan sonra ebeveyn parasına (Elterngeld) başvurabilirsiniz.',
    'Ihr Einkommen liegt unter der Grenze von 175.000 Euro im Jahr.': 'Geliriniz yılda 175.000 Euro sınırının altında.',
  },
} satisfies SeedAngebotTranslation
