import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'التثقيف العائلي ودورات للوالدين (Familienbildung – Elternschule Hamm)',
  summary:
    'تدليك الرضّع، أو مجموعة الأهل والأطفال، أو دورة للوالدين، أو محاضرة عن سن المراهقة: تجمع مدرسة الوالدين في Hamm (Elternschule Hamm) دورات ولقاءات من أكثر من 100 مؤسسة للآباء والأمهات – من فترة الحمل حتى سن الشباب. كثير من الخدمات مجانية أو بسعر قليل.',
  costs: 'كثير من اللقاءات والمحاضرات مجانية، وللدورات يطلب مقدّمو الخدمة غالبًا مساهمة صغيرة. الأسعار مذكورة عند كل خدمة؛ اسألوا عن التخفيضات.',
  provider: 'جمعية Elternschule Hamm e.V. مع مؤسسات شبكتها',
  eligibilitySummary: 'كل مَن ينتظرون طفلًا، والأمهات، والآباء، والأشخاص الآخرين الذين يربّون أطفالًا في Hamm – بدون شروط.',
  synonyms:
    'مدرسة الوالدين, دورة للوالدين, دورات للأهل, تربية الأطفال, مجموعة الأهل والأطفال, مجموعة للرضع, تدليك الرضع, سباحة الرضع, التحضير للولادة, مركز العائلة, Familienbildung, Elternschule, Elternkurs, Eltern-Kind-Gruppe, Krabbelgruppe, PEKiP, Babymassage, Geburtsvorbereitung, Familienzentrum',
  steps: [
    'اطّلعوا على برنامج دورات مدرسة الوالدين (Elternschule)، أو اسألوا في Familienrathaus، أو في الحضانة (Kita) الخاصة بكم، أو في مركز العائلة (Familienzentrum) القريب منكم عن الخدمات.',
    'سجّلوا في الدورة لدى مقدّم الخدمة المعني.',
  ],
  documents: ['لا حاجة إلى أوراق.'],
  ruleTexts: {
    'Sie erwarten ein Baby – die Elternschule hat Kurse schon für die Zeit vor der Geburt.':
      'تنتظرون طفلًا – لدى مدرسة الوالدين (Elternschule) دورات للفترة قبل الولادة أيضًا.',
    'Sie haben Kinder – die Elternschule Hamm bietet Kurse und Treffs für Eltern.':
      'لديكم أطفال – تقدّم مدرسة الوالدين في Hamm (Elternschule Hamm) دورات ولقاءات للآباء والأمهات.',
  },
} satisfies SeedAngebotTranslation
