import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'استشارة الهجرة للبالغين وخدمة هجرة الشباب (Migrationsberatung für Erwachsene und Jugendmigrationsdienst)',
  summary:
    'وصلتم حديثًا إلى ألمانيا، أو لديكم أسئلة عن الإقامة أو دورة اللغة أو العمل أو الاعتراف بالشهادات أو المدرسة أو الدوائر الرسمية؟ تساعد استشارة الهجرة (Migrationsberatung) المهاجرين ابتداءً من سن 27، وخدمة هجرة الشباب (Jugendmigrationsdienst) الشباب من 12 إلى 27 سنة – مجانًا وبسرية، وغالبًا بعدة لغات.',
  costs: 'مجانية.',
  provider: 'منظمات الرعاية الاجتماعية في Hamm، ومنها AWO Ruhr-Lippe-Ems، وCaritas، وDiakonie؛ بدعم من الحكومة الاتحادية',
  eligibilitySummary:
    'المهاجرون الذين يحملون جنسية أجنبية، ومواطنو الاتحاد الأوروبي، والمهاجرون من أصل ألماني (Spätaussiedler) – استشارة MBE للبالغين ابتداءً من سن 27، وخدمة هجرة الشباب للأعمار من 12 إلى 27 سنة. اللاجئون في إجراءات اللجوء يتوجّهون إلى استشارة اللاجئين (Flüchtlingsberatung).',
  synonyms:
    'استشارة الهجرة, مساعدة المهاجرين, استشارة للأجانب, استشارة اللاجئين, الإقامة, تصريح الإقامة, الاعتراف بالشهادات, معادلة الشهادة, دورة لغة, وصلت حديثًا إلى ألمانيا, مساعدة بالعربية, Migrationsberatung, MBE, Jugendmigrationsdienst, JMD, Flüchtlingsberatung, AWO, Caritas, Diakonie',
  steps: [
    'اتصلوا بمركز لاستشارة الهجرة في Hamm، أو اذهبوا إلى ساعة استشارة مفتوحة. يدلّكم مكتب خدمة العائلات (Familien-Service-Theke) في Familienrathaus على مركز مناسب.',
    'أحضروا معكم جواز سفركم أو تصريح الإقامة (Aufenthaltstitel)، والرسائل التي تتعلق بأمركم.',
    'تخطّطون مع المستشارة أو المستشار لخطواتكم التالية، مثلًا دورة الاندماج (Integrationskurs)، أو الاعتراف بالشهادات، أو البحث عن عمل.',
  ],
  documents: [
    'جواز السفر أو بطاقة الهوية',
    'تصريح الإقامة (Aufenthaltstitel) أو أوراق إقامة أخرى',
    'الرسائل والقرارات (Bescheide) التي لديكم أسئلة عنها',
  ],
  ruleTexts: {
    'Sie sind nach Deutschland zugewandert – die Migrationsberatung hilft Ihnen beim Ankommen.':
      'أنتم مهاجرون إلى ألمانيا – تساعدكم استشارة الهجرة على الاستقرار.',
  },
} satisfies SeedAngebotTranslation
