import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Üniversiteye başlama yardımı (Studienstarthilfe)',
  summary:
    '25 yaşından küçük, ilk kez üniversiteye başlayan ve daha önce Grundsicherungsgeld (eski adıyla Bürgergeld), kira yardımı (Wohngeld), ek çocuk parası (Kinderzuschlag), Sozialhilfe veya Asylbewerberleistungen almış kişi, bir kez 1.000 Euro üniversiteye başlama yardımı alabilir; bu para geri ödenmez.',
  costs: 'Bir kereye mahsus 1.000 Euro hibe. Başvuru ücretsizdir.',
  provider: "Üniversitenin Studierendenwerk'i (BAföG Digital üzerinden)",
  eligibilitySummary:
    'Üniversite eğitimine başlamadan önceki ayda temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım, sığınmacı yardımları veya çocuk ve gençlik yardımı (Kinder- und Jugendhilfe) almış olan ya da kendileri için kira yardımı (Wohngeld) veya ek çocuk parası (Kinderzuschlag) ödenmiş olan, ilk üniversite eğitimine başlayan 25 yaşından küçük öğrenciler için. Bu yardımlardan hiçbirini belirtmediyseniz ama birini alabilecekseniz, Situations-Finder hizmeti “belki uygun” olarak gösterir.',
  synonyms:
    'üniversiteye başlama yardımı, üniversite başlangıç parası, 1000 Euro üniversite, ilk dönem yardımı, yeni öğrenci yardımı, Studienstarthilfe, Studienstart, BAföG Digital',
  steps: [
    'Üniversiteye kaydolun.',
    "Başvuruyu BAföG Digital üzerinden online yapın – en geç üniversite eğitiminin başladığı ayı izleyen ayın sonuna kadar (eğitim Ekim'de başlıyorsa Kasım sonuna kadar).",
    'Eğitime başlamadan önceki aya ait sosyal yardım belgesini ve öğrenci belgesini (Immatrikulationsbescheinigung) yükleyin.',
  ],
  documents: [
    'Öğrenci belgesi (Immatrikulationsbescheinigung)',
    'Eğitime başlamadan önceki ay için Grundsicherungsgeld (eski adıyla Bürgergeld), sosyal yardım, sığınmacı yardımları, kira yardımı (Wohngeld) veya ek çocuk parası (Kinderzuschlag) kararı',
  ],
} satisfies SeedAngebotTranslation
