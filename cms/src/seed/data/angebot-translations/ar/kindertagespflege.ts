import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'الرعاية النهارية للأطفال (Kindertagespflege – مربية نهارية أو مربٍّ نهاري)',
  summary:
    'ترعى المربية النهارية (Tagesmutter) أو المربي النهاري (Tagesvater) طفلكم في مجموعة صغيرة فيها خمسة أطفال على الأكثر – وغالبًا بأوقات مرنة. في Hamm خاصة للأطفال دون ثلاث سنوات. يوجّهكم مكتب رعاية الشباب (Jugendamt) إلى أشخاص رعاية نهارية تم فحصهم.',
  costs:
    'يدفع مكتب رعاية الشباب أجر شخص الرعاية النهارية. تدفعون مساهمة الوالدين (Elternbeitrag) حسب لائحة مساهمات الوالدين في مدينة Hamm – تُحسب حسب الدخل ومدة الرعاية، ولا تزيد على مساهمة مكان في الحضانة (Kita). الإخوة معفَون من المساهمة. إذا كنتم تحصلون على Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو Wohngeld، أو Kinderzuschlag، فلا تدفعون شيئًا عند تقديم طلب.',
  provider:
    'مكتب رعاية الشباب (Jugendamt) في مدينة Hamm (مركز الاستشارة والتوجيه لرعاية الأطفال النهارية – Beratungs- und Vermittlungsstelle Kindertagesbetreuung) مع أشخاص رعاية نهارية مؤهَّلين',
  eligibilitySummary:
    'خاصة الأطفال دون ثلاث سنوات في Hamm: ابتداءً من عمر سنة مع حق قانوني؛ ودون سنة إذا كان الوالدان كلاهما (أو الوالد الذي يربّي الطفل وحده) يعملان، أو يقومان بتدريب مهني، أو يدرسان في الجامعة، أو يبحثان عن عمل، أو يشاركان في برنامج من مركز العمل (Jobcenter) – أو إذا كانت الرعاية ضرورية لنمو الطفل (§ 24 Abs. 1 SGB VIII). والأطفال الأكبر سنًا كرعاية إضافية، إذا كانت الحضانة (Kita) أو المدرسة ذات الدوام الكامل المفتوح لا تغطي أوقات الرعاية المطلوبة.',
  synonyms:
    'مربية نهارية, مربية أطفال, تاغس موتر, جليسة أطفال من Jugendamt, رعاية الأطفال دون ثلاث سنوات, رعاية الرضيع, حضانة للرضع, رعاية مرنة, عمل بنظام المناوبات, Kindertagespflege, Tagespflege, Tagesmutter, Tagesvater, Tageseltern, Großtagespflege, U3-Betreuung, Krippe',
  steps: [
    'اتصلوا بمركز الاستشارة والتوجيه لرعاية الأطفال النهارية في مكتب رعاية الشباب (02381 17-6399)، أو ابحثوا عن أشخاص الرعاية النهارية في بوابة الحضانات (Kitaportal) لمدينة Hamm.',
    'تعرّفوا على المربية النهارية أو المربي النهاري، وشاهدوا المكان.',
    'اتفقوا على فترة تعوّد (Eingewöhnung)، ووقّعوا عقد الرعاية.',
    'قدّموا لمكتب رعاية الشباب التقدير الذاتي لدخلكم. بعد ذلك تحصلون على قرار بمساهمة الوالدين (Elternbeitrag).',
  ],
  documents: [
    'شهادة ميلاد الطفل (Geburtsurkunde) أو وثيقة هوية الطفل',
    'إثبات العمل أو التدريب المهني أو الدراسة الجامعية أو البحث عن عمل (للأطفال دون سنة، ولتحديد مدة الرعاية)',
    'التقدير الذاتي لدخل الوالدين (استمارة مكتب رعاية الشباب)',
  ],
  ruleTexts: {
    'Ihr Kind ist zwischen einem und drei Jahren alt – genau dafür ist die Kindertagespflege in Hamm gedacht.':
      'عمر طفلكم بين سنة وثلاث سنوات – والرعاية النهارية للأطفال (Kindertagespflege) في Hamm مخصصة لهذا العمر بالضبط.',
    'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).':
      'عمر طفلكم الرضيع أقل من سنة، وكل الوالدين في المنزل يعملون أو يتعلمون أو يبحثون عن عمل – لذلك يحق لطفلكم الرضيع أيضًا الحصول على الرعاية (§ 24 Abs. 1 SGB VIII).',
    'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt':
      'كانت الرعاية ضرورية لنمو طفلكم الرضيع، أو كنتم تشاركون في برنامج من مركز العمل (Jobcenter) للاندماج في العمل – ويفحص ذلك مكتب رعاية الشباب (Jugendamt)',
  },
} satisfies SeedAngebotTranslation
