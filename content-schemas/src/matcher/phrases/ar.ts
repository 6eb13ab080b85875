import type { MatcherPhrases, PersonRef } from '../phrases.ts'

const arabicRules = new Intl.PluralRules('ar')

/**
 * Picks the Arabic form for a number by the language's CLDR rule: 1, 2 (dual), 3–10 (plural, also
 * 103 …) and every other number (11–99, 0, 100 …) the singular after the number.
 */
function plural(n: number, forms: { one: string; two: string; few: string; many: string }): string {
  const form = arabicRules.select(n)
  return form === 'one' ? forms.one : form === 'two' ? forms.two : form === 'few' ? forms.few : forms.many
}

/** Counted nouns. `genitive` gives the dual after a preposition or in an idafa ("بعد شهرين", "في عمر سنتين"). */
const months = (n: number, genitive = false) =>
  plural(n, { one: 'شهر واحد', two: genitive ? 'شهرين' : 'شهران', few: `${n} أشهر`, many: `${n} شهرًا` })
const years = (n: number, genitive = false) =>
  plural(n, { one: 'سنة واحدة', two: genitive ? 'سنتين' : 'سنتان', few: `${n} سنوات`, many: `${n} سنة` })
const weeks = (n: number, genitive = false) =>
  plural(n, { one: 'أسبوع واحد', two: genitive ? 'أسبوعين' : 'أسبوعان', few: `${n} أسابيع`, many: `${n} أسبوعًا` })

/** The length of an age: "3 سنوات", "سنة واحدة", "4 أشهر", "أقل من شهر". */
function ageLength(age: number, genitive = false): string {
  if (age < 1) {
    const count = Math.max(0, Math.floor(age * 12 + 1e-9))
    return count === 0 ? 'أقل من شهر' : months(count, genitive)
  }
  return years(Math.floor(age + 1e-9), genitive)
}
/** "3 سنوات", "سنتان", "4 أشهر" (captions, telling people apart). */
const ageText = (age: number) => ageLength(age)

/** "a وb", "a، وb، وc". "و" is written onto an Arabic word, with a space before a Latin one. */
function list(parts: string[]): string {
  const and = (part: string) => (/^[\u0600-\u06FF]/.test(part) ? `و${part}` : `و ${part}`)
  if (parts.length <= 1) return parts.join('')
  if (parts.length === 2) return `${parts[0]} ${and(parts[1]!)}`
  return parts.map((part, index) => (index === 0 ? part : and(part))).join('، ')
}

/** The age in brackets tells people of the same role apart – unless the sentence says the age anyway. */
const which = (person: PersonRef) => (person.alone || person.ageSaid ? '' : ` (${ageText(person.age)})`)

/**
 * The person, the same at the start of a sentence and inside one: "Mia", "طفلكم (3 سنوات)",
 * "الشخص البالغ في منزلكم". Sentences about a person are built so that no word agrees with the
 * person's gender (the household format does not record it): predicates are noun or prepositional
 * phrases, and questions about a person use "لدى" or an idafa.
 */
function who(person: PersonRef): string {
  if (person.name) return person.name
  if (person.role === 'child') return `طفلكم${which(person)}`
  return person.alone ? 'الشخص البالغ في منزلكم' : `الشخص البالغ${which(person)}`
}

/** The matcher's sentences in Arabic (translated from de.ts). */
export const arabicPhrases: MatcherPhrases = {
  lang: 'ar',
  amount: {
    per: { month: (sum) => `${sum} شهريًا`, year: (sum) => `${sum} سنويًا`, once: (sum) => `${sum} مرة واحدة` },
    perChild: (sum) => `${sum} لكل طفل`,
    upTo: (sum) => `حتى ${sum}`,
    range: (from, to) => `من ${from} إلى ${to}`,
    byAge: (text) => `${text}، حسب العمر`,
    about: (sum) => `نحو ${sum}`,
  },
  benefits: {
    buergergeld: 'إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld)',
    arbeitslosengeld: 'إعانة البطالة (Arbeitslosengeld)',
    sozialhilfe: 'المساعدة الاجتماعية (Sozialhilfe)',
    wohngeld: 'إعانة السكن (Wohngeld)',
    kinderzuschlag: 'الإعانة الإضافية للأطفال (Kinderzuschlag)',
    asylbewerberleistungen: 'المساعدات وفق قانون طالبي اللجوء (Asylbewerberleistungsgesetz)',
    elterngeld: 'إعانة الوالدين (Elterngeld)',
    kindergeld: 'إعانة الأطفال (Kindergeld)',
    unterhaltsvorschuss: 'سلفة النفقة (Unterhaltsvorschuss)',
    pflegegeld: 'إعانة الرعاية (Pflegegeld)',
    bafoeg: 'إعانة الدراسة (BAföG)',
    berufsausbildungsbeihilfe: 'إعانة التدريب المهني (Berufsausbildungsbeihilfe)',
  },
  activity: {
    none: 'تحت الرعاية في المنزل حتى الآن',
    kita: 'في الحضانة (Kita)',
    kindertagespflege: 'لدى المربية النهارية (Kindertagespflege)',
    grundschule: 'في المدرسة الابتدائية (Grundschule)',
    'weiterfuehrende-schule': 'في مدرسة ثانوية (weiterführende Schule)',
    foerderschule: 'في مدرسة للتربية الخاصة (Förderschule)',
    berufskolleg: 'في كلية مهنية (Berufskolleg)',
    ausbildung: 'في تدريب مهني (Ausbildung)',
    studium: 'في الدراسة الجامعية (Studium)',
    freiwilligendienst: 'في خدمة تطوعية (Freiwilligendienst)',
    'job-seeking': 'في مرحلة البحث عن تدريب مهني أو عمل',
    working: 'في عمل بأجر',
    unknown: 'في نشاط لم تذكروه',
  },
  employment: {
    employed: 'في وظيفة لدى صاحب عمل',
    'self-employed': 'في عمل حر',
    unemployed: 'بلا عمل',
    student: 'في الدراسة الجامعية (Studium)',
    trainee: 'في تدريب مهني (Ausbildung)',
    'parental-leave': 'في إجازة الوالدين (Elternzeit)',
    homemaker: 'في رعاية المنزل والعائلة',
    retired: 'في التقاعد (Rente)',
    unknown: 'في عمل أو نشاط لم تذكروه',
  },
  residence: {
    german: 'من حاملي الجنسية الألمانية',
    eu: 'من مواطني الاتحاد الأوروبي',
    'residence-permit': 'بتصريح إقامة (Aufenthaltserlaubnis)',
    'recognised-refugee': 'مع الاعتراف بوضع اللاجئ',
    'temporary-protection': 'تحت الحماية المؤقتة (مثلًا بعد القدوم من أوكرانيا)',
    'asylum-seeker': 'في إجراءات اللجوء (Asylverfahren)',
    tolerated: 'مع وقف مؤقت للترحيل (Duldung)',
    unknown: 'بوضع إقامة لم تذكروه',
  },
  insurance: {
    statutory: 'بتأمين صحي حكومي (gesetzliche Krankenversicherung)',
    private: 'بتأمين صحي خاص (private Krankenversicherung)',
    unknown: 'بتأمين صحي لم تذكروا نوعه',
  },
  maintenance: {
    full: 'مع نفقة كاملة (Unterhalt) من الوالد الآخر',
    partial: 'مع نفقة جزئية فقط (Unterhalt) من الوالد الآخر',
    none: 'بلا نفقة (Unterhalt) من الوالد الآخر',
    'not-applicable': 'دون حاجة إلى نفقة (Unterhalt) من الوالد الآخر',
    unknown: 'مع نفقة (Unterhalt) بمبلغ لم تذكروه',
  },
  childRelation: {
    own: 'من أبنائكم البيولوجيين',
    step: 'من أبناء شريككم أو شريكتكم (Stiefkind)',
    foster: 'طفل محتضَن لديكم (Pflegekind)',
    adopted: 'من أبنائكم بالتبنّي (Adoptivkind)',
    grandchild: 'من أحفادكم',
    'other-child': 'طفل يعيش معكم',
  },
  adultRelation: { parent: 'أحد الوالدين', 'foster-parent': 'أحد الوالدين في أسرة حاضنة (Pflegeeltern)' },
  disability: { yes: 'من ذوي الإعاقة', no: 'بلا إعاقة' },
  startingStudies: { yes: 'على وشك بدء دراسة جامعية', no: 'دون بدء دراسة جامعية قريبًا' },
  pregnant: (dueInWeeks) => {
    if (dueInWeeks === undefined) return 'حامل'
    const rounded = Math.round(dueInWeeks)
    return rounded === 0 ? 'حامل (الولادة قريبة جدًا)' : `حامل (الولادة بعد نحو ${weeks(rounded, true)})`
  },
  notPregnant: 'غير حامل',
  gaveBirth: { yes: 'أنجب(ت) الطفل', no: 'لم ينجب (تنجب) الطفل' },
  ageByCutoff: (age, year) => `في سن ${years(age)} على الأقل بتاريخ 30 سبتمبر ${year}`,
  pflegegrad: (level) => `بدرجة رعاية ${level} (Pflegegrad ${level})`,
  gdb: (degree) => `بدرجة إعاقة (GdB) تبلغ ${degree}`,
  age: (age) => (age < 1 / 12 ? 'في عمر أقل من شهر' : `في عمر ${ageLength(age, true)}`),
  ageText,
  personSentence: (person, predicates) => `${who(person)}: ${list(predicates)}.`,
  list,
  noChild: (count) =>
    count > 1
      ? plural(count, {
          one: '',
          two: 'لا يعيش في منزلكم طفلان ينطبق عليهما ذلك.',
          few: `لا يعيش في منزلكم ${count} أطفال ينطبق عليهم ذلك.`,
          many: `لا يعيش في منزلكم ${count} طفلًا ينطبق عليهم ذلك.`,
        })
      : 'لا يعيش في منزلكم طفل ينطبق عليه ذلك.',
  noAdult: 'لا يعيش في منزلكم شخص بالغ ينطبق عليه ذلك.',
  noMember: 'لا ينطبق ذلك على أي شخص في منزلكم.',
  household: {
    singleParent: { yes: 'تربّون أطفالكم دون شريك.', no: 'لا تربّون أطفالكم وحدكم.' },
    livesInHamm: { yes: 'تسكنون في Hamm.', no: 'لا تسكنون في Hamm.' },
    movedToHammRecently: {
      yes: 'انتقلتم إلى Hamm خلال الاثني عشر شهرًا الماضية.',
      no: 'تسكنون في Hamm منذ أكثر من سنة.',
    },
  },
  income: {
    none: 'ليس لديكم دخل من العمل.',
    low: 'دخلكم لا يكفي العائلة تمامًا دون مساعدة.',
    middle: 'دخلكم يكفي احتياجات عائلتكم.',
    high: 'دخلكم الخاضع للضريبة أكثر من 100,000 يورو في السنة.',
    'very-high': 'دخلكم الخاضع للضريبة أكثر من 175,000 يورو في السنة.',
    unknown: 'لم تذكروا دخلكم.',
  },
  figures: {
    estimate: (amount) => `تقدير حسب أرقامك: ${amount}.`,
    none: 'حسب أرقامك لا ينتج هنا أي مبلغ.',
    open: 'يتوقف الاستحقاق ومقداره على أرقام لا يعرفها الباحث إلا تقريبًا – مثل راتبك الإجمالي، وتكاليف التدفئة ضمن الإيجار الشامل، ونفقة الأطفال، أو الإيجار الذي يقبله مركز العمل (Jobcenter).',
    priority: (withChildren) =>
      `حسب أرقامك ${withChildren ? 'يكفي بدل السكن (Wohngeld) وعلاوة الطفل (Kinderzuschlag)' : 'يكفي بدل السكن (Wohngeld)'} مع دخلك لتغطية احتياجاتك – وعندها ${withChildren ? 'يأتيان' : 'يأتي'} قبل إعانة الضمان الأساسي (Grundsicherungsgeld).`,
    grundsicherung: (withChildren) =>
      `حسب أرقامك لا ${withChildren ? 'يكفي بدل السكن (Wohngeld) وعلاوة الطفل (Kinderzuschlag)' : 'يكفي بدل السكن (Wohngeld)'} لتغطية احتياجاتك – وعندها تكون إعانة الضمان الأساسي (Grundsicherungsgeld) هي المناسبة.`,
  },
  incomeBorderline: {
    above: 'قد يكون دخلكم أعلى بقليل فقط من حد هذا العرض – المبلغ الدقيق هو الذي يقرر ما إذا كان مناسبًا.',
    below: 'قد يكون دخلكم أقل بقليل فقط مما يتطلبه هذا العرض – المبلغ الدقيق هو الذي يقرر ما إذا كان مناسبًا (الدخل الآخر يُحتسب أيضًا).',
  },
  receives: (benefits) => `تحصلون على ${list(benefits)}.`,
  mayReceive: (benefits) =>
    benefits.length > 1
      ? `قد يحق لكم الحصول على ${benefits.join(' أو ')}. إذا حصلتم على إحداها، فهذه الخدمة متاحة لكم أيضًا.`
      : `قد يحق لكم الحصول على ${list(benefits)}. إذا حصلتم عليها، فهذه الخدمة متاحة لكم أيضًا.`,
  receivesNone: (benefits) =>
    benefits.length > 1 ? `لا تحصلون على أيٍّ من هذه المساعدات: ${list(benefits)}.` : `لا تحصلون على مساعدة من هذا النوع: ${list(benefits)}.`,
  openToAll: 'هذه الخدمة متاحة لكل العائلات.',
  dependsOn: (facts) => `يتوقف الأمر أيضًا على: ${list(facts)}.`,
  mayFitIf: (circumstances) =>
    circumstances.length > 0
      ? `قد يناسبكم ذلك إذا: ${list(circumstances)}.`
      : 'يتوقف الأمر على ظروف لا يسأل عنها Situations-Finder. الجهة المختصة تقدّم لكم المشورة.',
  dependsOnMissing: 'هل تناسبكم هذه الخدمة؟ هذا يتوقف على بيانات ما زالت ناقصة.',
  missingMemberFact: {
    age: (person) => `العمر الدقيق لدى ${who(person)} (بالأشهر)`,
    gaveBirth: (person) => `ما إذا كان ${who(person)} قد أنجب(ت) الطفل`,
    activity: (person) => `نشاط ${who(person)} حاليًا (حضانة، مدرسة، تدريب مهني …)`,
    employment: (person) => `وضع العمل لدى ${who(person)}`,
    pregnant: (person) => `وجود حمل لدى ${who(person)}`,
    dueInWeeks: () => 'موعد الولادة المتوقع',
    residenceStatus: (person) => `وضع الإقامة لدى ${who(person)}`,
    healthInsurance: (person) => `نوع التأمين الصحي لدى ${who(person)}`,
    disability: (person) => `ما إذا كانت لدى ${who(person)} إعاقة`,
    gdb: (person) => `درجة الإعاقة (GdB) لدى ${who(person)}`,
    pflegegrad: (person) => `ما إذا كانت لدى ${who(person)} درجة رعاية (Pflegegrad)`,
    maintenance: (person) => `ما إذا كانت تُدفع نفقة (Unterhalt) من أجل ${who(person)}`,
    relation: (person) => `صلة قرابة ${who(person)} بكم`,
    startingStudies: (person) => `خطط ${who(person)} لبدء دراسة جامعية قريبًا`,
  },
  missingHouseholdFact: {
    income: 'دخلكم',
    receives: 'المساعدات التي تحصلون عليها حاليًا',
    singleParent: 'ما إذا كنتم تربّون أطفالكم دون شريك',
    livesInHamm: 'ما إذا كنتم تسكنون في Hamm',
    movedToHammRecently: 'ما إذا كنتم قد انتقلتم حديثًا إلى Hamm',
  },
  inMonths: (count) => (count === 1 ? 'بعد شهر' : `بعد ${months(count, true)}`),
  fitsThen: 'سيناسبكم حينها',
  mayFitThen: 'قد يناسبكم حينها',
  babyName: 'طفلكم الرضيع',
}
