import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Tek ebeveynler için vergi indirimi (Entlastungsbetrag für Alleinerziehende, Steuerklasse II)',
  summary:
    "Tek ebeveynler daha az vergi öder: Yılda 4.260 Euro'luk indirim tutarı (Entlastungsbetrag) – ve her ek çocuk için 240 Euro – vergiden muaf kalır. İşçi veya çalışan olarak bunu vergi sınıfı II (Steuerklasse II) sayesinde her maaşınızla alırsınız.",
  costs:
    'Yılda 4.260 Euro vergiden muaf tutar, her ek çocuk için ayrıca 240 Euro. Ne kadar vergi tasarruf edeceğiniz vergi oranınıza bağlıdır. Başvuru ücretsizdir.',
  provider: 'Finanzamt Hamm (Vergi Dairesi)',
  eligibilitySummary:
    'Kendi vergiye tabi geliri olan, yanında en az bir çocuğun kayıtlı olduğu ve bu çocuk için çocuk parası (Kindergeld) veya çocuk vergi muafiyeti (Kinderfreibetrag) alan (18 yaşından küçük veya okul, mesleki eğitim ya da üniversitede 25 yaşına kadar) ve başka bir yetişkinle ortak hane yönetmeyen tek ebeveynler için. Geliriniz yoksa bu tutar size bir şey kazandırmaz. Basitleştirme: Situations-Finder, “tek ebeveyn” bilgisini, sizinle birlikte ortak bütçe yürüten başka bir yetişkin olmadığının işareti olarak kabul eder.',
  synonyms:
    'tek ebeveyn vergi indirimi, vergi sınıfı 2, vergi sınıfı II, tek ebeveyn vergi, bekar anne vergi, yalnız anne vergi, vergi avantajı, Entlastungsbetrag, Alleinerziehendenentlastungsbetrag, Steuerklasse 2, Steuerklasse II, Finanzamt',
  steps: [
    "Çalışıyorsanız: Finanzamt Hamm'a vergi sınıfı II'ye geçmek için başvurun; online ELSTER üzerinden veya „Antrag auf Lohnsteuer-Ermäßigung“ (gelir vergisi indirimi başvurusu) formuyla.",
    'Gelir vergisi beyannamesinde (Einkommensteuererklärung), çocuk ekinde (Anlage Kind) tek ebeveyn olduğunuzu belirtin.',
    "Yanınıza başka bir yetişkin taşınırsa bunu Finanzamt'a bildirin.",
  ],
  documents: ['Sizin ve çocuklarınızın vergi kimlik numarası (Steuer-ID)', 'Çocuk parasıyla (Kindergeld) ilgili bilgiler'],
  ruleTexts: {
    'Sie haben ein eigenes Einkommen, auf das Steuern anfallen können.': 'Vergi ödenebilecek kendi geliriniz var.',
  },
} satisfies SeedAngebotTranslation
