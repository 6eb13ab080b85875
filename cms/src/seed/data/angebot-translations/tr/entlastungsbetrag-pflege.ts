import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'Bakımda destek tutarı (Entlastungsbetrag in der Pflege)',
  summary:
    "Evde yaşayan bakıma muhtaç kişilerin, Pflegegrad 1'den (bakım derecesi) itibaren günlük hayatta yardım için ayda 131 Euro hakkı vardır – örneğin refakat, ev işlerinde yardım veya bakımı üstlenen ailenin yükünü hafifletmek için. Bu, çocuklar için de geçerlidir.",
  costs:
    "Ayda 131 Euro'ya kadar (2026 itibarıyla), fatura karşılığında geri ödeme olarak. Kullanılmayan tutarlar bir sonraki yılın 30 Haziran'ına kadar kullanılabilir.",
  provider: 'Bakıma muhtaç kişinin bakım sigortası (Pflegekasse, sağlık sigortasında)',
  eligibilitySummary:
    'Evde yaşayan, bakım derecesi (Pflegegrad) 1 ile 5 arasında olan her yaştan bakıma muhtaç kişiler için. Tutar, tanınmış destek hizmetleri için geri ödenir. Bakım derecesi belirtilmediyse Situations-Finder hizmeti “belki uygun” olarak gösterir.',
  synonyms:
    'bakım destek tutarı, 131 Euro bakım, günlük hayatta yardım, ev işlerinde yardım, bakıcı desteği, bakım sigortası, bakım derecesi 1, Entlastungsbetrag, Entlastungsleistungen, Pflegekasse, Pflegegrad 1, Alltagshilfe',
  steps: [
    'Henüz bakım derecesi belirlenmediyse bakım sigortasına (Pflegekasse) bakım derecesi için başvurun.',
    'Tanınmış bir destek hizmeti bulun. Bakım sigortanızın bakım danışmanlığı (Pflegeberatung) aramanıza yardım eder.',
    'Faturaları bakım sigortasına verin veya hizmet sağlayıcının doğrudan bakım sigortasıyla hesaplaşmasını sağlayın (Abtretung – alacağın devri).',
  ],
  documents: ['Bakım derecesi kararı (Bescheid über den Pflegegrad)', 'Tanınmış hizmetin faturaları'],
} satisfies SeedAngebotTranslation
