import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Hamilelikte ve lohusalıkta ebe yardımı (Hebammenhilfe)',
  summary:
    'Bir ebe (Hebamme) size hamilelikte, doğumda ve doğumdan sonra on iki haftaya kadar eşlik eder – evde de. Yasal sigortalılar için ücreti sağlık sigortası öder. Erkenden bir ebe arayın, en iyisi pozitif testten hemen sonra.',
  costs:
    'Yasal sigortalılar için ücretsiz – ebe doğrudan sağlık sigortasıyla hesaplaşır. Özel sigortalılar fatura alır ve geri ödemeyi önceden sigortalarıyla netleştirmelidir. Bazı kurslar (örneğin bebek masajı) sigortanın karşıladığı hizmetlerden değildir.',
  provider: 'Serbest çalışan ebeler, doğum klinikleri ve doğum evleri; masrafları sağlık sigortası karşılar',
  eligibilitySummary:
    'Yasal sağlık sigortalı hamile kadınlar ve doğumdan sonra on iki haftaya kadar anneler (emzirme danışmanlığı ve beslenme sorunlarında yardım bundan sonra da). Anne çocuğa bakamıyorsa, çocuğun kendisinin hakkı vardır. Özel sigortalılar masrafları önceden sigortalarıyla netleştirir.',
  synonyms:
    'ebe, ebe yardımı, lohusalık, doğum sonrası bakım, doğuma hazırlık, doğum sonrası jimnastik, emzirme danışmanlığı, hamilelik, doğum, kontrol, Hebamme, Hebammenhilfe, Wochenbett, Nachsorge, Rückbildung, Stillberatung',
  steps: [
    'Hamile olduğunuzu öğrenir öğrenmez bir ebe arayın – örneğin sağlık sigortanızın ebe arama hizmeti veya ebeler birliği (Hebammenverband) üzerinden.',
    'Ebeyle kontroller, doğuma hazırlık ve doğumdan sonraki bakım konusunda anlaşın.',
    'İlk randevuda sigorta kartınızı gösterin. Ebe doğrudan sağlık sigortasıyla hesaplaşır.',
    "Ebe bulamıyor musunuz? Kadın doğum doktorunuzla, sağlık sigortanızla veya Familienrathaus'taki Frühe Hilfen ile konuşun.",
  ],
  documents: ['Elektronik sağlık kartı (sigorta kartı – Versichertenkarte)', 'Anne pasaportu (Mutterpass)'],
  ruleTexts: {
    'Sie sind schwanger – die Krankenversicherung bezahlt Ihre Hebamme (gesetzlich nach § 24d SGB V, privat nach Ihrem Tarif).':
      "Hamilesiniz – ebenizin ücretini sağlık sigortası öder (yasal sigortada § 24d SGB V'ye göre, özel sigortada tarifenize göre).",
    'Ihr Baby ist jünger als zwölf Wochen – so lange kommt die Hebamme auch nach der Geburt, bezahlt von der Krankenkasse.':
      'Bebeğiniz on iki haftalıktan küçük – ebe doğumdan sonra da bu süre boyunca gelir, ücretini sağlık sigortası öder.',
  },
} satisfies SeedAngebotTranslation
