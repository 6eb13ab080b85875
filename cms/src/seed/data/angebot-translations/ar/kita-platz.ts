import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'مكان في الحضانة في Hamm (Kita-Platz)',
  summary:
    'ابتداءً من عمر سنة يحق لطفلكم الحصول على مكان رعاية، وابتداءً من ثلاث سنوات على مكان في الحضانة (Kita). في Hamm تسجّلون طفلكم مسبقًا عبر الإنترنت في بوابة الحضانات (Kitaportal) – والأفضل مبكرًا.',
  costs:
    'تُحسب مساهمة الوالدين (Elternbeitrag) حسب دخل العائلة، ومدة الرعاية، وعمر الطفل (لائحة مساهمات الوالدين في مدينة Hamm). في Hamm تدفعون عن طفل واحد على الأكثر؛ والإخوة معفَون من المساهمة. السنتان الأخيرتان في الحضانة قبل دخول المدرسة معفاتان من المساهمة في NRW. العائلات التي تحصل على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld)، أو المساعدة الاجتماعية (Sozialhilfe)، أو المساعدات وفق قانون طالبي اللجوء، أو إعانة السكن (Wohngeld)، أو الإعانة الإضافية للأطفال (Kinderzuschlag)، لا تدفع شيئًا عند تقديم طلب. وجبة الغداء تُدفع بشكل منفصل؛ ولها توجد مساعدة عن طريق Bildung und Teilhabe.',
  provider:
    'مكتب رعاية الشباب (Jugendamt) في مدينة Hamm (قسم التعليم في الطفولة المبكرة – Abteilung Frühkindliche Bildung) والجهات التي تدير الحضانات',
  eligibilitySummary:
    'كل الأطفال في Hamm من عمر سنة حتى دخول المدرسة (حق قانوني، وابتداءً من ثلاث سنوات في مكان في الحضانة). الأطفال دون سنة يحصلون على مكان، إذا كان الوالدان كلاهما (أو الوالد الذي يربّي الطفل وحده) يعملان، أو يقومان بتدريب مهني، أو يدرسان في الجامعة، أو يبحثان عن عمل، أو يشاركان في برنامج من مركز العمل (Jobcenter) – أو إذا كانت الرعاية ضرورية لنمو الطفل؛ ويفحص ذلك مكتب رعاية الشباب (§ 24 Abs. 1 SGB VIII).',
  synonyms:
    'حضانة, روضة, روضة أطفال, كيتا, مكان في الحضانة, مكان رعاية, حضانة للرضع, تسجيل في الحضانة, بوابة الحضانات, الحق في مكان في الحضانة, رعاية الأطفال, Kita, Kindergarten, Kindertagesstätte, Kita-Platz, Kitaplatz, Krippe, U3, Ü3, Kitaportal, Kita-Anmeldung, Rechtsanspruch',
  steps: [
    'تعرّفوا على الحضانات القريبة منكم – في بوابة الحضانات (Kitaportal) لمدينة Hamm تجدون كل المؤسسات.',
    'سجّلوا طفلكم مسبقًا في Kitaportal في الحضانات التي ترغبون فيها. لمكان ابتداءً من 1 أغسطس، يُستحسن أن تفعلوا ذلك حتى منتصف يناير.',
    'تواصلوا مع الحضانة، واتفقوا على موعد للتعارف.',
    'إذا حصلتم على موافقة، فوقّعوا عقد الرعاية مع الحضانة. بعد ذلك يطلب منكم مكتب رعاية الشباب أن تقدّروا دخلكم بأنفسكم لتحديد مساهمة الوالدين.',
    'لا تجدون مكانًا؟ اتصلوا بمركز الاستشارة والتوجيه لرعاية الأطفال النهارية (Beratungs- und Vermittlungsstelle Kindertagesbetreuung) في مكتب رعاية الشباب: 02381 17-6399.',
  ],
  documents: [
    'شهادة ميلاد الطفل (Geburtsurkunde) أو وثيقة هوية الطفل',
    'إثبات العمل أو التدريب المهني أو الدراسة الجامعية أو البحث عن عمل (للأطفال دون سنة، ولأوقات رعاية أطول)',
    'التقدير الذاتي لدخل الوالدين (استمارة مكتب رعاية الشباب)',
    'قرار Grundsicherungsgeld (سابقًا Bürgergeld)، أو Wohngeld، أو Kinderzuschlag، أو ما يشبهها، إذا أردتم الإعفاء من المساهمة',
  ],
  ruleTexts: {
    'Ihr Kind ist mindestens ein Jahr alt und noch nicht in der Schule. Es hat ein Recht auf einen Betreuungsplatz.':
      'عمر طفلكم سنة على الأقل، ولم يدخل المدرسة بعد. يحق له الحصول على مكان رعاية.',
    'Ihr Kind ist sechs Jahre alt und geht noch nicht zur Schule.': 'عمر طفلكم ست سنوات، ولا يذهب إلى المدرسة بعد.',
    'Ihr Baby ist unter einem Jahr, und alle Eltern im Haushalt arbeiten, lernen oder suchen Arbeit – dann hat auch Ihr Baby ein Recht auf Förderung (§ 24 Abs. 1 SGB VIII).':
      'عمر طفلكم الرضيع أقل من سنة، وكل الوالدين في المنزل يعملون أو يتعلمون أو يبحثون عن عمل – لذلك يحق لطفلكم الرضيع أيضًا الحصول على الرعاية (§ 24 Abs. 1 SGB VIII).',
    'die Betreuung für die Entwicklung Ihres Babys geboten ist oder Sie an einer Maßnahme des Jobcenters zur Eingliederung in Arbeit teilnehmen – das prüft das Jugendamt':
      'كانت الرعاية ضرورية لنمو طفلكم الرضيع، أو كنتم تشاركون في برنامج من مركز العمل (Jobcenter) للاندماج في العمل – ويفحص ذلك مكتب رعاية الشباب (Jugendamt)',
  },
} satisfies SeedAngebotTranslation
