import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'التعليم والمشاركة مع بطاقة YouCardHamm (Bildung und Teilhabe)',
  summary:
    'الغداء والرحلات وأدوات المدرسة والدروس الخصوصية والنادي الرياضي: دعمٌ لأطفال العائلات التي تتلقى إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو المساعدة الاجتماعية (Sozialhilfe) أو إعانة السكن (Wohngeld) أو Kinderzuschlag أو مساعدات طالبي اللجوء. في Hamm ببطاقة YouCardHamm.',
  costs:
    'مجانية لكم. الأدوات المدرسية الشخصية: 130 يورو في 1 أغسطس 2026، ودفعة ثانية في 1 فبراير 2027 (حسب وضع 2026: 65 يورو). وجبة الغداء المشتركة في الحضانة (Kita) ولدى المربية النهارية (Kindertagespflege) وفي المدرسة تُدفع كاملة، وللنادي أو مدرسة الموسيقى أو الأنشطة الثقافية يوجد 15 يورو في الشهر. الرحلات والرحلات المدرسية تُدفع بتكلفتها الفعلية، وتُدفع مواصلات المدرسة ودعم التعلم (Lernförderung) بقدر الحاجة.',
  provider: 'مدينة Hamm ومركز العمل البلدي في Hamm (Kommunales Jobcenter Hamm)',
  eligibilitySummary:
    'للأطفال دون 18 سنة، وللشباب من 18 إلى 24 سنة الذين ما زالوا يذهبون إلى المدرسة ولا يحصلون على أجرة تدريب، إذا كانت العائلة تحصل على Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو Wohngeld، أو Kinderzuschlag، أو المساعدات وفق قانون طالبي اللجوء. الدعم للنادي أو الموسيقى أو الثقافة ينطبق فقط حتى بلوغ سن 18. إذا لم تذكروا أيًّا من هذه المساعدات، لكن قد يحق لكم الحصول على واحدة منها، يعرض Situations-Finder الخدمة على أنها «قد تناسبكم». للتبسيط: يعتبر Situations-Finder كل حضور في الكلية المهنية (Berufskolleg) حضورًا مدرسيًا، حتى لو كان جزءًا من تدريب مهني مدفوع الأجر.',
  synonyms:
    'التعليم والمشاركة, حزمة التعليم, بطاقة يو كارد, يوكارد, أدوات المدرسة, مال للمدرسة, حقيبة المدرسة, 130 يورو للمدرسة, وجبة الغداء في المدرسة, رحلة مدرسية, دروس خصوصية, دعم التعلم, نادي رياضي, Bildung und Teilhabe, BuT, Bildungspaket, YouCardHamm, YouCard, Schulbedarf, Lernförderung',
  steps: [
    'تقدّمون الطلب لدى الجهة التي تدفع لكم مساعدتكم الأخرى أيضًا – مثلًا لدى مركز العمل البلدي (Kommunales Jobcenter Hamm)، إذا كنتم تحصلون على Grundsicherungsgeld. يدفع مركز العمل (Jobcenter) الأدوات المدرسية غالبًا دون طلب خاص؛ وابتداءً من سن 15 سنة يحتاج إلى شهادة مدرسة (Schulbescheinigung). إذا كنتم تحصلون على Wohngeld أو Kinderzuschlag، فالجهة المختصة هي مدينة Hamm.',
    'قدّموا قراركم الحالي (Bescheid) (مثلًا قرار Wohngeld أو قرار Kinderzuschlag)، وعند الحاجة إثباتات من المدرسة أو الحضانة (Kita).',
    'مع الموافقة يحصل طفلكم على بطاقة YouCardHamm. بها تُحسب تكاليف وجبة الغداء، واشتراك النادي، والخدمات الأخرى مباشرة.',
    'لديكم أسئلة؟ في Familienrathaus يساعدونكم.',
  ],
  documents: [
    'القرار الحالي (Bescheid) عن Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو Wohngeld، أو Kinderzuschlag، أو المساعدات وفق قانون طالبي اللجوء',
    'لتلاميذ المدارس ابتداءً من سن 15 سنة: شهادة المدرسة (Schulbescheinigung)',
    'لدعم التعلم (Lernförderung): تأكيد من المدرسة',
    'للرحلات المدرسية والرحلات: تأكيد من المدرسة أو الحضانة (Kita) عن التكاليف',
  ],
} satisfies SeedAngebotTranslation
