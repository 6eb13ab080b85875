import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'İlkokul çocukları için tatilde çocuk bakımı (Ferienbetreuung)',
  summary:
    "Okul tatilleri uzun, ebeveynlerin izni ise çoğu zaman kısa. Hamm'da 6 ile 12 yaş arası çocuklar için tam gün tatil bakımı var – açık tam gün okulda (Offene Ganztagsschule), KUS okullarında ve derneklerde ve sosyal yardım kuruluşlarında.",
  costs:
    "Okulların tatil bakımı için Jugendamt, ebeveyn katkı payı yönetmeliğine (Elternbeitragssatzung) göre ayrı bir ücret belirler (aylık ücret değil, her tatil programı için). Derneklerde ve kuruluşlarda ücret, programa bağlıdır. İndirim olup olmadığını sorun. YouCardHamm (Bildung und Teilhabe) ile ortak öğle yemeği karşılanır; tatil kampları ve gezileri (Freizeiten) için ayda 15 Euro'luk katılım bütçesini kullanabilirsiniz.",
  provider: "Hamm'daki açık tam gün okullar (OGS) ve KUS okulları, dernekler ve sosyal yardım kuruluşları",
  eligibilitySummary:
    "Hamm'daki 6 ile 12 yaş arası ilkokul çocukları, özellikle açık tam gün okula (OGS) giden çocuklar. Derneklerde ve kuruluşlarda yerler, programa ve boş yer olup olmamasına bağlıdır.",
  synonyms:
    'tatilde çocuk bakımı, tatil bakımı, okul tatili, yaz tatili, paskalya tatili, sonbahar tatili, tatil programı, tatil etkinlikleri, OGS tatil, Ferienbetreuung, Ferien, Sommerferien, Ferienprogramm, Ferienspiele',
  steps: [
    "Çocuğunuzun OGS'sine veya okuluna, hangi tatil haftalarında bakım olduğunu erkenden sorun.",
    'Çocuğunuzu istediğiniz haftalar için bağlayıcı olarak kaydettirin – yerlere çok talep var.',
    'Derneklerin ve kuruluşların programları için doğrudan düzenleyiciye başvurun. Familienbüro aramanızda size yardımcı olur.',
  ],
  documents: ['Okulun veya düzenleyicinin kayıt formu', 'Varsa eğitim ve katılım yardımı kararı (Bildung und Teilhabe, YouCardHamm)'],
  ruleTexts: {
    'Ihr Kind ist im Grundschulalter (6 bis 12 Jahre) – für diese Kinder gibt es in Hamm ganztägige Ferienbetreuung.':
      "Çocuğunuz ilkokul çağında (6 ile 12 yaş arası) – Hamm'da bu çocuklar için tam gün tatil bakımı var.",
  },
} satisfies SeedAngebotTranslation
