import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'حقيبة الثقافة (KulturRucksack) – ثقافة مجانية للأطفال من 10 إلى 14 سنة',
  summary:
    'التمثيل في المسرح، وصنع الإيقاعات الموسيقية، وتقديم برامج إذاعية، والرقص، والرسم، أو حلّ الشيفرات السرية: مع برنامج KulturRucksack NRW توجد في Hamm ورش عمل ومشاريع مجانية للأطفال والمراهقين من 10 إلى 14 سنة – في المتاحف، والمسارح، والمكتبة، ومراكز الشباب.',
  costs: 'مجاني. تدفع ولاية NRW ومدينة Hamm تكاليف البرامج.',
  provider:
    'مدينة Hamm – مكتب الثقافة (Kulturbüro، للتنسيق) مع KUBUS، وHELIOS-Theater، وGustav-Lübcke-Museum، وأرشيف المدينة (Stadtarchiv)، والمكتبة المركزية (Zentralbibliothek)، ومراكز الشباب؛ بدعم من ولاية NRW',
  eligibilitySummary:
    'للأطفال والمراهقين في Hamm من 10 إلى 14 سنة. البرامج مجانية؛ ولا يوجد حد للدخل. لكثير من البرامج يجب التسجيل، وبعضها موجّه فقط لجزء من هذه الفئة العمرية.',
  synonyms:
    'حقيبة الثقافة, ورش عمل مجانية, ثقافة للأطفال, ثقافة للمراهقين, ورشة مسرح, دورة رقص مجانية, ورشة في العطلة, فن, رسم, موسيقى, إذاعة, أنشطة لعمر 10 إلى 14, KulturRucksack, Kulturrucksack NRW, KUBUS, HELIOS-Theater, Kidz Atelier, Kulturstrolche',
  steps: [
    'اطّلعوا مع طفلكم على برنامج KulturRucksack الحالي على موقع hamm.de.',
    'سجّلوا طفلكم في البرنامج الذي يريد أن يجرّبه، كما هو موصوف عند البرنامج.',
    'يشارك طفلكم – مرة واحدة، أو عدة أيام في العطلة، أو بشكل منتظم، حسب البرنامج.',
  ],
  documents: ['التسجيل في البرنامج المعني', 'للرحلات أو المشاريع التي تستمر عدة أيام: موافقة الوالدين'],
  ruleTexts: {
    'In Ihrer Familie lebt ein Kind zwischen 10 und 14 Jahren – genau das Alter für den KulturRucksack.':
      'في عائلتكم يعيش طفل بين 10 و14 سنة – وهذا بالضبط العمر المناسب لبرنامج KulturRucksack.',
  },
} satisfies SeedAngebotTranslation
