import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: "Jugendamt'ın yasal desteği: babalık ve çocuk nafakası konusunda yardım (Beistandschaft)",
  summary:
    'Diğer ebeveyn hiç nafaka ödemiyor veya çok az mı ödüyor, ya da babalık belli değil mi? O zaman Jugendamt (Gençlik Dairesi) çocuğunuzun yasal destekçisi (Beistand) olabilir ve bu işleri sizin yerinize üstlenebilir – ücretsiz, isteğe bağlı ve istediğiniz zaman sona erdirilebilir.',
  costs: 'Ücretsizdir.',
  provider: "Hamm Belediyesi Jugendamt'ı (Beistandschaften bölümü)",
  eligibilitySummary:
    "Hamm'da, yanlarında yaşayan reşit olmayan bir çocuğu olan tek ebeveyn anneler ve babalar (velayet yalnızca onlardaysa veya ortak velayette çocuk onların yanında kalıyorsa); anne adayları daha doğumdan önce. 2023'ten beri, velayet kendilerine devredilmiş koruyucu aile bireyleri (Pflegepersonen) ve gönüllü vasiler (ehrenamtliche Vormünder) de başvurabilir.",
  synonyms:
    'nafaka, çocuk nafakası, nafaka almak, nafaka talep etmek, nafaka ödemiyor, babalık, babalık tespiti, babalığı tanıma, yasal destek, tek ebeveyn, ayrılık, Beistandschaft, Beistand, Unterhalt, Kindesunterhalt, Vaterschaft, Jugendamt',
  steps: [
    "Jugendamt'a, çocuğunuz için Beistandschaft istediğinizi serbest biçimde (formsuz) yazın – babalık, nafaka veya her ikisi için. Başvuruyu imzalayın.",
    'Jugendamt sizinle iletişime geçer ve durumunuzu sizinle konuşur.',
    'Elinizdeki belgeleri verin. Ardından yasal destekçi (Beistand) diğer ebeveynle iletişime geçer.',
    "Beistandschaft'ı sona erdirmek mi istiyorsunuz? Jugendamt'a yazılı kısa bir cümle yeterlidir.",
  ],
  documents: [
    'Çocuğun doğum belgesi (Geburtsurkunde)',
    'Kimliğiniz',
    'Varsa: babalığın tanınması belgesi (Vaterschaftsanerkennung), velayet beyanı (Sorgerechtserklärung), boşanma veya nafaka kararı, önceki nafaka senetleri (Unterhaltsurkunden)',
    'Diğer ebeveynle ilgili bilgiler (adı, adresi, biliniyorsa işvereni)',
  ],
  ruleTexts: {
    'Sie erziehen ein minderjähriges Kind allein – Sie können eine Beistandschaft beantragen.':
      'Reşit olmayan bir çocuğu tek başınıza büyütüyorsunuz – Beistandschaft için başvurabilirsiniz.',
    'Eine Beistandschaft können Sie schon in der Schwangerschaft beantragen.': 'Beistandschaft için daha hamilelik sırasında başvurabilirsiniz.',
  },
} satisfies SeedAngebotTranslation
