import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Çocuklar için kimlik kartı ve pasaport (Personalausweis und Reisepass für Kinder)',
  summary:
    "Çocuk pasaportu (Kinderreisepass) 2024'ten beri yok. Çocuğunuz için Bürgeramt'ta kimlik kartı (Personalausweis, Avrupa için) veya pasaport (Reisepass, tüm dünya için) başvurusu yaparsınız. 24 yaşından küçükler için ikisi de altı yıl geçerlidir: 27,60 Euro (kimlik kartı) veya 37,50 Euro (pasaport).",
  costs:
    "24 yaşından küçük başvuru sahipleri için kimlik kartı: 27,60 Euro (7 Şubat 2026'dan beri; önceden 22,80 Euro). 24 yaşından küçükler için pasaport: 37,50 Euro, ekspres işlemde 32 Euro daha fazla, 32 yerine 48 sayfalı pasaport 22 Euro daha fazla. Geçici pasaport: 26 Euro. Bürgeramt'ta dijital vesikalık fotoğraf: 6 Euro.",
  provider: 'Hamm Belediyesi (Stadt Hamm) – Bürgerämter (pasaport ve kimlik kartı dairesi)',
  eligibilitySummary:
    "Alman vatandaşı olan ve Hamm'da kayıtlı (gemeldet) 18 yaşından küçük çocuklar ve gençler için – bebeklikten itibaren. Situations-Finder çocukların vatandaşlığını sormaz: Hanede Alman bir ebeveyn yaşıyorsa hizmeti “uygun”, yoksa yalnızca “belki uygun” olarak gösterir. Çünkü hanede yaşamayan bir ebeveyn Alman ise ya da çocuk Almanya'da doğduysa ve ebeveynlerden biri o sırada beş yıldır burada yasal olarak yaşıyor ve süresiz oturum hakkına sahipse, çocuğunuz da Alman olabilir.",
  synonyms:
    'çocuk pasaportu, çocuk kimliği, çocuk kimlik kartı, bebek pasaportu, bebek kimliği, çocukla tatil, çocukla yurt dışı seyahati, vesikalık fotoğraf, muvafakatname, izin belgesi, ekspres pasaport, geçici pasaport, Kinderreisepass, Personalausweis, Reisepass, Kinderausweis, Bürgeramt, Einverständniserklärung',
  steps: [
    "Gideceğiniz ülke için kimlik kartının yeterli olup olmadığını veya çocuğunuzun pasaporta ihtiyacı olup olmadığını Auswärtiges Amt'ın (Dışişleri Bakanlığı) sayfasından kontrol edin.",
    "Hamm Belediyesi'nin bir Bürgeramt'ından randevu alın, örneğin belediyenin servis telefonundan: 02381 17-7777. Belgenin hazırlanması için birkaç hafta hesaplayın.",
    "İki ebeveynin de velayeti varsa ve randevuya yalnızca biri geliyorsa, diğer ebeveyn izin belgesini (Einverständniserklärung, Hamm Belediyesi'nin formu) doldurur ve kimliğinin bir fotokopisini verir.",
    'Randevuya çocuğunuzla birlikte gelin. Dijital fotoğraf orada çekilebilir. Altı yaşından itibaren çocuğunuzun iki parmak izi alınır.',
    "Hazır olan belgeyi Bürgeramt'tan alın ve çocuğunuzun eski belgesini de getirin. Yetki (Vollmacht) verdiğiniz başka bir kişi de belgeyi alabilir.",
  ],
  documents: [
    'İlk belge için: çocuğunuzun doğum belgesi (Geburtsurkunde); değilse önceki belge, örneğin çocuk pasaportu (Kinderreisepass)',
    'Kendi kimlik belgeleriniz',
    'Velayeti olan diğer ebeveyn gelmiyorsa onun izin belgesi (Einverständniserklärung) ve kimliğinin fotokopisi',
    "Velayet yalnızca sizdeyse bunun kanıtı, örneğin bir mahkeme kararı veya – evli değilseniz – Jugendamt'ın velayet beyanı (Sorgeerklärung) verilmediğine dair belgesi",
    "Dijital biyometrik vesikalık fotoğraf (Bürgeramt'ta veya sertifikalı bir fotoğraf stüdyosunda çekilir)",
  ],
  ruleTexts: {
    'Sie haben ein minderjähriges Kind – einen Ausweis oder Pass für Ihr Kind beantragen Sie als Eltern im Bürgeramt.':
      "Reşit olmayan bir çocuğunuz var – çocuğunuzun kimlik kartı veya pasaportu için ebeveyn olarak Bürgeramt'a başvurursunuz.",
    'Sie als Elternteil sind deutsch – dann ist es Ihr Kind in aller Regel auch.':
      'Siz ebeveyn olarak Alman vatandaşısınız – o zaman çocuğunuz da genellikle Alman vatandaşıdır.',
    'Ihr Kind die deutsche Staatsangehörigkeit hat': 'çocuğunuz Alman vatandaşıysa',
  },
} satisfies SeedAngebotTranslation
