import type { SeedAngebotTranslation } from '../../../types.ts'

export default {
  translatedOn: '2026-12-05',
  title: 'مساعدة بدء الدراسة الجامعية (Studienstarthilfe)',
  summary:
    'مَن عمره أقل من 25 سنة، ويبدأ الدراسة الجامعية لأول مرة، وكان يحصل قبلها على Grundsicherungsgeld (سابقًا Bürgergeld) أو إعانة السكن (Wohngeld) أو Kinderzuschlag أو Sozialhilfe أو مساعدات طالبي اللجوء، يمكنه الحصول مرة واحدة على 1,000 يورو مساعدةً لبدء الدراسة (Studienstarthilfe) – منحةً لا تُسترَدّ.',
  costs: 'مرة واحدة 1,000 يورو منحةً. تقديم الطلب مجاني.',
  provider: 'مؤسسة شؤون الطلاب (Studierendenwerk) في الجامعة (عن طريق BAföG Digital)',
  eligibilitySummary:
    'للطالبات والطلاب الجدد دون 25 سنة في دراستهم الجامعية الأولى، الذين حصلوا في الشهر السابق لبدء الدراسة على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld)، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو مساعدات من رعاية الأطفال والشباب (Kinder- und Jugendhilfe)، أو دُفعت عنهم Wohngeld أو Kinderzuschlag. إذا لم تذكروا أيًّا من هذه المساعدات، لكن قد يحق لكم الحصول على واحدة منها، يعرض Situations-Finder الخدمة على أنها «قد تناسبكم».',
  synonyms:
    'مساعدة بدء الدراسة, 1000 يورو للدراسة, منحة بداية الدراسة, طالب جديد, الفصل الدراسي الأول, مال لبدء الجامعة, Studienstarthilfe, Studienstart, Starthilfe Studium, Erstsemester Zuschuss, BAföG Digital',
  steps: [
    'سجّلوا في الجامعة (Immatrikulation).',
    'قدّموا الطلب عبر الإنترنت من خلال BAföG Digital – في موعد أقصاه نهاية الشهر الذي يلي بدء الدراسة (إذا بدأت الدراسة في أكتوبر، فحتى نهاية نوفمبر).',
    'ارفعوا إثبات المساعدة الاجتماعية عن الشهر السابق لبدء الدراسة، وشهادة التسجيل في الجامعة (Immatrikulationsbescheinigung).',
  ],
  documents: [
    'شهادة التسجيل في الجامعة (Immatrikulationsbescheinigung)',
    'قرار (Bescheid) عن Grundsicherungsgeld (سابقًا Bürgergeld)، أو Sozialhilfe، أو المساعدات وفق قانون طالبي اللجوء، أو Wohngeld، أو Kinderzuschlag، عن الشهر السابق لبدء الدراسة',
  ],
} satisfies SeedAngebotTranslation
