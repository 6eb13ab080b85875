import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Sosyal Deutschlandticket (Deutschlandticket Sozial)',
  summary:
    "Deutschlandticket Sozial ile temel gelir desteği (Grundsicherungsgeld, eski Bürgergeld), Sozialhilfe, Wohngeld veya Asylbewerberleistungen alanlar tüm Almanya'da yerel otobüs ve trenlerle daha ucuza yolculuk eder. Hamm'da hak belgesini (Berechtigungsnachweis) yardımınızı ödeyen yerden alırsınız.",
  costs:
    "Her ay iptal edilebilen, normal Deutschlandticket fiyatının (Ocak 2026'dan beri ayda 63 Euro) altında indirimli fiyatlı bir abonelik. 2025'te Deutschlandticket Sozial, Nordrhein-Westfalen'de 48 Euro idi; güncel fiyatı Stadtwerke Hamm size söyler. Ödeme otomatik banka çekimi (Lastschrift) ile yapılır.",
  provider: 'Stadtwerke Hamm (satış) ve yardımınızı ödeyen yer (hak belgesi)',
  eligibilitySummary:
    "Hamm'da oturan ve temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım, kira yardımı (Wohngeld), sığınmacı yardımları veya savaş mağdurlarına yardım (Kriegsopferfürsorge) alan kişiler için. Bu yardımlardan hiçbirini belirtmediyseniz ama birini alabilecekseniz, Situations-Finder hizmeti “belki uygun” olarak gösterir. Ulaşım birliklerinin bilgilerine göre tek başına ek çocuk parası (Kinderzuschlag), hak veren yardımlardan değildir; emin değilseniz Hamm Belediyesi'ne sorun.",
  synonyms:
    'sosyal bilet, ucuz bilet, indirimli bilet, ucuz otobüs ve tren, aylık bilet, Jobcenter bilet, Bürgergeld bilet, Sozialticket, Deutschlandticket Sozial, D-Ticket Sozial, HammTicket Mobil, MobilAbo, Stadtwerke Hamm',
  steps: [
    "Hakkınızı belgeletin – size yardımı ödeyen yerde, örneğin Kommunales Jobcenter'da veya Hamm Belediyesi'nin Wohngeld bürosunda (Wohngeldstelle). Çoğu zaman güncel karar (Bescheid) yeterlidir.",
    "Deutschlandticket Sozial'i hak belgesi ve kimliğinizle Stadtwerke Hamm'dan, online veya müşteri merkezinde sipariş edin.",
    'Yardımınız yeniden onaylandığında belgeyi zamanında uzatın.',
  ],
  documents: [
    'Güncel yardım kararı veya hak belgesi (Berechtigungsnachweis)',
    'Kimlik kartı veya fotoğraflı başka bir kimlik',
    'Otomatik ödeme için banka bilgileri',
  ],
} satisfies SeedAngebotTranslation
