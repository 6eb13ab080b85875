import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'الإعفاء من المساهمات في الحضانة والرعاية النهارية (Beitragsfreiheit in Kita und Kindertagespflege)',
  summary:
    'في NRW تُعفى آخر سنتين في الحضانة (Kita) قبل المدرسة من المساهمة. وفي Hamm تدفعون عن طفل واحد فقط. ولا مساهمة مع إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو إعانة السكن (Wohngeld) أو Kinderzuschlag أو المساعدة الاجتماعية (Sozialhilfe) أو مساعدات طالبي اللجوء، ومع الدخل القليل.',
  costs:
    'الإعفاء نفسه مجاني. وجبة الغداء في الحضانة منفصلة عن مساهمة الوالدين (Elternbeitrag)، ويجب غالبًا الاستمرار في دفعها – إلا إذا حصلتم عليها عن طريق مساعدات التعليم والمشاركة (Bildung und Teilhabe – YouCardHamm).',
  provider: 'مكتب رعاية الشباب (Jugendamt) في مدينة Hamm (مساهمات الوالدين)',
  eligibilitySummary:
    'العائلات في Hamm التي لديها طفل في الحضانة (Kita) أو لدى المربية النهارية (Kindertagespflege)، إذا: (a) بلغ الطفل أربع سنوات حتى 30 سبتمبر – عندها من 1 أغسطس من تلك السنة حتى دخول المدرسة (ومَن يبلغ أربع سنوات في أكتوبر أو بعده، يدفع حتى 1 أغسطس التالي)، أو (b) كانت العائلة تحصل على Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو Kinderzuschlag، أو Wohngeld، أو (c) كان الدخل أقل من حد الإعفاء في لائحة مدينة Hamm، أو (d) للإخوة، ما دامت المساهمة تُدفع عن طفل واحد.',
  synonyms:
    'الإعفاء من رسوم الحضانة, حضانة مجانية, كيتا مجانية, رسوم الكيتا, رسوم الحضانة, مساهمة الوالدين, الإعفاء من المساهمة, الأخ أو الأخت في الحضانة, آخر سنة في الحضانة, السنة قبل المدرسة, Beitragsfreiheit, beitragsfrei, Kita-Gebühren, Elternbeitrag, Kita-Beitrag, Beitragsbefreiung, Geschwisterkind',
  steps: [
    'يأخذ مكتب رعاية الشباب (Jugendamt) من تلقاء نفسه الإعفاء في السنتين الأخيرتين في الحضانة وللإخوة بعين الاعتبار. تحققوا من قرار المساهمة (Beitragsbescheid) الخاص بكم.',
    'عند بدء الرعاية، قدّموا لمكتب رعاية الشباب التقدير الذاتي لدخلكم. إذا كان دخلكم أقل من حد الإعفاء، فلا تُحدَّد أي مساهمة.',
    'تحصلون على Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو Wohngeld، أو Kinderzuschlag؟ أرسلوا إلى مكتب رعاية الشباب طلبًا بدون نموذج خاص مع نسخة من قراركم الحالي (Bescheid).',
    'إذا تغيّر دخلكم، فأخبروا مكتب رعاية الشباب بذلك. عندها تُعدَّل المساهمة.',
  ],
  documents: [
    'التقدير الذاتي لدخل الوالدين (استمارة مكتب رعاية الشباب)',
    'القرار الحالي (Bescheid) عن Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو Wohngeld، أو Kinderzuschlag (إن وُجد)',
    'لاحقًا: قرار ضريبة الدخل (Einkommensteuerbescheid) أو إثباتات دخل أخرى للتحديد النهائي',
  ],
  ruleTexts: {
    'Ihr Kind ist bis zum 30. September vier Jahre alt geworden. Ab dem 1. August dieses Jahres bis zur Einschulung ist die Kita in NRW beitragsfrei.':
      'بلغ طفلكم أربع سنوات حتى 30 سبتمبر. من 1 أغسطس من هذه السنة حتى دخول المدرسة تكون الحضانة (Kita) في NRW معفاة من المساهمة.',
    'Wer Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Asylbewerberleistungen, Kinderzuschlag oder Wohngeld bekommt, zahlt keinen Kita-Beitrag.':
      'مَن يحصل على Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو Kinderzuschlag، أو Wohngeld، لا يدفع مساهمة للحضانة (Kita).',
    'Ohne eigenes Erwerbseinkommen liegen Familien in der Regel unter der Beitragsfreigrenze der Stadt Hamm und zahlen keinen Kita-Beitrag.':
      'العائلات التي ليس لديها دخل خاص من العمل تكون في العادة تحت حد الإعفاء في مدينة Hamm، ولا تدفع مساهمة للحضانة (Kita).',
    'Mehrere Kinder aus Ihrer Familie werden betreut. In Hamm zahlen Sie nur für ein Kind – Geschwisterkinder sind beitragsfrei.':
      'أكثر من طفل من عائلتكم في الرعاية. في Hamm تدفعون عن طفل واحد فقط – والإخوة معفَون من المساهمة.',
  },
} satisfies SeedAngebotTranslation
