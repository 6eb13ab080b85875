import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Doğumu bildirmek, doğum belgesi ve çocuğun adı (Geburtsurkunde und Namensbestimmung)',
  summary:
    "Her doğum, bir hafta içinde doğum yerinin nüfus dairesine (Standesamt) bildirilmelidir – hastanede doğumda bunu hastane yapar. Belgelerinizi verirsiniz, adı belirlersiniz ve doğum belgesini (Geburtsurkunde) alırsınız. Mayıs 2025'ten beri çocuklar için çift soyadı da mümkündür.",
  costs:
    'Doğumun bildirilmesi harçsızdır; ebeveyn parası (Elterngeld), çocuk parası (Kindergeld) ve annelik parası (Mutterschaftsgeld) için belgeler de öyle. Ek doğum belgeleri ve kayıttan sonra adla ilgili beyanlar için Standesamt harç alır.',
  provider: "Doğum yerinin Standesamt'ı – Hamm'da, Familienrathaus'taki Hamm Belediyesi Standesamt'ı",
  eligibilitySummary:
    "Yeni doğmuş bir çocuğun tüm ebeveynleri ve hazırlanmak isteyen anne-baba adayları için. Yetkili olan her zaman doğum yerinin Standesamt'ıdır – Hamm'da doğumda, başka yerlerden gelen aileler için de Standesamt Hamm; bu yüzden Situations-Finder burada nerede oturduğunuzu sormaz. Hizmeti hamilelik sırasında ve çocuğunuzun ilk yılında gösterir. Doğum belgelerini daha sonra da istediğiniz zaman doğum yerinin Standesamt'ından isteyebilirsiniz.",
  synonyms:
    'doğum belgesi, doğum kaydı, doğumu bildirmek, nüfus dairesi, çocuğun adı, çocuğun soyadı, çift soyadı, isim koymak, evde doğum, ebeveyn parası belgesi, çocuk parası belgesi, Geburtsurkunde, Standesamt, Geburtsanzeige, Namensbestimmung, Doppelname, Abstammungsurkunde',
  steps: [
    'Hamilelikte: Belgelerinizi hazırlayın (bkz. belgeler). Evli değilseniz, babalığı ve ortak velayeti doğumdan önce de resmî olarak kayda geçirtebilirsiniz (beurkunden).',
    "Hastanede doğumdan sonra: Belgeleri ve ön adlarla ilgili beyanı serviste veya Standesamt'ta verin. Hastane doğumu Standesamt'a bildirir.",
    "Evde doğumdan sonra: Doğumu bir hafta içinde kendiniz Standesamt'a bildirin ve ebenin veya doktorun belgesini yanınızda getirin.",
    "Ortak bir evlilik soyadınız (Ehename) yok ama velayet ortak mı? Çocuğunuzun soyadını bir ay içinde Standesamt'ta belirleyin.",
    "Harçsız belgeleri başvurularınızla birlikte Elterngeld bürosuna (Elterngeldstelle), Familienkasse'ye ve – annelik parası (Mutterschaftsgeld) için – sağlık sigortasına gönderin.",
  ],
  documents: [
    'Hastanenin doğum bildirimi veya ebenin ya da doktorun doğum belgesi',
    'İki ebeveynin kimlik kartları veya pasaportları',
    'Evli ebeveynler: evlilik belgesi (Eheurkunde) veya evlilik kütüğünden (Eheregister) onaylı çıktı',
    'Evli olmayan ebeveynler: ebeveynlerin doğum belgeleri; varsa babalığın tanınması (Vaterschaftsanerkennung) ve velayet beyanları (Sorgeerklärungen)',
    'Anne daha önce evlendiyse: önceki evliliğin sona erdiğini gösteren belge (örneğin boşanma kararı veya ölüm belgesi)',
    "Yabancı vatandaşlıkta veya yurt dışı belgelerinde: oturum izinli (Aufenthaltstitel) pasaportlar ve gerekirse tercüme edilmiş belgeler – tam olarak neyin gerektiğini önceden Standesamt'a sorun",
  ],
  reminders: ['Doğumu nüfus dairesine (Standesamt) bildirin – evde doğumdan sonra kendiniz'],
  ruleTexts: {
    'Sie erwarten ein Baby – legen Sie die Urkunden für das Standesamt schon jetzt bereit.':
      'Bebek bekliyorsunuz – Standesamt için gereken belgeleri şimdiden hazırlayın.',
    'Ihr Baby ist erst wenige Wochen alt – die Geburt wird beurkundet, und Sie bestimmen den Namen Ihres Kindes.':
      'Bebeğiniz henüz birkaç haftalık – doğum kayda geçirilir ve çocuğunuzun adını belirlersiniz.',
    'Ihr Kind ist noch kein Jahr alt – Geburtsurkunden und Erklärungen zum Namen bekommen Sie beim Standesamt des Geburtsorts.':
      "Çocuğunuz henüz bir yaşında değil – doğum belgelerini ve adla ilgili beyanları doğum yerinin Standesamt'ından alırsınız.",
  },
} satisfies SeedAngebotTranslation
