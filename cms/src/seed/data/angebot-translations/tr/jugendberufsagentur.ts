import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Hamm Gençlik Meslek Ajansı (Jugendberufsagentur Hamm – JuBA)',
  summary:
    'Bana hangi meslek uygun? Nerede mesleki eğitim yeri (Ausbildungsplatz) bulurum? Bismarckstraße 1 adresindeki Jugendberufsagentur Hamm, gençlere okuldan mesleki eğitime, üniversiteye ve işe geçişte yardım eder – her şey tek bir yerde ve ücretsiz.',
  costs: 'Danışmanlık ücretsizdir.',
  provider:
    "Agentur für Arbeit Hamm, Kommunales Jobcenter Hamm ve Hamm Belediyesi Jugendamt'ı ile „Kein Abschluss ohne Anschluss“ koordinasyon birimi",
  eligibilitySummary:
    "Hamm'da, yaklaşık olarak okuldaki meslek yönlendirme döneminden 25 yaşına kadar, okuldan mesleki eğitime, üniversiteye veya işe geçişte destek arayan gençler – ve ebeveynleri.",
  synonyms:
    'JuBA, gençlik meslek ajansı, meslek danışmanlığı, meslek seçimi, mesleki eğitim, mesleki eğitim yeri, staj, üniversite, iş başvurusu, iş, meslek, okul diploması, okuldan mesleğe geçiş, Jugendberufsagentur, Berufsberatung, Ausbildung, Ausbildungsplatz, Praktikum, KAoA, Kein Abschluss ohne Anschluss',
  steps: [
    "Bismarckstraße 1 adresindeki Jugendberufsagentur'a gelin veya randevu alın.",
    'Varsa son karnenizi (Zeugnis), özgeçmişinizi ve resmî dairelerden gelen mektupları yanınızda getirin. Ebeveynler de memnuniyetle gelebilir.',
    'Danışmanla birlikte sonraki adımları planlarsınız – staj, iş başvurusu, mesleki eğitim veya okul.',
  ],
  documents: [
    'Son okul karnesi (Schulzeugnis)',
    'Varsa özgeçmiş',
    "Varsa Agentur für Arbeit'tan, Jobcenter'dan veya Jugendamt'tan gelen mektuplar ve kararlar",
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein junger Mensch zwischen 14 und 24 Jahren – die JuBA hilft beim Weg in Ausbildung und Beruf.':
      'Ailenizde 14 ile 24 yaş arasında bir genç yaşıyor – JuBA mesleki eğitime ve mesleğe giden yolda yardım eder.',
    'Sie sind unter 25 Jahre alt – die JuBA hilft Ihnen beim Weg in Ausbildung und Beruf.':
      '25 yaşından küçüksünüz – JuBA size mesleki eğitime ve mesleğe giden yolda yardım eder.',
  },
} satisfies SeedAngebotTranslation
