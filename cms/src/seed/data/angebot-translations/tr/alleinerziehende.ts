import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Tek ebeveynsiniz ama yalnız değilsiniz: Tek ebeveynlere yardımlar (Hilfen für Alleinerziehende)',
  summary:
    "Çocuğunuzu tek başınıza mı büyütüyorsunuz? Hamm'da tek ebeveynler için birçok hizmet, buluşma yeri ve başvurabileceğiniz kişi var. Ayrıca bilmeniz gereken para yardımları da var.",
  costs: 'Danışmanlık ücretsizdir.',
  provider: 'Hamm Belediyesi (Stadt Hamm) – Jugendamt (Gençlik Dairesi), Familienbüro (Aile Bürosu) ve ortak kuruluşlar',
  eligibilitySummary: "Hamm'da, çocuğunu veya çocuklarını hanede bir eş ya da partner olmadan yetiştiren anneler ve babalar.",
  synonyms:
    'tek ebeveyn, yalnız anne, yalnız baba, bekar anne, bekar baba, tek başına çocuk büyütmek, ayrılık, boşanma, nafaka, vergi sınıfı 2, Alleinerziehende, alleinerziehend, Beistandschaft, Entlastungsbetrag, Steuerklasse 2',
  steps: [
    "Dijital Familienrathaus'taki Situations-Finder'ı kullanın: Size ailenize uygun yardımları gösterir.",
    "Familienrathaus'a gelin veya Familienbüro'ya (Aile Bürosu) başvurun. Orada, yakınınızda hangi danışmanlık ve buluşma hizmetleri olduğunu öğrenirsiniz.",
    "Konu nafaka veya çocukla görüşme (Umgang) ise Jugendamt'tan randevu alın. Varsa ayrılık, boşanma veya nafaka ile ilgili belgeleri yanınızda getirin.",
  ],
  documents: ['Varsa: ayrılık, boşanma, velayet veya nafaka ile ilgili belgeler', 'Zaten aldığınız yardımlara ait kararlar (Bescheide)'],
  ruleTexts: {
    'Sie erziehen Ihr Kind allein.': 'Çocuğunuzu tek başınıza büyütüyorsunuz.',
  },
} satisfies SeedAngebotTranslation
