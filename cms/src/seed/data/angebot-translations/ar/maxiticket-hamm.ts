import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'تذكرة MaxiTicket Hamm: ركوب الحافلات مجانًا للتلاميذ والمتدربين',
  summary:
    'كل التلاميذ والتلميذات والمتدربين الذين يسكنون في Hamm يركبون الحافلات مجانًا في كل أنحاء المدينة بتذكرة MaxiTicket – ليس فقط إلى المدرسة، بل أيضًا في أوقات الفراغ وفي عطلة نهاية الأسبوع.',
  costs: 'مجانية.',
  provider: 'مدينة Hamm وشركة Stadtwerke Hamm GmbH',
  eligibilitySummary:
    'التلاميذ والتلميذات والمتدربون الذين يسكنون في Hamm (وأيضًا الأطفال ابتداءً من ست سنوات الذين لا يذهبون إلى المدرسة بعد). صالحة داخل مدينة Hamm؛ بدأ العمل بها في 1 أغسطس 2023 لمدة ثلاث سنوات في البداية (حتى نهاية يوليو 2026). لم يتأكد بعد هل ستبقى التذكرة المجانية صالحة بعد ذلك – لذلك يعرضها Situations-Finder فقط على أنها «قد تناسبكم أيضًا».',
  synonyms:
    'تذكرة الحافلة, تذكرة مجانية, حافلة مجانية, باص مجاني, تذكرة المدرسة, تذكرة التلاميذ, تذكرة المتدربين, الطريق إلى المدرسة, المواصلات العامة, ماكسي تيكت, MaxiTicket, Maxi-Ticket, Schülerticket, Azubiticket, Busticket, ÖPNV, Stadtwerke Hamm, Deutschlandticket',
  steps: [
    'هل وصل طفلكم بالبريد رمز QR؟ عندها سجّلوه به في بوابة الاشتراكات (Abo-Portal) لشركة Stadtwerke Hamm.',
    'التلاميذ الأكبر سنًا وكل المتدربين يسجّلون أنفسهم بأنفسهم في بوابة الاشتراكات لشركة Stadtwerke (stadtwerke-hamm.de/abo-online).',
    'نزّلوا التذكرة كملف PDF أو احفظوها على الهاتف المحمول. يجب أن تكون معكم في كل رحلة.',
    'تذكّروا تجديد التذكرة بعد سنة.',
  ],
  documents: [
    'رمز QR من رسالة المدينة (إذا وصلتكم)',
    'شهادة المدرسة (Schulbescheinigung) أو عقد التدريب المهني (Ausbildungsvertrag) (للتسجيل الذاتي)',
  ],
  ruleTexts: {
    'die Stadt das kostenlose MaxiTicket über Juli 2026 hinaus weiter anbietet (eingeführt für drei Jahre ab August 2023)':
      'استمرت المدينة في تقديم تذكرة MaxiTicket المجانية بعد يوليو 2026 (بدأ العمل بها لمدة ثلاث سنوات ابتداءً من أغسطس 2023)',
    'In Ihrer Familie geht ein Kind zur Schule oder macht eine Ausbildung – dafür ist das MaxiTicket gedacht.':
      'في عائلتكم طفل يذهب إلى المدرسة أو يقوم بتدريب مهني – ولهذا الغرض وُجدت تذكرة MaxiTicket.',
    'Sie machen eine Ausbildung und wohnen in Hamm – dafür ist das MaxiTicket gedacht.':
      'تقومون بتدريب مهني وتسكنون في Hamm – ولهذا الغرض وُجدت تذكرة MaxiTicket.',
  },
} satisfies SeedAngebotTranslation
