import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'شهادة الاستحقاق السكني (Wohnberechtigungsschein – WBS) لمسكن مدعوم',
  summary:
    'المساكن المدعومة من الدولة (المساكن الاجتماعية – Sozialwohnungen) مخصصة للمنازل ذات الدخل الأقل. لا يحق السكن فيها إلا لمن لديه شهادة الاستحقاق السكني (Wohnberechtigungsschein) – إذا كان الدخل أقل من حد تحدده ولاية NRW. في Hamm تُصدر المدينة شهادة WBS لمسكن معيّن.',
  costs: 'لإصدار شهادة WBS تطلب مدينة Hamm رسمًا؛ ويخبركم قسم توزيع المساكن (Wohnungsbelegung) بمقداره.',
  provider:
    'مدينة Hamm – مكتب الشؤون الاجتماعية والسكن والرعاية (Amt für Soziales, Wohnen und Pflege)، استشارة السكن والرعاية، قسم توزيع المساكن (Wohnungsbelegung)',
  eligibilitySummary:
    'للمنازل التي لا تعيش في ألمانيا بشكل مؤقت فقط، وتبحث عن مسكن خاص بها بشكل دائم، ولا يزيد دخلها السنوي المعدَّل (bereinigtes Jahreseinkommen) على الحد الوارد في § 13 WFNG NRW. يعرض Situations-Finder شهادة WBS على أنها «تناسبكم» إذا كان دخلكم قليلًا (لا يكفي العائلة تمامًا دون مساعدة)، أو إذا كنتم تحصلون على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو المساعدة الاجتماعية (Sozialhilfe) دون دخل من العمل. إذا كان الدخل متوسطًا، أو لم يكن هناك دخل من العمل، يعرضها على أنها «قد تناسبكم»: فعندها يقرّر المبلغ الدقيق للدخل وعدد الأشخاص. للتبسيط: لا يعرض Situations-Finder شهادة WBS للأشخاص في إجراءات اللجوء أو مع Duldung، لأن المطلوب إقامة ليست مؤقتة فقط – وهل هي متوفرة لديكم، تفحصه المدينة في كل حالة على حدة.',
  synonyms:
    'شهادة الاستحقاق السكني, شهادة السكن, مسكن اجتماعي, شقة اجتماعية, سكن مدعوم, شقة رخيصة, البحث عن شقة, حد الدخل, إذن السكن, مكتب الإسكان في Hamm, Wohnberechtigungsschein, WBS, Sozialwohnung, Wohnungsbelegung, Bezugsgenehmigung, WFNG',
  steps: [
    'ابحثوا عن مسكن مدعوم من الدولة يناسب حجم منزلكم، مثلًا لدى شركات الإسكان في Hamm. اسألوا المؤجّرة أو المؤجّر هل يتطلب المسكن شهادة WBS.',
    'قدّموا الطلب عبر الإنترنت من خلال بوابة الخدمات (Serviceportal) لمدينة Hamm، أو باستمارة الطلب. أرسلوه مع كل الأوراق بالبريد الإلكتروني أو بالبريد العادي إلى مكتب الشؤون الاجتماعية والسكن والرعاية (Amt für Soziales, Wohnen und Pflege)، أو أحضروه في ساعات الاستقبال.',
    'لا تعالج المدينة إلا الطلبات الكاملة. لذلك أرفقوا الإثباتات لكل شخص لديه دخل خاص.',
    'يجيبكم قسم توزيع المساكن (Wohnungsbelegung) في مدينة Hamm عن الأسئلة المتعلقة بحد الدخل، وبالمداخيل التي تُحسب.',
  ],
  documents: [
    'طلب الاستحقاق السكني (Wohnberechtigung) أو إذن السكن (Bezugsgenehmigung)',
    'معلومات عن المسكن الذي تريدون السكن فيه (عرض المسكن أو تأكيد من المؤجّرة أو المؤجّر)',
    'إقرار الدخل وإثباتات الدخل لكل شخص في المنزل لديه دخل خاص',
    'بطاقة الهوية أو جواز السفر، ولمن ليس لديه جواز سفر ألماني: تصريح الإقامة (Aufenthaltstitel)',
    'إذا انطبق ذلك: بطاقة الإعاقة الشديدة (Schwerbehindertenausweis)، وإثبات درجة الرعاية (Pflegegrad)، وشهادات المدرسة للأطفال',
  ],
  ruleTexts: {
    'Ihr Einkommen ist gering – damit liegen Sie unter der Einkommensgrenze für den Wohnberechtigungsschein.':
      'دخلكم قليل – لذلك أنتم تحت حد الدخل لشهادة الاستحقاق السكني (Wohnberechtigungsschein).',
    'Sie bekommen Grundsicherungsgeld (bisher Bürgergeld) oder Sozialhilfe und haben kein Einkommen aus Arbeit – damit liegen Sie unter der Einkommensgrenze.':
      'تحصلون على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو المساعدة الاجتماعية (Sozialhilfe)، وليس لديكم دخل من العمل – لذلك أنتم تحت حد الدخل.',
  },
} satisfies SeedAngebotTranslation
