import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'المساعدات المبكرة (Frühe Hilfen) – دعم من الحمل حتى بلوغ الطفل سن 3 سنوات',
  summary:
    'حامل أو لديكم رضيع، وعندكم أسئلة كثيرة؟ ترافق المساعدات المبكرة (Frühe Hilfen) في Hamm العائلات من الحمل حتى بلوغ الطفل ثلاث سنوات: مع مرشدي الرضّع (Babylotsen)، وزيارات الترحيب، وساعات استشارة للرضّع الذين يبكون كثيرًا، ومتطوعين يرافقون العائلات (Familienpaten)، ولقاءات. مجانًا واختياريًا.',
  costs: 'مجانية.',
  provider:
    'مدينة Hamm – Frühe Hilfen في Familienrathaus، مع AWO، وKatholischer Sozialdienst، وCaritas، وFriedrich-Wilhelm-Stift، وDiakonie، ومستشفيات الولادة',
  eligibilitySummary: 'كل مَن ينتظرون طفلًا، والعائلات التي لديها أطفال دون ثلاث سنوات في Hamm – وخاصة العائلات التي تتمنى دعمًا أكثر.',
  synonyms:
    'المساعدات المبكرة, مرشدو الرضع, رضيع يبكي كثيرًا, بكاء الرضيع, مرافقة العائلة, قابلة العائلة, رضيع, حمل, مولود جديد, مجموعة الأهل والأطفال, مساعدة بعد الولادة, Frühe Hilfen, Babylotsen, Schreibaby, Schreisprechstunde, Familienpaten, Familienhebamme',
  steps: [
    'تحدثوا مع مرشدي الرضّع (Babylotsen) في مستشفى الولادة، أو تعالوا إلى مكتب خدمة العائلات (Familien-Service-Theke) في Familienrathaus.',
    'أخبروهم بما تتمنونه – مثلًا تبادل الخبرات مع آباء وأمهات آخرين، أو مساعدة مع رضيع يبكي كثيرًا، أو متطوعة ترافق العائلة (Familienpatin).',
    'يوجّهكم المختصون في Frühe Hilfen إلى الخدمة المناسبة القريبة منكم.',
  ],
  documents: ['لا حاجة إلى أوراق.'],
  ruleTexts: {
    'Sie erwarten ein Baby – die Frühen Hilfen begleiten Sie schon in der Schwangerschaft.':
      'تنتظرون طفلًا – ترافقكم المساعدات المبكرة (Frühe Hilfen) منذ فترة الحمل.',
    'In Ihrer Familie lebt ein Kind unter drei Jahren.': 'في عائلتكم يعيش طفل دون ثلاث سنوات.',
  },
} satisfies SeedAngebotTranslation
