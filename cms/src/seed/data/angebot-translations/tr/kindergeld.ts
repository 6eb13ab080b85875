import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Çocuk parası (Kindergeld)',
  summary:
    "Ebeveynler her çocuk için her ay çocuk parası (Kindergeld) alır – en az 18. yaş gününe kadar, okulda, mesleki eğitimde veya üniversitede çoğu zaman 25 yaşına kadar. Ocak 2026'dan beri çocuk başına ayda 259 Euro'dur; ne kadar kazandığınız önemli değildir.",
  costs: 'Çocuk başına ayda 259 Euro (2026 itibarıyla). Başvuru ücretsizdir.',
  provider: "Bundesagentur für Arbeit'ın (Federal İş Ajansı) Familienkasse'si (aile yardımları kasası)",
  eligibilitySummary:
    'Sizinle birlikte yaşayan 18 yaşından küçük çocuklar için. 18–24 yaş arası gençler için: okula gittikleri, mesleki eğitim gördükleri, üniversitede okudukları veya gönüllü hizmet yaptıkları sürece (bunun için evden taşınmış olsalar bile); iş arayan olarak kayıtlıysalar 20 yaşına kadar; mesleki eğitim yeri bulamadıkları veya iki eğitim aşaması (örneğin okul ve mesleki eğitim) arasında en fazla dört aylık bir ara verdikleri sürece 24 yaşına kadar. Engeli 25. yaş gününden önce başlamış çocuklar için bundan sonra da. Ebeveynlerin Alman veya AB vatandaşı olması ya da uygun bir oturum iznine (Aufenthaltstitel) sahip olması gerekir. İlk mesleki eğitim tamamlandıktan sonra ikinci bir eğitim ancak çocuğunuz yanında haftada en fazla 20 saat çalışıyorsa sayılır. Situations-Finder bunu sormaz, hangi tür oturum izniniz olduğunu da sormaz.',
  synonyms:
    'çocuk parası, Kindergeld, Familienkasse, aile kasası, çocuklar için para, çocuk parası başvurusu, çocuk yardımı, 259 Euro, Kindergeldantrag, Kindergeld 2026',
  steps: [
    'Çocuğunuzun doğum belgesi (Geburtsurkunde) ve vergi kimlik numarası (Steuer-ID) elinize geçene kadar bekleyin. Vergi kimlik numarası doğumdan birkaç hafta sonra postayla gelir.',
    "Başvurunuzu Familienkasse'nin internet sitesinden online olarak veya formla yazılı olarak yapın.",
    "Sorularınız mı var? Familienkasse'nin Familienrathaus Hamm'da danışma saatleri vardır. Orada formu doldurmanıza da yardım edilir.",
    "Değişiklikleri Familienkasse'ye bildirin, örneğin çocuğunuz 18. yaş gününden sonra okulu bitirirse veya mesleki eğitime başlarsa.",
  ],
  documents: [
    'Sizin ve diğer ebeveynin vergi kimlik numarası (Steuer-ID)',
    'Çocuğunuzun vergi kimlik numarası',
    'Çocuğun doğum belgesi (Geburtsurkunde veya Geburtsbescheinigung)',
    'Banka bilgileriniz (IBAN)',
    '18 yaş ve üzeri çocuklar için: okul, mesleki eğitim, üniversite veya gönüllü hizmet belgesi',
    'Alman pasaportunuz yoksa: oturum izniniz (Aufenthaltstitel)',
  ],
  reminders: ['Kindergeld için başvurun'],
  deadline: 'En fazla 6 ay geriye dönük: başvuruyu doğumdan kısa süre sonra yapın.',
  ruleTexts: {
    'Ihr Kind einen Ausbildungsplatz sucht und keinen findet oder höchstens vier Monate zwischen zwei Ausbildungsabschnitten überbrückt':
      'çocuğunuz mesleki eğitim yeri arıyor ve bulamıyorsa ya da iki eğitim aşaması arasında en fazla dört aylık bir ara veriyorsa',
    'die Behinderung vor dem 25. Geburtstag eingetreten ist und Ihr Kind sich deswegen nicht selbst unterhalten kann':
      'engel 25. yaş gününden önce başladıysa ve çocuğunuz bu nedenle kendi geçimini sağlayamıyorsa',
  },
} satisfies SeedAngebotTranslation
