import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Ağır engelli kimliği ve dezavantaj telafileri (Schwerbehindertenausweis und Nachteilsausgleiche)',
  summary:
    "Engellilik derecesi (Grad der Behinderung) en az 50 olan çocuk ve yetişkinler ağır engelli kimliği (Schwerbehindertenausweis) alır ve vergi indirimi, ek izin, özel fesih koruması, işaretle (Merkzeichen) ucuz otobüs-tren gibi telafilerden (Nachteilsausgleiche) yararlanır. Hamm'da belediye yetkilidir.",
  costs:
    "Başvuru ve kimlik ücretsizdir. Dezavantaj telafilerine örnekler: gelir vergisinde engelli götürü indirimi (Behinderten-Pauschbetrag) yılda 384 Euro'dan (GdB 20) 2.840 Euro'ya (GdB 100) kadar, H veya Bl işaretinde 7.400 Euro; GdB 50'den itibaren beş iş günü ek izin.",
  provider: 'Hamm Belediyesi (Stadt Hamm) – Ağır Engelliler Hukuku Bölümü (Abteilung Schwerbehindertenrecht, Bürgeramt Pelkum)',
  eligibilitySummary:
    "Almanya'da oturan, çalışan veya olağan olarak burada kalan, kalıcı bir engeli olan çocuklar ve yetişkinler için; AB vatandaşı olmayanlar için yasal oturum şartıyla. Engellilik derecesinin (GdB) belirlenmesi için her engelli kişi başvurabilir; kimlik GdB 50'den itibaren verilir. Situations-Finder, hanedeki bir kişi için engel belirtilir belirtilmez bu hizmeti gösterir.",
  synonyms:
    'ağır engelli kimliği, engelli kimliği, engelli kartı, engellilik derecesi, engel oranı, işaret, dezavantaj telafisi, engelli vergi indirimi, ulaşım pulu, engelli raporu, Schwerbehindertenausweis, Behindertenausweis, Grad der Behinderung, GdB, Merkzeichen, Versorgungsamt, Nachteilsausgleich, Wertmarke, ELSA',
  steps: [
    "Başvuru formunu Hamm Belediyesi'nden alın veya başvuruyu ELSA.NRW sistemiyle online yapın. Online başvuruda da imzanız gerekir: Beyanı yazdırın, imzalayın ve iki hafta içinde Abteilung Schwerbehindertenrecht'e gönderin.",
    'Soruları dikkatle cevaplayın ve güncel bulguların, doktor raporlarının veya bilirkişi raporlarının fotokopilerini ekleyin (iki yıldan eski olmamalı). 10 yaş ve üzeri kişiler için vesikalık fotoğraf gerekir.',
    'İzin verirseniz belediye eksik belgeleri doktorlarınızdan ister. Ardından GdB ve işaretler (Merkzeichen) hakkında bir karar (Bescheid) alırsınız.',
    'Kimliğin süresi dolmadan en geç üç ay önce uzatma başvurusu yapın.',
  ],
  documents: [
    'Doldurulmuş ve imzalanmış başvuru formu',
    'Güncel doktor belgelerinin fotokopileri (bulgu raporları, hastane raporları, bakım değerlendirme raporları)',
    'Vesikalık fotoğraf (10 yaş ve üzeri kişiler için)',
    'Alman pasaportunuz yoksa: yasal oturumunuzu gösteren belge',
  ],
} satisfies SeedAngebotTranslation
