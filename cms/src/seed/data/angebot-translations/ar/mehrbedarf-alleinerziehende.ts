import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'الاحتياج الإضافي للآباء والأمهات الذين يربّون أطفالهم وحدهم (Mehrbedarf für Alleinerziehende – Grundsicherungsgeld، سابقًا Bürgergeld)',
  summary:
    'مَن يحصل على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو المساعدة الاجتماعية (Sozialhilfe) ويربّي أطفاله وحده، ينال أيضًا احتياجًا إضافيًا (Mehrbedarf): حسب عدد الأطفال وأعمارهم من 12 إلى 60 بالمئة من الاحتياج الأساسي (Regelbedarf)، أي في 2026 بين 67.56 و337.80 يورو شهريًا.',
  costs:
    'حسب وضع 2026 (الاحتياج الأساسي 563 يورو): 36 بالمئة تساوي 202.68 يورو في الشهر، و12 بالمئة لكل طفل تساوي 67.56 يورو، وعلى الأكثر 60 بالمئة تساوي 337.80 يورو. لا يوجد طلب خاص – فالاحتياج الإضافي جزء من Grundsicherungsgeld.',
  provider:
    'مركز العمل البلدي في Hamm (Kommunales Jobcenter Hamm) (وفي حالة Sozialhilfe: مدينة Hamm، مكتب الشؤون الاجتماعية والسكن والرعاية – Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'للآباء والأمهات الذين يربّون أطفالهم وحدهم، ويحصلون على Grundsicherungsgeld (سابقًا Bürgergeld) أو Sozialhilfe، ويعيشون مع طفل قاصر واحد على الأقل، ويتولّون رعايته وتربيته وحدهم. إذا لم تقدّموا بعد طلب Grundsicherungsgeld، يعرض Situations-Finder الخدمة على أنها «قد تناسبكم»، إذا كان من الممكن أن يحق لكم الحصول على Grundsicherungsgeld.',
  synonyms:
    'احتياج إضافي للأم العزباء, زيادة للأم العزباء, زيادة للأب الأعزب, مبلغ إضافي من الجوب سنتر, الجوب سنتر والأم العزباء, Mehrbedarf Alleinerziehende, Alleinerziehendenmehrbedarf, Grundsicherungsgeld alleinerziehend, Bürgergeld alleinerziehend, Jobcenter',
  steps: [
    'اذكروا في طلب Grundsicherungsgeld أنكم تربّون أطفالكم وحدكم، وكم أعمار أطفالكم.',
    'تحققوا في القرار (Bescheid) هل أُخذ الاحتياج الإضافي للآباء والأمهات الذين يربّون أطفالهم وحدهم بعين الاعتبار. إذا لم يحدث ذلك، فتواصلوا مع مركز العمل (Jobcenter) أو قدّموا اعتراضًا (Widerspruch).',
  ],
  documents: ['شهادات ميلاد الأطفال (Geburtsurkunden)', 'في حالة الرعاية المشتركة: معلومات عن تقسيم أوقات الرعاية'],
} satisfies SeedAngebotTranslation
