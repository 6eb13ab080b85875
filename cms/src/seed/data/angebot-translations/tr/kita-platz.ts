import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: "Hamm'da kreş yeri (Kita-Platz)",
  summary:
    "Çocuğunuzun ilk yaş gününden itibaren bir bakım yeri hakkı, üç yaşından itibaren de bir kreşte (Kita) yer hakkı vardır. Hamm'da çocuğunuzu Kitaportal'da online olarak ön kayda yazdırırsınız – en iyisi erkenden.",
  costs:
    "Ebeveyn katkı payı ailenin gelirine, bakım süresine ve çocuğun yaşına bağlıdır (Hamm Belediyesi Elternbeitragssatzung'u). Hamm'da en fazla bir çocuk için ödersiniz; kardeşler ücretsizdir. NRW'de okuldan önceki son iki kreş yılı ücretsizdir. Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), sosyal yardım (Sozialhilfe), sığınmacı yardımları (Asylbewerberleistungen), kira yardımı (Wohngeld) veya ek çocuk parası (Kinderzuschlag) alan aileler başvuru üzerine hiçbir şey ödemez. Öğle yemeği ayrıca ücretlidir; bunun için eğitim ve katılım yardımı (Bildung und Teilhabe) vardır.",
  provider:
    "Hamm Belediyesi Jugendamt'ı (Erken Çocukluk Eğitimi Bölümü – Abteilung Frühkindliche Bildung) ve kreşlerin sorumlu kuruluşları (Träger)",
  eligibilitySummary:
    "Hamm'daki tüm çocuklar, ilk yaş gününden okula başlayana kadar (yasal hak; üç yaşından itibaren kreşte yer hakkı). Bir yaşından küçük çocuklar, iki ebeveyn de (veya tek ebeveyn) çalışıyorsa, mesleki eğitim görüyorsa, üniversitede okuyorsa, iş arıyorsa veya Jobcenter'ın bir programına katılıyorsa – ya da bakım çocuğun gelişimi için gerekliyse yer alır; bunu Jugendamt kontrol eder (§ 24 Abs. 1 SGB VIII).",
  synonyms:
    'kreş, anaokulu, kreş yeri, çocuk yuvası, bakım yeri, kreş kaydı, ön kayıt, 3 yaş altı, 3 yaş üstü, çocuk bakımı, yasal hak, Kita, Kindergarten, Kindertagesstätte, Kita-Platz, Kitaplatz, Krippe, U3, Ü3, Kitaportal, Kita-Anmeldung, Vormerkung, Rechtsanspruch',
  steps: [
    "Yakınınızdaki kreşlere bakın – Hamm Belediyesi'nin Kitaportal'ında tüm kurumları bulabilirsiniz.",
    "Çocuğunuzu Kitaportal'da istediğiniz kreşler için ön kayda yazdırın. 1 Ağustos'tan itibaren bir yer için bunu Ocak ortasına kadar yapmalısınız.",
    'Kreşle iletişime geçin ve bir tanışma randevusu alın.',
    'Olumlu yanıt alırsanız kreşle bakım sözleşmesini yapın. Ardından Jugendamt sizden ebeveyn katkı payı için gelirinizi kendiniz beyan etmenizi ister.',
    "Yer bulamıyor musunuz? Jugendamt'ın çocuk bakımı danışma ve yönlendirme birimini arayın: 02381 17-6399.",
  ],
  documents: [
    'Çocuğun doğum belgesi (Geburtsurkunde) veya kimlik belgesi',
    'İş, mesleki eğitim, üniversite veya iş arama belgesi (bir yaşından küçük çocuklar için ve daha uzun bakım süreleri için)',
    "Ebeveyn geliriyle ilgili öz beyan (Jugendamt'ın formu)",
    'Muafiyet istiyorsanız temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld), kira yardımı (Wohngeld), ek çocuk parası (Kinderzuschlag) veya benzeri bir yardımın kararı (Bescheid)',
  ],
  ruleTexts: {
    'Ihr Kind ist mindestens ein Jahr alt und noch nicht in der Schule. Es hat ein Recht auf einen Betreuungsplatz.':
      'Çocuğunuz en az bir yaşında ve henüz okula başlamadı. Bir bakım yeri hakkı var.',
    'Ihr Kind ist sechs Jahre alt und geht noch nicht zur Schule.': 'Çocuğunuz altı yaşında ve henüz okula gitmiyor.',
    'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).':
      'Bebeğiniz bir yaşından küçük ve hanedeki tüm ebeveynler çalışıyor, eğitim görüyor veya iş arıyor – o zaman bebeğinizin de bakım desteği hakkı var (§ 24 Abs. 1 SGB VIII).',
    'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt':
      "bakım bebeğinizin gelişimi için gerekliyse veya Jobcenter'ın işe yerleştirme amaçlı bir programına katılıyorsanız – bunu Jugendamt kontrol eder",
  },
} satisfies SeedAngebotTranslation
