import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'MaxiTicket Hamm: okul öğrencileri ve mesleki eğitimdeki gençler için ücretsiz otobüs (MaxiTicket)',
  summary:
    "MaxiTicket ile Hamm'da oturan tüm öğrenciler ve mesleki eğitimdeki gençler (Auszubildende) Ağustos 2023'ten itibaren şehir içinde, boş zamanlarında da otobüse ücretsiz binebiliyordu; bilet önce Temmuz 2026'ya kadar planlanmıştı. Bu öğretim yılında hâlâ geçerli mi, Stadtwerke Hamm size söyler.",
  costs: 'Ücretsizdir.',
  provider: 'Hamm Belediyesi (Stadt Hamm) ve Stadtwerke Hamm GmbH',
  eligibilitySummary:
    "Hamm'da oturan okul öğrencileri ve mesleki eğitim gören gençler (henüz okula gitmeyen altı yaş ve üzeri çocuklar da). Hamm şehir sınırları içinde geçerlidir; 1 Ağustos 2023'te önce üç yıllığına, Temmuz 2026 sonuna kadar başlatıldı. Bundan sonra uzatıldığını doğrulayamadık – bu yüzden Situations-Finder onu yalnızca “duruma göre uygun olabilir” olarak gösterir. Bu öğretim yılında hâlâ geçerli olup olmadığını Stadtwerke Hamm veya Familienrathaus'taki aile hizmet masası (Familien-Service-Theke) size söyler.",
  synonyms:
    'MaxiTicket, Maxi-Ticket, öğrenci bileti, okul bileti, çırak bileti, otobüs bileti, okul yolu, ücretsiz otobüs, otobüs, toplu taşıma, Stadtwerke Hamm, Deutschlandticket, Schülerticket, Azubiticket',
  steps: [
    "Çocuğunuza postayla bir QR kodu mu geldi? O zaman çocuğunuzu bu kodla Stadtwerke Hamm'ın abonelik portalına (Abo-Portal) kaydedin.",
    "Daha büyük öğrenciler ve mesleki eğitim gören tüm gençler Stadtwerke'nin abonelik portalına kendileri kaydolur (stadtwerke-hamm.de/abo-online).",
    'Bileti PDF olarak indirin veya cep telefonuna kaydedin. Her yolculukta yanınızda olmalıdır.',
    'Bileti bir yıl sonra yenilemeyi unutmayın.',
  ],
  documents: [
    'Belediyenin mektubundaki QR kodu (geldiyse)',
    'Okul belgesi (Schulbescheinigung) veya mesleki eğitim sözleşmesi (Ausbildungsvertrag) (kendiniz kaydolurken)',
  ],
  ruleTexts: {
    'die Stadt das kostenlose MaxiTicket im laufenden Schuljahr noch anbietet – eingeführt war es im August 2023 zunächst für drei Jahre, bis Juli 2026':
      "belediye ücretsiz MaxiTicket'ı bu öğretim yılında hâlâ sunuyorsa – bilet Ağustos 2023'te önce üç yıllığına, Temmuz 2026'ya kadar başlatılmıştı",
    'In Ihrer Familie geht ein Kind zur Schule oder macht eine Ausbildung – dafür ist das MaxiTicket gedacht.':
      'Ailenizde okula giden veya mesleki eğitim gören bir çocuk var – MaxiTicket bunun için var.',
    'Sie machen eine Ausbildung und wohnen in Hamm – dafür ist das MaxiTicket gedacht.':
      "Mesleki eğitim görüyorsunuz ve Hamm'da oturuyorsunuz – MaxiTicket bunun için var.",
  },
} satisfies SeedAngebotTranslation
