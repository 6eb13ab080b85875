import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'المؤسسة الاتحادية «الأم والطفل» (Bundesstiftung Mutter und Kind)',
  summary:
    'قد تحصل الحوامل في ضائقة مالية على مال من المؤسسة الاتحادية «الأم والطفل – حماية الجنين» (Bundesstiftung „Mutter und Kind – Schutz des ungeborenen Lebens“)، مثلًا لتجهيزات الطفل أو ملابس الحمل أو المسكن. يُقدَّم الطلب قبل الولادة في مركز استشارة الحمل (Schwangerschaftsberatungsstelle).',
  costs: 'منحة لا تُسترَدّ؛ المبلغ حسب وضعكم. الاستشارة وتقديم الطلب مجانيان.',
  provider:
    'المؤسسة الاتحادية «الأم والطفل – حماية الحياة التي لم تولد بعد» (Bundesstiftung „Mutter und Kind – Schutz des ungeborenen Lebens“)؛ يُقدَّم الطلب عن طريق مراكز استشارة الحمل في Hamm',
  eligibilitySummary:
    'للنساء الحوامل اللواتي يسكنّ أو يقمن عادةً في ألمانيا، ويمررن بضائقة مالية، إذا كانت المساعدات الأخرى لا تساعد، أو لا تصل في الوقت المناسب، أو لا تكفي. يجب تقديم الطلب قبل الولادة. يعرض Situations-Finder الخدمة للحوامل اللواتي ليس لديهن دخل أو دخلهن قليل على أنها «تناسبكم»، وإذا كان الدخل متوسطًا على أنها «قد تناسبكم»؛ أما حدود الدخل فيفحصها مركز الاستشارة.',
  synonyms:
    'مؤسسة الأم والطفل, مساعدة مالية للحامل, مال للحامل, حامل بدون مال, ضائقة مالية أثناء الحمل, تجهيزات الطفل, ملابس الحمل, استشارة الحمل, Bundesstiftung Mutter und Kind, Stiftung Mutter und Kind, Schwangerschaftsberatung',
  steps: [
    'احجزوا في أبكر وقت ممكن من الحمل موعدًا في مركز استشارة الحمل (Schwangerschaftsberatungsstelle). بعد الولادة لم يعد تقديم الطلب ممكنًا.',
    'في موعد الاستشارة تقدّمون الطلب مع المستشارة. لكل حمل طلب واحد.',
    'أحضروا الأوراق معكم. يرسل مركز الاستشارة الطلب، ويخبركم كيف ومتى تحصلون على المال.',
  ],
  documents: [
    'دفتر الأمومة (Mutterpass) أو شهادة طبية بالحمل',
    'بطاقة الهوية أو جواز السفر، ولمن ليس لديها جواز سفر ألماني: وثيقة الإقامة',
    'إثباتات الدخل والمساعدات الجارية (مثلًا قرار Grundsicherungsgeld، سابقًا Bürgergeld)',
    'عقد الإيجار',
  ],
  ruleTexts: {
    'Sie sind schwanger – der Antrag ist nur vor der Geburt möglich.': 'أنتِ حامل – تقديم الطلب ممكن فقط قبل الولادة.',
  },
} satisfies SeedAngebotTranslation
