import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'المساعدات وفق قانون طالبي اللجوء (Leistungen nach dem Asylbewerberleistungsgesetz)',
  summary:
    'الأشخاص في إجراءات اللجوء، أو مع وقف مؤقت للترحيل (Duldung)، أو الملزَمون بمغادرة البلاد، يحصلون على مساعدات وفق قانون طالبي اللجوء (Asylbewerberleistungsgesetz): للطعام، والملابس، والسكن، والصحة، والاحتياجات الشخصية. وللأطفال أيضًا حق إضافي في مساعدات التعليم والمشاركة (Bildung und Teilhabe).',
  costs:
    'مبلغ المساعدات محدد في القانون، ويتوقف على العمر، ونوع السكن، ومدة الإقامة. الجهة المختصة بالمساعدات (Leistungsbehörde) تخبركم بالمبالغ الحالية. تقديم الطلب مجاني.',
  provider: 'مدينة Hamm (الجهة المختصة بالمساعدات وفق قانون طالبي اللجوء – Leistungsbehörde nach dem Asylbewerberleistungsgesetz)',
  eligibilitySummary:
    'للأشخاص الذين لديهم إذن إقامة خلال إجراءات اللجوء (Aufenthaltsgestattung)، أو وقف مؤقت للترحيل (Duldung)، أو إلزام بمغادرة البلاد، ولبعض تصاريح الإقامة لأسباب إنسانية، إذا كان الدخل والممتلكات لا تكفي. يعرض Situations-Finder هذه الخدمة على أنها «تناسبكم» للمنازل التي يعيش فيها شخص بالغ في إجراءات اللجوء أو لديه Duldung، إذا لم يكن هناك دخل أو كان الدخل قليلًا، وعلى أنها «قد تناسبكم» إذا كان الدخل متوسطًا. وللأشخاص تحت الحماية المؤقتة (أوكرانيا) يعرضها فقط على أنها «قد تناسبكم»: فهل ينطبق عليهم قانون طالبي اللجوء أم إعانة الضمان الأساسي (Grundsicherungsgeld)؟ هذا يتوقف على تاريخ منح تصريح الإقامة (Aufenthaltserlaubnis)، وعلى تطبيق التنظيم الجديد المخطط له. للتبسيط: لا يسأل Situations-Finder عن نوع تصريح الإقامة بالضبط.',
  synonyms:
    'مساعدات طالبي اللجوء, مساعدات اللاجئين, مال للاجئين, طالب لجوء, لجوء, دولدونغ, إقامة مؤقتة, مساعدات أوكرانيا, لاجئون في Hamm, Asylbewerberleistungen, AsylbLG, Duldung, Asyl',
  steps: [
    'بعد توزيعكم (Zuweisung) إلى Hamm، سجّلوا أنفسكم لدى الجهة المختصة في مدينة Hamm.',
    'أحضروا معكم أوراقكم الثبوتية وأوراق إقامتكم. تفحص المدينة احتياجاتكم وتدفع المساعدات.',
    'أبلغوا فورًا عن أي تغيير: عمل، أو دخل، أو انتقال إلى سكن آخر، أو ولادة طفل، أو قرار بشأن طلب لجوئكم.',
    'لأطفالكم، قدّموا أيضًا طلب مساعدات التعليم والمشاركة (Bildung und Teilhabe – YouCardHamm).',
  ],
  documents: [
    'إذن الإقامة خلال إجراءات اللجوء (Aufenthaltsgestattung)، أو Duldung، أو شهادة الوصول (Ankunftsnachweis)، أو تصريح الإقامة (Aufenthaltserlaubnis)',
    'جواز السفر أو أوراق ثبوتية أخرى، إن وُجدت',
    'إثباتات الدخل والممتلكات',
    'عقد الإيجار، إذا كنتم تسكنون في شقة خاصة بكم',
  ],
  ruleTexts: {
    'In Ihrem Haushalt lebt eine erwachsene Person im Asylverfahren oder mit Duldung.':
      'في منزلكم يعيش شخص بالغ في إجراءات اللجوء (Asylverfahren) أو لديه وقف مؤقت للترحيل (Duldung).',
    'Sie als Geflüchtete aus der Ukraine noch keine Aufenthaltserlaubnis haben oder die geplante Neuregelung für Sie gilt (Aufenthaltserlaubnis erstmals nach dem 31. März 2025)':
      'كنتم لاجئين من أوكرانيا ولم تحصلوا بعد على تصريح إقامة، أو كان التنظيم الجديد المخطط له ينطبق عليكم (تصريح الإقامة مُنح لأول مرة بعد 31 مارس 2025)',
  },
} satisfies SeedAngebotTranslation
