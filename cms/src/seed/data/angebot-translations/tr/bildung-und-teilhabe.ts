import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'YouCardHamm ile eğitim ve katılım yardımı (Bildung und Teilhabe)',
  summary:
    "Öğle yemeği, gezi, okul malzemesi, özel ders, spor kulübü: Grundsicherungsgeld (eski Bürgergeld), sosyal yardım (Sozialhilfe), kira yardımı (Wohngeld), ek çocuk parası (Kinderzuschlag) veya Asylbewerberleistungen alan ailelerin çocukları bunlar için yardım alır. Hamm'da YouCardHamm ile kullanılır.",
  costs:
    "Sizin için ücretsiz. Kişisel okul ihtiyaçları: 1 Ağustos 2026'da 130 Euro ve 1 Şubat 2027'de ikinci bir kısım (2026 itibarıyla: 65 Euro). Kreşte (Kita), gündüz bakıcısında (Kindertagespflege) ve okulda ortak öğle yemeğinin tamamı karşılanır; kulüp, müzik okulu veya kültür için ayda 15 Euro verilir. Geziler ve sınıf gezileri gerçek maliyeti kadar ödenir; okula ulaşım ve ders desteği (Lernförderung) gerektiği ölçüde ödenir.",
  provider: 'Hamm Belediyesi (Stadt Hamm) ve Kommunales Jobcenter Hamm',
  eligibilitySummary:
    "Aile temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım, kira yardımı (Wohngeld), ek çocuk parası (Kinderzuschlag) veya sığınmacı yardımları alıyorsa: 18 yaşından küçük çocuklar ile hâlâ okula giden ve mesleki eğitim ücreti almayan 18–24 yaş arası gençler için. Kulüp, müzik veya kültür desteği yalnızca 18. yaş gününe kadar geçerlidir. Bu yardımlardan hiçbirini belirtmediyseniz ama birini alabilecekseniz, Situations-Finder hizmeti “belki uygun” olarak gösterir. Basitleştirme: Situations-Finder, ücretli bir mesleki eğitimin parçası olsa bile Berufskolleg'e (meslek okulu) her gidişi okula gitmek olarak sayar.",
  synonyms:
    'eğitim ve katılım, eğitim paketi, okul malzemesi yardımı, okul parası, 130 Euro okul, öğle yemeği, sınıf gezisi, okul gezisi, özel ders, ders desteği, spor kulübü, YouCardHamm, YouCard, Bildung und Teilhabe, BuT, Bildungspaket, Schulbedarf',
  steps: [
    "Başvurunuzu, size diğer yardımınızı ödeyen yere yapın – örneğin temel gelir desteği (Grundsicherungsgeld) alıyorsanız Kommunales Jobcenter Hamm'a. Okul ihtiyaçları parasını Jobcenter çoğunlukla ayrı bir başvuru olmadan öder; 15 yaşından itibaren okul belgesi (Schulbescheinigung) gerekir. Kira yardımı (Wohngeld) veya ek çocuk parası (Kinderzuschlag) alıyorsanız Hamm Belediyesi yetkilidir.",
    'Güncel kararınızı (örneğin Wohngeld veya Kinderzuschlag kararı – Bescheid) ve gerekirse okulun veya kreşin (Kita) belgelerini verin.',
    "Başvuru onaylanınca çocuğunuz YouCardHamm'ı alır. Öğle yemeği, kulüp aidatı ve diğer yardımlar bununla doğrudan hesaplanır.",
    "Sorularınız mı var? Familienrathaus'ta size yardımcı olunur.",
  ],
  documents: [
    'Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım, kira yardımı (Wohngeld), ek çocuk parası (Kinderzuschlag) veya sığınmacı yardımları için güncel karar (Bescheid)',
    '15 yaş ve üzeri öğrenciler için: okul belgesi (Schulbescheinigung)',
    'Ders desteği (Lernförderung) için: okulun onayı',
    'Sınıf gezileri ve geziler için: okulun veya kreşin (Kita) maliyetleri gösteren onayı',
  ],
} satisfies SeedAngebotTranslation
