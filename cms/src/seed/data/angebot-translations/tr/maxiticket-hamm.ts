import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'MaxiTicket Hamm: okul öğrencileri ve mesleki eğitimdeki gençler için ücretsiz otobüs (MaxiTicket)',
  summary:
    "Hamm'da oturan tüm okul öğrencileri ve mesleki eğitim gören gençler (Auszubildende), MaxiTicket ile tüm şehirde otobüse ücretsiz biner – yalnızca okula giderken değil, boş zamanlarında ve hafta sonu da.",
  costs: 'Ücretsizdir.',
  provider: 'Hamm Belediyesi (Stadt Hamm) ve Stadtwerke Hamm GmbH',
  eligibilitySummary:
    "Hamm'da oturan okul öğrencileri ve mesleki eğitim gören gençler (henüz okula gitmeyen altı yaş ve üzeri çocuklar da). Hamm şehir sınırları içinde geçerlidir; 1 Ağustos 2023'te önce üç yıllığına (Temmuz 2026 sonuna kadar) başlatıldı. Ücretsiz biletin bundan sonra da geçerli olup olmayacağı kesinleşmedi – bu yüzden Situations-Finder onu yalnızca “duruma göre uygun olabilir” olarak gösterir.",
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
    'die Stadt das kostenlose MaxiTicket über Juli 2026 hinaus weiter anbietet (eingeführt für drei Jahre ab August 2023)':
      "belediye ücretsiz MaxiTicket'ı Temmuz 2026'dan sonra da sunmaya devam ederse (Ağustos 2023'ten itibaren üç yıllığına başlatıldı)",
    'In Ihrer Familie geht ein Kind zur Schule oder macht eine Ausbildung – dafür ist das MaxiTicket gedacht.':
      'Ailenizde okula giden veya mesleki eğitim gören bir çocuk var – MaxiTicket bunun için var.',
    'Sie machen eine Ausbildung und wohnen in Hamm – dafür ist das MaxiTicket gedacht.':
      "Mesleki eğitim görüyorsunuz ve Hamm'da oturuyorsunuz – MaxiTicket bunun için var.",
  },
} satisfies SeedAngebotTranslation
