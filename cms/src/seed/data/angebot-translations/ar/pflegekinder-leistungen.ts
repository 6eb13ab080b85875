import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'مساعدات للأسر الحاضنة (Leistungen für Pflegefamilien)',
  summary:
    'استقبلتم طفلًا محتضَنًا (Pflegekind)، أو تريدون أن تصبحوا أسرة حاضنة؟ يدفع مكتب رعاية الشباب (Jugendamt) إعانة رعاية (Pflegegeld) لمعيشة الطفل وتربيته، ويتحمل التكاليف التي تُدفع مرة واحدة، ويرافقكم بالاستشارة والتدريب.',
  costs:
    'لا تتحملون أي تكاليف. تُحسب إعانة الرعاية حسب عمر الطفل والتوصيات المعمول بها في ولاية شمال الراين-وستفاليا (Nordrhein-Westfalen)؛ ويخبركم مكتب رعاية الشباب المختص بالمبلغ الدقيق.',
  provider:
    'مكتب رعاية الشباب (Jugendamt) في مدينة Hamm (خدمة التبنّي والأطفال المحتضَنين – Adoptions- und Pflegekinderdienst) وجهات مستقلة مثل Katholischer Sozialdienst وFriedrich-Wilhelm-Stift',
  eligibilitySummary:
    'الوالدان الحاضنان في Hamm اللذان استقبلا طفلًا في إطار مساعدات التربية (Hilfe zur Erziehung) (حضانة بدوام كامل أو حضانة طارئة) – وأيضًا الأقارب. والمهتمون الذين يريدون أن يصبحوا أسرة حاضنة يحصلون على استشارة وتحضير.',
  synonyms:
    'طفل محتضن, أطفال محتضنون, أسرة حاضنة, عائلة حاضنة, أم حاضنة, أب حاضن, احتضان طفل, رعاية طفل قريب, حضانة الأقارب, حضانة طارئة, إعانة الرعاية للطفل المحتضن, مساعدة لمرة واحدة, Pflegekind, Pflegefamilie, Pflegeeltern, Pflegegeld, Vollzeitpflege, Bereitschaftspflege, Verwandtenpflege, Pflegekinderdienst',
  steps: [
    'تهتمون باحتضان طفل؟ تواصلوا مع خدمة التبنّي والأطفال المحتضَنين في مدينة Hamm (الهاتف 02381 17-6325) أو مع جهة مستقلة، واحضروا أمسية معلومات.',
    'بعد أحاديث، وزيارة منزلية، وندوة تحضيرية، يُفحص أيّ طفل يناسب عائلتكم.',
    'إذا استقبلت عائلتكم طفلًا، يطلب مكتب رعاية الشباب المساعدة ويدفع إعانة الرعاية. وقدّموا إضافة إلى ذلك طلب إعانة الأطفال (Kindergeld) لدى صندوق العائلة (Familienkasse).',
    'للمساعدات التي تُدفع مرة واحدة، مثلًا للتجهيزات الأولى، أو للمناسبات الشخصية المهمة، أو لرحلة في العطلة، قدّموا طلبًا لدى مكتب رعاية الشباب.',
  ],
  documents: [
    'للتقدّم: شهادة حسن السيرة والسلوك الموسّعة (erweitertes Führungszeugnis)، وشهادة طبية، وإثباتات الدخل والمسكن',
    'للمساعدات: فواتير أو عروض أسعار',
  ],
  ruleTexts: {
    'In Ihrer Familie lebt ein Pflegekind.': 'في عائلتكم يعيش طفل محتضَن (Pflegekind).',
    'Sie sind Pflegemutter oder Pflegevater.': 'أنتم أم حاضنة أو أب حاضن.',
    'Ihr Enkelkind lebt bei Ihnen – auch Großeltern können Pflegefamilie mit Pflegegeld sein (§ 27 Abs. 2a SGB VIII).':
      'حفيدكم أو حفيدتكم يعيش عندكم – يمكن للأجداد أيضًا أن يكونوا أسرة حاضنة تحصل على إعانة الرعاية (§ 27 Abs. 2a SGB VIII).',
  },
} satisfies SeedAngebotTranslation
