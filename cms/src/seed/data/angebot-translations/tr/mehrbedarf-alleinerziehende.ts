import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Tek ebeveynler için ek ihtiyaç payı (Mehrbedarf für Alleinerziehende – Grundsicherungsgeld, eski adıyla Bürgergeld)',
  summary:
    "Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) veya sosyal yardım (Sozialhilfe) alan ve çocuklarını tek başına büyüten kişi, ek ihtiyaç payı (Mehrbedarf) alır: çocukların sayısına ve yaşına göre temel ihtiyacın (Regelbedarf) yüzde 12 ile 60'ı, 2026'da ayda 67,56 ile 337,80 Euro.",
  costs:
    "2026 itibarıyla (temel ihtiyaç 563 Euro): yüzde 36 ayda 202,68 Euro'dur, çocuk başına yüzde 12 ise 67,56 Euro'dur, en fazla yüzde 60 ise 337,80 Euro'dur. Ayrı bir başvuru yoktur – ek ihtiyaç payı temel gelir desteğinin bir parçasıdır.",
  provider: 'Kommunales Jobcenter Hamm (sosyal yardımda: Hamm Belediyesi, Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld) veya sosyal yardım alan ve bakımını ve yetiştirilmesini tek başına üstlendikleri en az bir reşit olmayan çocukla birlikte yaşayan tek ebeveynler için. Henüz temel gelir desteğine başvurmadıysanız ve temel gelir desteği sizin için söz konusu olabiliyorsa, Situations-Finder hizmeti “belki uygun” olarak gösterir.',
  synonyms:
    'tek ebeveyn ek ödeme, tek ebeveyn zammı, bekar anne Jobcenter, tek ebeveyn Bürgergeld, ek ihtiyaç payı, Mehrbedarf Alleinerziehende, Alleinerziehendenmehrbedarf, Grundsicherungsgeld alleinerziehend, Bürgergeld alleinerziehend, Jobcenter',
  steps: [
    'Temel gelir desteği başvurusunda tek ebeveyn olduğunuzu ve çocuklarınızın kaç yaşında olduğunu belirtin.',
    "Kararda (Bescheid) tek ebeveynler için ek ihtiyaç payının dikkate alınıp alınmadığını kontrol edin. Alınmadıysa Jobcenter'a başvurun veya itiraz (Widerspruch) edin.",
  ],
  documents: ['Çocukların doğum belgeleri (Geburtsurkunden)', 'Ortak bakımda: bakım sürelerinin nasıl paylaşıldığına dair bilgiler'],
} satisfies SeedAngebotTranslation
