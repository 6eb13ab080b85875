import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'قسيمة التعليم (Bildungsgutschein) – تدريب مهني إضافي وإعادة تأهيل مهني مدفوعا التكاليف',
  summary:
    'بلا عمل، أو عملكم مهدد، أو بلا شهادة مهنية؟ بقسيمة التعليم (Bildungsgutschein) تدفع وكالة العمل (Agentur für Arbeit) تدريبًا مهنيًا إضافيًا (Weiterbildung) أو إعادة تأهيل مهني (Umschulung) – وأيضًا المواصلات، وحتى 160 يورو شهريًا لرعاية كل طفل. وللشهادة المهنية مكافآت تصل إلى 2,500 يورو.',
  costs:
    'مجانية لكم: تُدفع تكاليف الدورة، والامتحانات، والمواصلات، والإقامة عند الحاجة، ورعاية الأطفال حتى 160 يورو لكل طفل في الشهر. وفي إعادة التأهيل للحصول على شهادة مهنية، توجد إضافة إلى ذلك إعانة تدريب (Weiterbildungsgeld) قدرها 150 يورو في الشهر (للعاطلين عن العمل والحاصلين على Grundsicherungsgeld، سابقًا Bürgergeld)، ومكافآت بقيمة 1,000 و1,500 يورو عند النجاح في الامتحانات.',
  provider:
    'Agentur für Arbeit Hamm (وكالة العمل)؛ وللحاصلين على Grundsicherungsgeld (سابقًا Bürgergeld) بالتعاون مع Kommunales Jobcenter Hamm؛ وللشباب أيضًا وكالة الشباب المهنية (Jugendberufsagentur Hamm)',
  eligibilitySummary:
    'للبالغين العاطلين عن العمل أو المهددين بالبطالة، وللأشخاص بدون شهادة مهنية، وللآباء والأمهات الذين يريدون العودة إلى العمل بعد فترة مخصصة للعائلة – سواء حصلوا على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أم لا. يُقدَّم الدعم إذا كان التدريب الإضافي ضروريًا، وأكدت وكالة العمل ذلك بعد استشارة. يعرض Situations-Finder الخدمة للعاطلين عن العمل، وللبالغين الذين يهتمون بالمنزل والعائلة، وللمنازل التي تحصل على Grundsicherungsgeld أو إعانة البطالة (Arbeitslosengeld)، فقط على أنها «قد تناسبكم»، لأنه لا يسأل عن الشهادة المهنية ولا عن الحاجة. أما الموظفون بدون شهادة مهنية أو الذين عملهم مهدد، فلا يعرضها لهم – اسألوا مع ذلك في وكالة العمل.',
  synonyms:
    'قسيمة التعليم, قسيمة تدريب, تدريب مهني إضافي, دورة مهنية, إعادة تأهيل مهني, تغيير المهنة, شهادة مهنية, الحصول على شهادة مهنية, دعم التدريب, مكافأة التدريب, العودة إلى العمل, عاطل عن العمل, مكتب العمل, Bildungsgutschein, Weiterbildung, Umschulung, Weiterbildungsgeld, Agentur für Arbeit, Arbeitsamt, Jobcenter, FbW',
  steps: [
    'احجزوا موعد استشارة لدى وكالة العمل (Agentur für Arbeit). إذا كنتم تحصلون على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld)، فتحدثوا أولًا مع الشخص المسؤول عنكم في مركز العمل البلدي (Kommunales Jobcenter Hamm). ويمكن للشباب دون 25 سنة أيضًا التوجه إلى وكالة الشباب المهنية (Jugendberufsagentur).',
    'فكّروا قبل الموعد في الهدف المهني الذي تريدونه، وأحضروا شهاداتكم معكم. في الحديث يُحدَّد هل التدريب الإضافي ضروري، وأيّ تدريب يناسبكم.',
    'إذا تمت الموافقة على الدعم، تحصلون على قسيمة التعليم (Bildungsgutschein). ابحثوا عن دورة وجهة تدريب (Bildungsträger) معتمدتين للدعم، قبل أن تنتهي صلاحية القسيمة.',
    'سلّموا القسيمة إلى جهة التدريب. لا تبدؤوا التدريب إلا بعد موافقة وكالة العمل.',
    'تحدثوا في موعد الاستشارة أيضًا عن تكاليف المواصلات ورعاية الأطفال. تُدفع المكافآت بعد النجاح في الامتحانات.',
  ],
  documents: [
    'بطاقة الهوية أو جواز السفر، ولمن ليس لديه جواز سفر ألماني: تصريح الإقامة (Aufenthaltstitel)',
    'السيرة الذاتية، وشهادات المدرسة والعمل، والشهادات المهنية',
    'إن وُجد: إشعار إنهاء العمل (Kündigung)، أو قرار إعانة البطالة (Arbeitslosengeld) أو إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld)',
    'لتكاليف رعاية الأطفال: إثباتات عن الرعاية وتكاليفها',
  ],
  ruleTexts: {
    'In Ihrem Haushalt ist jemand ohne Arbeit – die Agentur für Arbeit kann eine Weiterbildung oder Umschulung bezahlen.':
      'في منزلكم شخص بلا عمل – يمكن لوكالة العمل (Agentur für Arbeit) أن تدفع تكاليف تدريب إضافي أو إعادة تأهيل مهني.',
    'In Ihrem Haushalt kümmert sich jemand um Haushalt und Familie – für den Wiedereinstieg in den Beruf kann eine Weiterbildung gefördert werden.':
      'في منزلكم شخص يهتم بالمنزل والعائلة – يمكن دعم تدريب إضافي للعودة إلى العمل.',
    'die Agentur für Arbeit eine Weiterbildung für nötig hält, damit Sie Arbeit finden, Arbeitslosigkeit vermeiden oder einen fehlenden Berufsabschluss nachholen':
      'رأت وكالة العمل أن تدريبًا إضافيًا ضروري لكي تجدوا عملًا، أو تتجنبوا البطالة، أو تحصلوا على شهادة مهنية تنقصكم',
  },
} satisfies SeedAngebotTranslation
