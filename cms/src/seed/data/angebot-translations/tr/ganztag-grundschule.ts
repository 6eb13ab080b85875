import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'İlkokulda açık tam gün okul (Offene Ganztagsschule – OGS)',
  summary:
    "Hamm'daki tüm ilkokullarda açık tam gün okul (Offener Ganztag) var: öğle yemeği, ödev zamanı, oyun ve öğleden sonraya kadar destek. 2026/27 okul yılından itibaren birinci sınıf çocuklarının tam gün okulda yer hakkı vardır.",
  costs:
    "Gelirinize göre belirlenen ve tüm okul yılı (1 Ağustos – 31 Temmuz) için geçerli olan aylık bir ebeveyn katkı payı ödersiniz. Bunu Jugendamt belirler. Düşük gelirli aileler hiçbir şey ödemez; kreşte (Kita), gündüz bakıcısında (Tagespflege) veya OGS'de olan kardeşler için ücret alınmaz. Öğle yemeği ayrıca ücretlidir – YouCardHamm (Bildung und Teilhabe) ile ücretsizdir.",
  provider:
    'Hamm Belediyesi (okulların sorumlusu – Schulträger), okullardaki serbest gençlik yardımı kuruluşlarıyla (freie Träger der Jugendhilfe) birlikte',
  eligibilitySummary:
    "Hamm'da bir ilkokula (Grundschule) veya özel eğitim okuluna (Förderschule) giden çocuklar. Temmuz 2026'ya kadar boş yere göre; 2026/27 okul yılından itibaren birinci sınıf çocukları için yasal hak, sonra her yıl bir sınıf daha için.",
  synonyms:
    'OGS, tam gün okul, tam gün bakım, öğleden sonra bakımı, okul sonrası bakım, ödev yardımı, etüt, öğle yemeği, tam gün yasal hak, ilkokul, Offene Ganztagsschule, Offener Ganztag, Ganztag, Hort, Grundschule',
  steps: [
    'Çocuğunuzun okuluyla konuşun – en iyisi birinci sınıfa kayıt sırasında.',
    "OGS kayıt formunu doldurun. Kabul konusunda okul müdürlüğü karar verir ve kaydı Jugendamt'a iletir.",
    'Jugendamt sizden gelirinizle ilgili bir öz beyan (Selbsteinschätzung) ister ve size katkı payı kararını (Beitragsbescheid) gönderir.',
    "Öğle yemeği konusunu OGS ile netleştirin. YouCardHamm'ınız varsa yemek çocuğunuz için ücretsizdir.",
  ],
  documents: [
    'Okulun açık tam gün okul (OGS) kayıt formu',
    "Ebeveyn geliriyle ilgili öz beyan (Jugendamt'ın formu)",
    'Varsa eğitim ve katılım yardımı kararı (Bildung und Teilhabe, YouCardHamm)',
  ],
  ruleTexts: {
    'Ihr Kind geht in eine Grund- oder Förderschule – dort gibt es in Hamm den Offenen Ganztag.':
      "Çocuğunuz bir ilkokula veya özel eğitim okuluna gidiyor – Hamm'da bu okullarda açık tam gün okul (Offener Ganztag) var.",
  },
} satisfies SeedAngebotTranslation
