import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'تذكرة ألمانيا الاجتماعية (Deutschlandticket Sozial)',
  summary:
    'بتذكرة Deutschlandticket Sozial يركب متلقو إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو Sozialhilfe أو Wohngeld أو مساعدات طالبي اللجوء الحافلات والقطارات المحلية في كل ألمانيا بسعر أرخص. في Hamm يُمنح إثبات الاستحقاق (Berechtigungsnachweis) من الجهة التي تدفع مساعدتكم.',
  costs:
    'اشتراك يمكن إلغاؤه شهريًا بسعر مخفّض أقل من سعر تذكرة Deutschlandticket العادية (63 يورو في الشهر منذ يناير 2026). في 2025 كان سعر Deutschlandticket Sozial في ولاية شمال الراين-وستفاليا (Nordrhein-Westfalen) 48 يورو؛ والسعر الحالي تخبركم به شركة Stadtwerke Hamm. يكون الدفع بالخصم المباشر من الحساب (Lastschrift).',
  provider: 'شركة Stadtwerke Hamm (البيع) والجهة التي تدفع لكم مساعدتكم (إثبات الاستحقاق)',
  eligibilitySummary:
    'للأشخاص الذين يسكنون في Hamm، ويحصلون على Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو Wohngeld، أو المساعدات وفق قانون طالبي اللجوء، أو مساعدات رعاية ضحايا الحرب (Kriegsopferfürsorge). إذا لم تذكروا أيًّا من هذه المساعدات، لكن قد يحق لكم الحصول على واحدة منها، يعرض Situations-Finder الخدمة على أنها «قد تناسبكم». الإعانة الإضافية للأطفال (Kinderzuschlag) وحدها ليست، حسب معلومات اتحادات النقل، من المساعدات التي تعطي الحق في التذكرة؛ وعند الشك اسألوا مدينة Hamm.',
  synonyms:
    'التذكرة الاجتماعية, تذكرة مخفضة, تذكرة رخيصة, تذكرة ألمانيا الاجتماعية, حافلة وقطار بسعر رخيص, تذكرة للجوب سنتر, تذكرة لأصحاب Bürgergeld, Sozialticket, Deutschlandticket Sozial, D-Ticket Sozial, HammTicket Mobil, MobilAbo, Stadtwerke Hamm',
  steps: [
    'احصلوا على إثبات استحقاقكم – من الجهة التي تدفع لكم المساعدة، مثلًا من مركز العمل البلدي (Kommunales Jobcenter) أو من مكتب إعانة السكن (Wohngeldstelle) في مدينة Hamm. غالبًا يكفي القرار الحالي (Bescheid).',
    'اطلبوا Deutschlandticket Sozial من شركة Stadtwerke Hamm، عبر الإنترنت أو في مركز خدمة العملاء، مع إثبات الاستحقاق وبطاقة الهوية.',
    'جدّدوا الإثبات في الوقت المناسب، عندما تتم الموافقة على مساعدتكم من جديد.',
  ],
  documents: [
    'القرار الحالي للمساعدة (Leistungsbescheid) أو إثبات الاستحقاق',
    'بطاقة الهوية أو وثيقة هوية أخرى بصورة',
    'البيانات البنكية للخصم المباشر',
  ],
} satisfies SeedAngebotTranslation
