import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'مبلغ الإعفاء الضريبي للآباء والأمهات الذين يربّون أطفالهم وحدهم (Entlastungsbetrag für Alleinerziehende – Steuerklasse II)',
  summary:
    'الآباء والأمهات الذين يربّون أطفالهم وحدهم يدفعون ضرائب أقل: مبلغ الإعفاء (Entlastungsbetrag) وقدره 4,260 يورو في السنة – مع 240 يورو لكل طفل إضافي – يبقى معفى من الضريبة. إذا كنتم موظفين، فتحصلون عليه من خلال الفئة الضريبية الثانية (Steuerklasse II) مع كل راتب.',
  costs:
    'مبلغ معفى من الضريبة قدره 4,260 يورو في السنة، ولكل طفل إضافي 240 يورو إضافية. كم توفّرون من الضرائب يتوقف على نسبة الضريبة لديكم. تقديم الطلب مجاني.',
  provider: 'مكتب الضرائب في Hamm (Finanzamt Hamm)',
  eligibilitySummary:
    'للآباء والأمهات الذين يربّون أطفالهم وحدهم، ولديهم دخل خاص بهم خاضع للضريبة، ومسجَّل عندهم طفل واحد على الأقل يحصلون له على Kindergeld أو على الإعفاء الضريبي للأطفال (Kinderfreibetrag) (دون 18 سنة، أو حتى 25 سنة في المدرسة أو التدريب المهني أو الدراسة الجامعية)، ولا يعيشون في منزل مشترك مع أي شخص بالغ آخر. بدون دخل لا يفيد هذا المبلغ شيئًا. للتبسيط: يعتبر Situations-Finder عبارة «تربّون أطفالكم دون شريك» علامة على أنه لا يوجد شخص بالغ آخر يشارككم مصاريف المنزل.',
  synonyms:
    'مبلغ الإعفاء للأم العزباء, إعفاء ضريبي للأم العزباء, إعفاء ضريبي للأب الأعزب, الفئة الضريبية 2, الفئة الضريبية الثانية, ضرائب الأم العزباء, Entlastungsbetrag, Alleinerziehendenentlastungsbetrag, Steuerklasse 2, Steuerklasse II, Finanzamt',
  steps: [
    'إذا كنتم موظفين: قدّموا لدى مكتب الضرائب في Hamm (Finanzamt Hamm) طلب الانتقال إلى الفئة الضريبية الثانية (Steuerklasse II)، عبر الإنترنت من خلال ELSTER، أو بالاستمارة «Antrag auf Lohnsteuer-Ermäßigung» (طلب تخفيض ضريبة الأجر).',
    'اذكروا في الإقرار الضريبي السنوي (Einkommensteuererklärung)، في الملحق الخاص بالأطفال (Anlage Kind)، أنكم تربّون أطفالكم وحدكم.',
    'أبلغوا مكتب الضرائب إذا انتقل شخص بالغ آخر للسكن معكم.',
  ],
  documents: ['رقم التعريف الضريبي (Steuer-ID) الخاص بكم وبأطفالكم', 'معلومات عن Kindergeld'],
  ruleTexts: {
    'Sie haben ein eigenes Einkommen, auf das Steuern anfallen können.': 'لديكم دخل خاص بكم قد تُفرض عليه ضرائب.',
  },
} satisfies SeedAngebotTranslation
