import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Vergi beyannamesinde çocuk bakım masrafları (Kinderbetreuungskosten)',
  summary:
    "Kreş (Kita), gündüz bakıcısı (Kindertagespflege), açık tam gün okul (Offene Ganztagsschule) veya bebek bakıcısı için ödedikleriniz vergiyi azaltır: Masrafların yüzde 80'ini, çocuk başına yılda en fazla 4.800 Euro'yu özel gider (Sonderausgaben) olarak düşersiniz – 14 yaşından küçük çocuklar için.",
  costs:
    "Bakım masraflarının yüzde 80'i, çocuk başına yılda en fazla 4.800 Euro, vergiye tabi geliri azaltır (2025 vergi yılından itibaren). Ne kadar vergi tasarruf edeceğiniz vergi oranınıza bağlıdır.",
  provider: 'Finanzamt Hamm (Vergi Dairesi)',
  eligibilitySummary:
    'Vergiye tabi geliri olan ve 14 yaşından küçük bir çocuğun (veya engeli 25. yaş gününden önce başlamış bir çocuğun) bakımı için ödeme yapan ebeveynler için. Situations-Finder bu hizmeti kreşteki (Kita), gündüz bakıcısındaki, ilkokuldaki veya özel eğitim okulundaki çocuklar için gösterir: orta ve daha yüksek gelirde “uygun”, düşük gelirde “belki uygun”, çünkü o zaman çoğu zaman az vergi ödenir. Basitleştirme: Tam gün okul (Ganztag) veya okul sonrası bakım yeri (Hort) için gerçekten ücret ödeyip ödemediğinizi Situations-Finder sormaz; 14 yaşın üzerindeki engelli çocuklar tanınmaz.',
  synonyms:
    'çocuk bakım masrafları, kreş ücreti vergi, bakım masraflarını vergiden düşmek, vergi iadesi çocuk, gündüz bakıcısı vergi, OGS ücreti vergi, bebek bakıcısı vergi, özel gider, Kinderbetreuungskosten, Sonderausgaben, Steuererklärung, ELSTER',
  steps: [
    'Yıl boyunca faturaları veya katkı payı kararlarını (Beitragsbescheide) ve havaleleri gösteren banka hesap dökümlerini toplayın.',
    'Masrafları gelir vergisi beyannamesinde (Einkommensteuererklärung) çocuk ekine (Anlage Kind) yazın; en kolayı ELSTER üzerinden.',
    'Yemek ve boş zaman kursları için ödenen ücretleri önceden çıkarın.',
  ],
  documents: [
    'Faturalar veya katkı payı kararları (Kita, gündüz bakıcısı, OGS)',
    'Havale ile ödeme yapıldığını gösteren belgeler',
    'Özel bakımda: bakım sözleşmesi',
  ],
} satisfies SeedAngebotTranslation
