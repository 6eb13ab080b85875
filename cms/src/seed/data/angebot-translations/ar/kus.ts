import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'نظام الدعم البلدي للمدارس (Kommunales Unterstützungssystem für Schulen – KUS)',
  summary:
    'يساعد نظام KUS المدارس في Hamm على رعاية الأطفال ودعمهم بشكل جيد: بالدوام الكامل، والرعاية في العطل، ومراكز العائلة في المدارس الابتدائية (Familiengrundschulzentren)، والدعم التربوي من جهة واحدة. بدأ في 2023 في سبع مدارس؛ ومن المخطط أن تنضم إليه كل المدارس تدريجيًا.',
  costs: 'المساعدات التربوية مجانية. للرعاية في الدوام الكامل يدفع الوالدان مساهمة تُحسب حسب الدخل. وقد تُطلب مساهمة للرعاية في العطل أيضًا.',
  provider: 'مدينة Hamm مع جهات مقدِّمة للخدمات في المدارس المشارِكة',
  eligibilitySummary:
    'الأطفال والعائلات في مدارس KUS في Hamm. منذ السنة الدراسية 2023/24 هي مدارس Freiligrath، وGebrüder-Grimm، وHermann-Gmeiner، وMatthias-Claudius، وTal، وWilhelm-Busch، وMark-Twain؛ وحسب خطط المدينة يُفترض أن تنضم كل المدارس حتى 2027. لا يسأل Situations-Finder عن المدرسة التي يذهب إليها طفلكم. لذلك يعرض KUS لأطفال المدارس في Hamm فقط على أنه «قد يناسبكم».',
  synonyms:
    'دعم المدارس, مدرسة, مدرسة ابتدائية, مدرسة التربية الخاصة, الدوام الكامل, رعاية بعد الظهر, رعاية في العطلة, مركز العائلة في المدرسة, العمل الاجتماعي في المدرسة, KUS, Kommunales Unterstützungssystem, OGS, Offener Ganztag, Ganztag, Ferienbetreuung, Familiengrundschulzentrum, Schulsozialarbeit',
  steps: [
    'اسألوا في مدرسة طفلكم هل هي تابعة لنظام KUS. أول مدارس KUS (منذ 2023) هي مدارس Freiligrath، وGebrüder-Grimm، وHermann-Gmeiner، وMatthias-Claudius، وTal، وWilhelm-Busch، وMark-Twain.',
    'تحدثوا مع المدرسة أو مع فريق الرعاية في المكان. هناك تعرفون ما البرامج الموجودة، وكيف تسجّلون طفلكم في الدوام الكامل أو في الرعاية في العطل.',
  ],
  documents: ['استمارة التسجيل من المدرسة للدوام الكامل أو للرعاية في العطل'],
  ruleTexts: {
    'die Schule Ihres Kindes schon zum KUS gehört – fragen Sie dort nach': 'كانت مدرسة طفلكم تابعة لنظام KUS – اسألوا هناك',
  },
} satisfies SeedAngebotTranslation
