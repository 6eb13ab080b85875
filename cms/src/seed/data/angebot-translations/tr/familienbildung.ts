import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Aile eğitimi ve ebeveyn kursları (Familienbildung, Elternschule Hamm)',
  summary:
    "Bebek masajı, ebeveyn-çocuk grubu, ebeveyn kursu veya ergenlik üzerine bir konuşma: Elternschule Hamm (Hamm Ebeveyn Okulu), 100'den fazla kurumun ebeveynlere yönelik kurslarını ve buluşmalarını bir araya getirir – hamilelikten gençlik dönemine kadar. Birçok hizmet ücretsiz veya uygun fiyatlıdır.",
  costs:
    'Birçok buluşma ve konuşma ücretsizdir; kurslar için hizmet sağlayıcılar çoğunlukla küçük bir ücret alır. Fiyatlar her hizmetin kendi bilgilerinde yazar; indirim olup olmadığını sorun.',
  provider: 'Elternschule Hamm e.V. ve ağındaki kurumlar',
  eligibilitySummary: "Hamm'daki tüm anne-baba adayları, anneler, babalar ve çocuk yetiştiren diğer kişiler – hiçbir şart yok.",
  synonyms:
    'ebeveyn kursu, anne baba okulu, aile eğitimi, bebek masajı, bebek yüzme, doğuma hazırlık, anne bebek grubu, oyun grubu, emekleme grubu, çocuk yetiştirme kursu, aile merkezi, Elternschule, Elternkurs, Familienbildung, Krabbelgruppe, PEKiP, Familienzentrum',
  steps: [
    "Elternschule'nin kurs programına bakın veya Familienrathaus'ta, kreşinizde (Kita) ya da aile merkezinizde (Familienzentrum) yakınınızdaki hizmetleri sorun.",
    'Kurs için ilgili hizmet sağlayıcıya kaydolun.',
  ],
  documents: ['Belge gerekmez.'],
  ruleTexts: {
    'Sie erwarten ein Baby – die Elternschule hat Kurse schon für die Zeit vor der Geburt.':
      "Bebek bekliyorsunuz – Elternschule'nin doğumdan önceki dönem için de kursları var.",
    'Sie haben Kinder – die Elternschule Hamm bietet Kurse und Treffs für Eltern.':
      'Çocuklarınız var – Elternschule Hamm ebeveynlere kurslar ve buluşmalar sunuyor.',
  },
} satisfies SeedAngebotTranslation
