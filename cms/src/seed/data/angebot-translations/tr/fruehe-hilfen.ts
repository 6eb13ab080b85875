import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Erken yardımlar – hamilelikten 3. yaş gününe kadar destek (Frühe Hilfen)',
  summary:
    "Hamile misiniz, bebeğiniz mi var, sorunuz mu var? Hamm'da erken yardımlar (Frühe Hilfen) ailelere hamilelikten çocuğun üçüncü yaş gününe kadar eşlik eder: bebek rehberleri (Babylotsen), hoş geldin ziyaretleri, Schreisprechstunde, aile gönüllüleri (Familienpaten), buluşmalar. Ücretsiz, isteğe bağlı.",
  costs: 'Ücretsizdir.',
  provider:
    "Hamm Belediyesi (Stadt Hamm) – Familienrathaus'taki Frühe Hilfen; AWO, Katholischer Sozialdienst, Caritas, Friedrich-Wilhelm-Stift, Diakonie ve doğum klinikleri ile birlikte",
  eligibilitySummary: "Hamm'daki tüm anne-baba adayları ve üç yaşından küçük çocuğu olan aileler – özellikle daha fazla destek isteyen aileler.",
  synonyms:
    'erken yardımlar, bebek rehberi, çok ağlayan bebek, bebek çok ağlıyor, aile gönüllüsü, aile ebesi, bebek, hamilelik, yeni doğan, anne bebek grubu, Frühe Hilfen, Babylotsen, Schreibaby, Schreisprechstunde, Familienpaten, Kleine Knirpse, Ein guter Start, Familienhebamme',
  steps: [
    "Doğum kliniğindeki bebek rehberleriyle (Babylotsen) konuşun veya Familienrathaus'taki aile hizmet masasına (Familien-Service-Theke) gelin.",
    'Ne istediğinizi anlatın – örneğin diğer ebeveynlerle fikir alışverişi, çok ağlayan bir bebek konusunda yardım veya bir aile gönüllüsü (Familienpatin).',
    'Frühe Hilfen uzmanları sizi yakınınızdaki uygun hizmete yönlendirir.',
  ],
  documents: ['Belge gerekmez.'],
  ruleTexts: {
    'Sie erwarten ein Baby – die Frühen Hilfen begleiten Sie schon in der Schwangerschaft.':
      'Bebek bekliyorsunuz – Frühe Hilfen size daha hamilelikte eşlik eder.',
    'In Ihrer Familie lebt ein Kind unter drei Jahren.': 'Ailenizde üç yaşından küçük bir çocuk yaşıyor.',
  },
} satisfies SeedAngebotTranslation
