import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'المساعدة القانونية من مكتب رعاية الشباب (Beistandschaft des Jugendamts): مساعدة في إثبات الأبوة ونفقة الطفل',
  summary:
    'الوالد الآخر لا يدفع نفقة (Unterhalt)، أو يدفع أقل من اللازم، أو الأبوة غير مثبتة؟ عندها يمكن لمكتب رعاية الشباب (Jugendamt) أن يصبح ممثلًا مساعدًا (Beistand) لطفلكم ويتولى ذلك عنكم – مجانًا، وبشكل اختياري، ويمكنكم إنهاؤه في أي وقت.',
  costs: 'مجانية.',
  provider: 'مكتب رعاية الشباب (Jugendamt) في مدينة Hamm (قسم Beistandschaften)',
  eligibilitySummary:
    'الأمهات والآباء الذين يربّون أطفالهم وحدهم في Hamm، ولديهم طفل قاصر يعيش معهم (حق الحضانة لهم وحدهم، أو حق حضانة مشترك والطفل في رعايتهم)؛ والأمهات الحوامل حتى قبل الولادة. ومنذ 2023 يمكن أيضًا تقديم الطلب للأشخاص الحاضنين الذين نُقل إليهم حق الرعاية، وللأوصياء المتطوعين.',
  synonyms:
    'نفقة الطفل, المطالبة بالنفقة, الأب لا يدفع النفقة, إثبات الأبوة, الاعتراف بالأبوة, سند النفقة, مساعدة من مكتب رعاية الشباب, أم عزباء, انفصال, Beistandschaft, Beistand, Unterhalt, Kindesunterhalt, Vaterschaft, Jugendamt, Jugendamtsurkunde',
  steps: [
    'اكتبوا إلى مكتب رعاية الشباب (Jugendamt) رسالة بدون نموذج خاص، تقولون فيها إنكم تطلبون Beistandschaft لطفلكم – لإثبات الأبوة، أو للنفقة، أو لكليهما. وقّعوا على الطلب.',
    'يتواصل معكم مكتب رعاية الشباب ويتحدث معكم عن وضعكم.',
    'قدّموا الأوراق التي لديكم. بعد ذلك يتواصل الممثل المساعد (Beistand) مع الوالد الآخر.',
    'تريدون إنهاء Beistandschaft؟ تكفي جملة قصيرة مكتوبة إلى مكتب رعاية الشباب.',
  ],
  documents: [
    'شهادة ميلاد الطفل (Geburtsurkunde)',
    'بطاقة هويتكم',
    'إن وُجدت: الاعتراف بالأبوة (Vaterschaftsanerkennung)، وإقرار الحضانة (Sorgerechtserklärung)، وقرار الطلاق أو قرار النفقة، ووثائق النفقة السابقة',
    'معلومات عن الوالد الآخر (الاسم، والعنوان، وصاحب العمل إن كان معروفًا)',
  ],
  ruleTexts: {
    'Sie erziehen ein minderjähriges Kind allein – Sie können eine Beistandschaft beantragen.':
      'تربّون طفلًا قاصرًا وحدكم – يمكنكم طلب Beistandschaft.',
    'Eine Beistandschaft können Sie schon in der Schwangerschaft beantragen.': 'يمكنكم طلب Beistandschaft منذ فترة الحمل.',
  },
} satisfies SeedAngebotTranslation
