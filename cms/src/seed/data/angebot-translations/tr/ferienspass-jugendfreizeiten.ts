import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Tatil eğlencesi ve çocuk ve genç kampları (Ferienspaß und Kinder- und Jugendfreizeiten)',
  summary:
    "Geziler, atölyeler, spor ve tatil gezileri: Hamm Belediyesi'nin Ferienspaß (tatil eğlencesi) programıyla 6 ile 16 yaş arası çocuklar ve gençler heyecanlı tatiller geçirir – yaz, paskalya ve sonbahar tatillerinde. Tatil gezileri 18 yaşına kadar var.",
  costs:
    "Birçok etkinlik ücretsizdir, diğerleri için bir ücret ödenir – geziler ve birkaç günlük seyahatler daha pahalıdır. Fiyatlar her etkinliğin bilgilerinde yazar. YouCardHamm (Bildung und Teilhabe) ile kamplar ve geziler (Freizeiten) için ayda 15 Euro'luk katılım bütçesini kullanabilirsiniz; düzenleyicilere indirim olup olmadığını da sorun.",
  provider: "Hamm Belediyesi (koordinasyon Jugendamt'ta), dernekler, gençlik merkezleri, kilise cemaatleri ve kuruluşlarla birlikte",
  eligibilitySummary:
    "6 ile 16 yaş arası çocuklar ve gençler (Ferienspaß) ve 18 yaşına kadar gençler (tatil kampları – Ferienfreizeiten), özellikle Hamm'dan. Katılım, etkinliğe ve boş yer olup olmamasına bağlıdır.",
  synonyms:
    'tatil eğlencesi, tatil programı, tatil takvimi, tatil kampı, yaz kampı, çadır kampı, gençlik kampı, yaz tatili, paskalya tatili, sonbahar tatili, gezi, atölye, Ferienspaß, Ferienspass, Ferienfreizeit, Ferienlager, Jugendfreizeit',
  steps: [
    "Tatilden önce hamm.de'deki Ferienspaß takvimine bakın. Orada tüm etkinlikler yaş, tarih ve ücret bilgileriyle yer alır.",
    'Çocuğunuzu doğrudan düzenleyiciye kaydettirin. Yaz etkinliklerinin çoğu için kayıt, tatilden kısa süre önce başlar.',
    'Birkaç günlük tatil gezileri için gençlik kuruluşlarına, kilise cemaatlerine ve sosyal yardım kuruluşlarına sorun – çoğu zaman daha ilkbaharda.',
  ],
  documents: [
    'Düzenleyiciye kayıt',
    'Geziler için: ebeveynlerin izin belgesi (Einverständniserklärung) ve sigorta kartının fotokopisi',
    'Varsa YouCardHamm',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind oder eine Jugendliche im Alter für den Ferienspaß (von 6 bis 16 Jahren) oder für Ferienfreizeiten (bis 18 Jahre).':
      'Ailenizde Ferienspaß (6 ile 16 yaş arası) veya tatil kampları (18 yaşına kadar) için uygun yaşta bir çocuk veya genç yaşıyor.',
  },
} satisfies SeedAngebotTranslation
