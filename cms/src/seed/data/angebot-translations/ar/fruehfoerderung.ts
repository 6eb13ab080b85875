import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'الدعم المبكر للأطفال الذين لديهم تأخر في النمو أو إعاقة (Frühförderung)',
  summary:
    'طفلكم ينمو أبطأ من غيره، أو لديه إعاقة، أو أنتم قلقون عليه؟ يدعم الدعم المبكر (Frühförderung) الأطفال من الولادة حتى دخول المدرسة بدعم تربوي علاجي (heilpädagogisch) وبالعلاج – ويقدّم الاستشارة للوالدين. مجاني لكم.',
  costs:
    'مجاني للعائلة، وبغض النظر عن الدخل. يتحمل التكاليف اتحاد Landschaftsverband Westfalen-Lippe بصفته الجهة المسؤولة عن مساعدة الاندماج (Eingliederungshilfe)، وصندوق التأمين الصحي (Krankenkasse).',
  provider:
    'مراكز الدعم المبكر (Frühförderstellen)، وفي Hamm: خدمة الدعم المبكر في مستشفيات Johanniter-Kliniken Hamm؛ الجهات التي تتحمل التكاليف هي Landschaftsverband Westfalen-Lippe (LWL) وصناديق التأمين الصحي',
  eligibilitySummary:
    'الأطفال من الولادة حتى دخول المدرسة، الذين لديهم إعاقة، أو مهددون بالإعاقة، أو نموهم متأخر – حتى عند وجود اشتباه له أسباب. لا حاجة إلى تشخيص ولا إلى بطاقة الإعاقة الشديدة (Schwerbehindertenausweis).',
  synonyms:
    'الدعم المبكر, تأخر في النمو, تأخر في الكلام, تأخر النطق, اضطراب النمو, طفل خديج, إعاقة, علاج النطق, العلاج الوظيفي, العلاج الطبيعي, تربية علاجية, Frühförderung, Frühförderstelle, Heilpädagogik, Entwicklungsverzögerung, Logopädie, Ergotherapie, Physiotherapie, Johanniter',
  steps: [
    'تحدثوا عن قلقكم مع طبيبة الأطفال أو طبيب الأطفال، مثلًا في الفحص الدوري القادم (U-Untersuchung). ويمكن أيضًا للحضانة (Kita) أن تنبّهكم إلى الدعم المبكر.',
    'تواصلوا مع مركز الدعم المبكر (Frühförderstelle). الحديث الاستشاري الأول ممكن بدون تحويل من الطبيب.',
    'يفحص المختصون طفلكم، ويضعون معكم خطة للدعم والعلاج.',
    'يساعدكم مركز الدعم المبكر في تقديم الطلب إلى الجهة التي تتحمل التكاليف. بعد ذلك يبدأ الدعم.',
  ],
  documents: ['دفتر الفحوص الوقائية للطفل (الدفتر الأصفر – U-Heft)', 'التقارير الطبية ونتائج الفحوص الموجودة', 'بطاقة التأمين الصحي للطفل'],
  ruleTexts: {
    'Ihr Kind ist noch nicht im Schulalter und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).':
      'طفلكم لم يصل بعد إلى سن المدرسة، ولديه إعاقة أو تأخر في النمو (أو يوجد اشتباه في ذلك).',
    'Ihr Kind geht noch nicht zur Schule und hat eine Behinderung oder Entwicklungsverzögerung (oder es gibt einen Verdacht darauf).':
      'طفلكم لا يذهب إلى المدرسة بعد، ولديه إعاقة أو تأخر في النمو (أو يوجد اشتباه في ذلك).',
  },
} satisfies SeedAngebotTranslation
