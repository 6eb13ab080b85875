import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'استشارة الحمل (Schwangerschaftsberatung)',
  summary:
    'حامل – ولديكِ أسئلة كثيرة؟ تقدّم مراكز الاستشارة المعترف بها من الدولة الاستشارة لكِ ولشريككِ مجانًا، وبسرية، ودون ذكر الاسم إذا أردتِ: عن المال والطلبات، والعمل، والعلاقة مع الشريك، والتشخيص قبل الولادة (Pränataldiagnostik)، أو في حالة الصراع بشأن الحمل – وحتى بلوغ الطفل سن 3 سنوات أيضًا.',
  costs: 'مجانية.',
  provider: 'مراكز استشارة الحمل المعترف بها من الدولة، وفي Hamm منها SkF في مركز Caritas للاستشارة (Caritas-Beratungszentrum)',
  eligibilitySummary:
    'كل الحوامل وشريكاتهن أو شركاؤهن، والنساء والرجال الذين لديهم أسئلة عن تنظيم الأسرة والحمل، والعائلات التي لديها أطفال دون ثلاث سنوات. بدون شروط، ودون ذكر الاسم إذا أردتم.',
  synonyms:
    'استشارة الحمل, استشارة للحوامل, حامل وعندي أسئلة, حمل غير مخطط له, الإجهاض, إنهاء الحمل, شهادة الاستشارة, تنظيم الأسرة, منع الحمل, التشخيص قبل الولادة, مؤسسة الأم والطفل, Schwangerschaftsberatung, Schwangerschaftskonfliktberatung, Beratungsschein, Schwangerschaftsabbruch, SkF, Caritas',
  steps: [
    'اتصلوا بمركز استشارة أو اكتبوا له بريدًا إلكترونيًا، واحجزوا موعدًا. يمكنكم أيضًا أن تأتوا معًا.',
    'لتقديم طلب لدى المؤسسة الاتحادية «الأم والطفل» (Bundesstiftung Mutter und Kind) يجب أن يكون الحمل ما زال قائمًا – لذلك تواصلوا مبكرًا.',
    'إذا كنتِ تفكرين في إنهاء الحمل، فاحجزي بسرعة موعدًا لاستشارة الصراع (Konfliktberatung) لدى مركز يُصدر شهادة الاستشارة (Beratungsschein).',
  ],
  documents: ['دفتر الأمومة (Mutterpass) أو شهادة طبية بالحمل', 'للطلبات: بطاقة الهوية، وإثباتات الدخل والإيجار، وقرارات المساعدات الاجتماعية'],
  ruleTexts: {
    'Sie erwarten ein Kind – eine Schwangerschaftsberatung kann Ihnen in vielen Fragen helfen.':
      'تنتظرون طفلًا – يمكن لاستشارة الحمل أن تساعدكم في أسئلة كثيرة.',
    'Ihr Kind ist unter drei Jahren – so lange begleiten Schwangerschaftsberatungsstellen auch nach der Geburt.':
      'عمر طفلكم أقل من ثلاث سنوات – حتى هذا العمر ترافقكم مراكز استشارة الحمل بعد الولادة أيضًا.',
  },
} satisfies SeedAngebotTranslation
