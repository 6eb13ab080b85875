import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'الاحتياج الإضافي أثناء الحمل (Mehrbedarf bei Schwangerschaft – Grundsicherungsgeld، سابقًا Bürgergeld)',
  summary:
    'إذا كنتِ تحصلين على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو المساعدة الاجتماعية (Sozialhilfe) وكنتِ حاملًا، فابتداءً من الأسبوع 13 من الحمل توجد إضافة قدرها 17 بالمئة من الاحتياج الأساسي (Regelbedarf) – في 2026 مثلًا 95.71 يورو في الشهر للشخص الذي يعيش وحده.',
  costs:
    '17 بالمئة من الاحتياج الأساسي (حسب وضع 2026): 95.71 يورو في الشهر للشخص الذي يعيش وحده وللأم التي تربّي أطفالها وحدها، و86.02 يورو عند العيش مع شريك. لا يوجد طلب خاص.',
  provider:
    'مركز العمل البلدي في Hamm (Kommunales Jobcenter Hamm) (وفي حالة Sozialhilfe: مدينة Hamm، مكتب الشؤون الاجتماعية والسكن والرعاية – Amt für Soziales, Wohnen und Pflege)',
  eligibilitySummary:
    'للنساء الحوامل اللواتي يحصلن على Grundsicherungsgeld (سابقًا Bürgergeld) أو Sozialhilfe، ابتداءً من الأسبوع 13 من الحمل (في Situations-Finder: الولادة بعد 28 أسبوعًا على الأكثر) حتى نهاية شهر الولادة. إذا لم تقدّموا بعد طلب Grundsicherungsgeld، يعرض Situations-Finder الخدمة على أنها «قد تناسبكم»، إذا كان من الممكن أن يحق لكم الحصول على Grundsicherungsgeld.',
  synonyms:
    'احتياج إضافي للحامل, زيادة للحامل, مال إضافي أثناء الحمل, الجوب سنتر والحمل, حامل وأحصل على مساعدة الجوب سنتر, Mehrbedarf Schwangerschaft, Schwangerschaftsmehrbedarf, Grundsicherungsgeld schwanger, Bürgergeld schwanger, Jobcenter',
  steps: [
    'أخبروا مركز العمل (Jobcenter) بالحمل، وقدّموا دفتر الأمومة (Mutterpass) أو شهادة طبية بموعد الولادة المحسوب.',
    'قدّموا في الوقت نفسه طلب التجهيزات الأولى للحمل والولادة (Erstausstattung).',
    'بعد الولادة، سجّلوا طفلكم لدى مركز العمل.',
  ],
  documents: ['دفتر الأمومة (Mutterpass) أو شهادة طبية بموعد الولادة المحسوب'],
  ruleTexts: {
    'Sie sind schwanger und haben die 12. Schwangerschaftswoche hinter sich.': 'أنتِ حامل، وقد أتممتِ الأسبوع 12 من الحمل.',
  },
} satisfies SeedAngebotTranslation
