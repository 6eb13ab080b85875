import { arabicPhrases } from '@familienrathaus/content-schemas/matcher/phrases/ar'

import type { FinderLanguage, FinderTexts } from './de.ts'

/** "خدمة واحدة", "خدمتان", "3 خدمات", "11 خدمة" (the last two digits decide, like the CLDR rule). */
const offers = (n: number) => {
  if (n === 1) return 'خدمة واحدة'
  if (n === 2) return 'خدمتان'
  const lastTwo = n % 100
  return lastTwo >= 3 && lastTwo <= 10 ? `${n} خدمات` : `${n} خدمة`
}

/** "موعد واحد", "موعدان", "3 مواعيد", "11 موعدًا", "100 موعد" (calendar entries; same CLDR rule as offers). */
const entries = (n: number) => {
  if (n === 1) return 'موعد واحد'
  if (n === 2) return 'موعدان'
  const lastTwo = n % 100
  if (lastTwo >= 3 && lastTwo <= 10) return `${n} مواعيد`
  return lastTwo >= 11 ? `${n} موعدًا` : `${n} موعد`
}

/** The finder's interface in Arabic (translated from de.ts). */
export const arabicTexts = {
  count: (yes: number, maybe: number) =>
    `${yes === 0 ? 'لا تناسبكم أي خدمة بشكل مؤكد' : `تناسبكم ${offers(yes)}`}، ${
      maybe === 0 ? 'ولا توجد خدمات أخرى قد تناسبكم' : `وقد تناسبكم ${offers(maybe)}`
    }.`,
  messages: {
    added: (name: string) => `تمت إضافة ${name} إلى الصورة. يُرجى إدخال العمر.`,
    addedExpected: 'الطفل المنتظر ظاهر الآن في الصورة. يُرجى ذكر من ينتظره.',
    born: 'الطفل ظاهر الآن في الصورة كطفل في الأسرة. يُرجى ذكر عمره.',
    linkLoaded: 'تم تحميل البيانات من الرابط.',
    linkInvalid: 'الرابط لا يحتوي على بيانات صالحة. يمكنكم البدء من جديد هنا.',
    storedLoaded: 'تم تحميل البيانات التي حفظتموها.',
    storedUnreadable: 'تعذّرت قراءة البيانات المحفوظة، لذلك لم تُستخدم.',
    remembered: 'تم الحفظ: بياناتكم محفوظة فقط في هذا المتصفح على هذا الجهاز. يمكنكم حذفها بزر «مسح».',
    rememberFailed: 'متصفحكم لا يسمح بالحفظ. استخدموا «مشاركة الرابط» للاحتفاظ ببياناتكم.',
    forgotten: 'تم المسح: لم يعد أي شيء من بياناتكم محفوظًا في هذا المتصفح.',
    restarted: 'تمت إزالة كل البيانات من الصورة.',
    copied: 'تم نسخ الرابط.',
    copyFailed: 'تعذّر النسخ. حدّدوا الرابط وانسخوه بأنفسكم.',
  },
  household: {
    heading: 'مَن يعيش في منزلكم؟',
    hint: 'أضيفوا الأشخاص، ثم اختاروا شخصًا لتذكروا المزيد عنه. يمكنكم الإجابة عن كل سؤال بـ«لا أعرف».',
    addAdult: 'إضافة شخص بالغ',
    addChild: 'إضافة طفل',
    addExpected: 'إضافة طفل منتظر',
    editSelected: 'تعديل الشخص المختار فقط',
    editAll: 'تعديل كل الأشخاص في قائمة واحدة',
    pictureLabel: 'الأشخاص في منزلكم',
    emptyPicture: 'لا يوجد أحد في الصورة بعد. أضيفوا الأشخاص الذين يعيشون في منزلكم.',
  },
  actions: {
    heading: 'الحفظ والمشاركة والطباعة',
    hint: 'تبقى بياناتكم في هذا المتصفح. لا تُرسَل إلى أحد، ولا تُحفَظ إلا إذا اخترتم ذلك هنا.',
    remember: 'حفظ',
    forget: 'مسح',
    share: 'مشاركة الرابط',
    print: 'طباعة ورقة الاستشارة',
    printTerminal: 'اطبع الورقة',
    restart: 'البدء من جديد',
    warningLead: 'تنبيه:',
    warning: 'مَن يحصل على هذا الرابط يرى كل بياناتكم. أعطوه فقط لأشخاص تثقون بهم، مثلًا لمستشاركم أو مستشارتكم.',
    linkLabel: 'رابط بياناتكم',
    copy: 'نسخ الرابط',
  },
  results: {
    amount: 'لأسرتكم:',
    total: (text: string, year: string) => `تقدير كل مبلغ على حدة، المجموع: ${text}، ${year}.`,
    amountNote: 'بعض المساعدات تُحتسب من مساعدات أخرى أو لا تُجمع معها – الجهات المختصة هي التي تقرر المبلغ الذي تحصلون عليه.',
    heading: 'خدمات لعائلتكم',
    first: 'ما ينبغي فعله أولًا',
    firstHint: 'أهم العروض لعائلتكم مع مهلها. كل ما عدا ذلك يأتي أدناه حسب الموضوع.',
    received: 'ما تحصلون عليه بالفعل',
    receivedFit: 'تحصلون على هذا بالفعل',
    maybeMore: (count: number) => `قد يناسبكم أيضًا (${count})`,
    deadline: 'المهلة:',
    documents: 'المستندات:',
    jump: (count: number) => `إلى النتائج (${count})`,
    empty: 'عندما تضيفون شخصًا، سترون هنا الخدمات المناسبة لكم، ولماذا تناسبكم.',
    waitingForAge: (names: string) => `يُرجى إدخال العمر: ${names}. بعد ذلك سترون هنا ما يناسبكم.`,
    waitingForMother: 'يُرجى ذكر من ينتظر الطفل. بعد ذلك سترون هنا ما يناسبكم.',
    maybeHint: 'في الخدمات التي «قد تناسبكم» ما زالت بعض البيانات ناقصة. كلما أجبتم عن أسئلة أكثر، كانت النتيجة أدق.',
    none: 'لا توجد حتى الآن خدمة تناسب بياناتكم. يسرّ دار البلدية للعائلات (Familienrathaus) أن تقدّم لكم الاستشارة شخصيًا.',
    fit: { yes: 'تناسبكم', maybe: 'قد تناسبكم' },
    missing: 'البيانات الناقصة:',
    nextStep: 'الخطوة التالية:',
    applyOnline: 'تقديم الطلب عبر الإنترنت',
    onlineApplication: 'إلى الطلب عبر الإنترنت: {title}',
    contact: 'جهة الاتصال:',
    phone: 'الهاتف',
    video: 'فيديو توضيحي:',
    opens: 'يتيح أيضًا:',
    soon: 'سيصبح مهمًا لكم قريبًا',
    atBirth: 'ابتداءً من الولادة – استعدوا من الآن',
    atBirthHint: 'تناسبكم هذه الخدمات بمجرد ولادة طفلكم. بعض الطلبات تُقدَّم بعد الولادة بوقت قصير، ويمكنكم جمع المستندات من الآن.',
    fitAtBirth: { yes: 'يناسبكم ابتداءً من الولادة', maybe: 'قد يناسبكم ابتداءً من الولادة' },
    provisos: 'قد يناسبكم أيضًا – حسب الظروف',
    provisosHint: 'تتوقف هذه الخدمات على ظروف لا يسأل عنها Situations-Finder. مكتوب عند كل خدمة متى تناسبكم.',
  },
  fields: {
    unknown: 'لا أعرف',
    yes: 'نعم',
    no: 'لا',
    numberError: (min: string, max: string, whole: boolean) => `يُرجى إدخال عدد ${whole ? 'صحيح ' : ''}من ${min} إلى ${max}.`,
    unitsLegend: (label: string) => `إدخال ${label}:`,
    decimalComma: false,
  },
  person: {
    adult: 'شخص بالغ',
    child: 'طفل',
    /** "طفل 2" when several children have no name. */
    numbered: (base: string, number: number) => `${base} ${number}`,
    quoted: (name: string) => `«${name}»`,
    pregnant: 'حامل',
    theChild: 'الطفل',
    thePerson: 'الشخص',
    legend: (name: string) => `بيانات ${name}`,
    more: (name: string) => `بيانات أخرى عن ${name}`,
    remove: (name: string) => `حذف ${name}`,
    name: 'الاسم الأول (اختياري)',
    nameHint: 'فقط لتكون الشروح أسهل في القراءة.',
    age: 'العمر',
    ageMissing: 'لم يُذكر العمر بعد',
    ageUnits: { years: 'بالسنوات', months: 'بالأشهر' },
    ageHintChild: 'للرضّع: الأفضل إدخال العمر بالأشهر.',
    ageHintAdult: 'بالسنوات.',
    childRelation: (who: string) => `ما صلة ${who} بكم؟`,
    childRelationHint: 'مطلوب فقط إذا لم يكن طفلكم الخاص – مثلًا طفل في رعاية بديلة أو ابن الزوج/الزوجة أو حفيد.',
    activity: (who: string) => `ما نشاط ${who} حاليًا؟`,
    startingStudies: 'هل من المخطط بدء دراسة جامعية أولى قريبًا (خلال 6 أشهر)؟',
    adultRelation: 'الدور في العائلة',
    adultRelationHint: 'مطلوب فقط إذا لم يكن هذا الشخص أمّ الأطفال أو أباهم.',
    employment: 'العمل والتدريب المهني',
    gaveBirth: (who: string) => `هل أنجب(ت) ${who} الطفل؟`,
    gaveBirthHint: 'حماية الأمومة وإعانة الأمومة تخص فقط الأم التي أنجبت الطفل.',
    maintenance: 'هل يدفع أحد الوالدين الذي يعيش في مكان آخر نفقة (Unterhalt)؟',
    sharedCare: 'هل يعيش الطفل نحو نصف الوقت عند كل واحد من الوالدين (Wechselmodell)؟',
    residence: 'الجنسية أو الإقامة',
    insurance: 'التأمين الصحي',
    disability: 'هل توجد إعاقة أو تأخر في النمو (ولو كان مجرد اشتباه)؟',
    gdb: 'درجة الإعاقة (GdB)',
    gdbHint: 'فقط إذا تم تحديدها رسميًا. وإلا فاتركوا الحقل فارغًا.',
    pflegegrad: 'درجة الرعاية (Pflegegrad)',
    livesInHouseholdChild: 'هل يعيش الطفل معكم؟',
    livesInHouseholdChildHint: 'الجواب «لا» مثلًا إذا انتقل الطفل إلى سكن آخر من أجل التدريب المهني أو الدراسة.',
    livesInHouseholdAdult: 'هل يعيش هذا الشخص معكم في المنزل؟',
  },
  expected: {
    figure: 'طفل منتظر',
    legend: 'معلومات عن الطفل المنتظر',
    mother: 'من تنتظر الطفل؟',
    motherHint: 'الشخص الحامل.',
    noAdult: 'أضيفوا أولًا الشخص الذي ينتظر الطفل.',
    by: (name: string) => `تنتظره ${name}`,
    whoMissing: 'لم يُذكر بعد من ينتظره',
    due: 'الموعد المتوقع للولادة (اختياري)',
    dueHint: 'اتركوا الحقل فارغًا إذا كنتم لا تعرفونه.',
    dueError: 'يُرجى إدخال تاريخ من اليوم حتى 42 أسبوعًا. هل وُلد الطفل بالفعل؟ أضيفوه إذن كطفل.',
    dueCaption: (date: string) => `الموعد ${date}`,
    remove: 'إزالة الطفل المنتظر',
    overdue: (date: string) => `موعد الولادة المتوقع (${date}) قد مضى. هل وُلد الطفل؟`,
    born: 'نعم، أدخلوا الطفل كطفل في الأسرة',
    bornHint: 'وإلا فغيّروا الموعد.',
  },
  facts: {
    money: 'كم؟ أرقامك من أجل تقدير (اختياري)',
    moneyHint:
      'بهذه الأرقام يقدّر الباحث بدل السكن وعلاوة الطفل وإعانة الضمان الأساسي ويخبرك أيها يناسبك. تبقى الأرقام في متصفحك – لا يُرسَل شيء. ترك الحقل فارغًا يعني: لا أعرف.',
    netIncome: 'صافي دخل أسرتك في الشهر (يورو)',
    netIncomeHint:
      'ما يحصل عليه جميع البالغين معًا بعد الضرائب والتأمينات الاجتماعية: الراتب، المعاش، إعانة البطالة، إعانة الوالدين. لا يدخل فيه: إعانة الطفل، النفقة للأطفال، بدل السكن، علاوة الطفل، إعانة الضمان الأساسي.',
    housingCosts: 'الإيجار الشامل في الشهر (يورو)',
    housingCostsHint: 'الإيجار مع التكاليف الجانبية والتدفئة. إذا كنت تسكن في ملكك: الفوائد والتكاليف الجانبية والتدفئة.',
    maintenanceReceived: 'النفقة أو سلفة النفقة للأطفال في الشهر (يورو، للجميع معًا)',
    legend: 'منزلكم بشكل عام',
    livesInHamm: 'هل تسكنون في Hamm؟',
    movedToHammRecently: 'هل انتقلتم إلى Hamm خلال الاثني عشر شهرًا الماضية؟',
    singleParent: 'هل تربّون أطفالكم دون شريك؟',
    singleParentHint: 'أي دون شريك أو شريكة في منزلكم.',
    income: 'ما وضع دخلكم؟',
    incomeHint: 'المقصود: المال الذي يكسبه أفراد منزلكم من العمل.',
    receives: 'ما المساعدات التي يحصل عليها أحد أفراد منزلكم حاليًا؟',
    receivesHint: 'ضعوا علامة على كل ما ينطبق. إذا لم تضعوا أي علامة، فهذا يعني: لا أعرف.',
    receivesNone: 'لا شيء من هذه المساعدات',
    residence: 'ما جنسية البالغين أو وضع إقامتهم؟',
    residenceHint:
      'يتوقف عليها مثلًا إعانة الأطفال وإعانة الوالدين. ينطبق الجواب على كل البالغين الذين لم تذكروا عنهم شيئًا في ذلك بعد. وإذا كان الأمر مختلفًا لدى شخص ما، فغيّروه في قسم «بيانات أخرى عن …».',
    expecting: 'هل ينتظر أحد في أسرتكم طفلًا؟',
    expectingShown: 'أنتم تنتظرون طفلًا – وهو ظاهر في الصورة. إذا كان شخص آخر ينتظر طفلًا أيضًا، فأضيفوا طفلًا آخر.',
    careOrDisability: 'هل لدى أحد في أسرتكم إعاقة أو تأخر في النمو (ولو مشتبه به) أو درجة رعاية (Pflegegrad)؟',
    careOrDisabilityHint:
      'إذا كان الجواب نعم: حددوا الشخص في قسم «بيانات أخرى عن …» الخاص به. الجواب «لا» ينطبق على كل من لم تذكروا عنه شيئًا في ذلك بعد.',
  },
  /** The answers offered for each question (the values are fixed in the household format). */
  options: {
    adultRelation: {
      parent: 'أم أو أب',
      'step-parent': 'زوجة الأب أو زوج الأم',
      grandparent: 'جدة أو جد',
      'foster-parent': 'أم حاضنة أو أب حاضن (Pflegeeltern)',
      'other-adult': 'شخص بالغ آخر',
    },
    childRelation: {
      own: 'ابن أو ابنة',
      step: 'ابن أو ابنة الشريك أو الشريكة (Stiefkind)',
      foster: 'طفل محتضَن (Pflegekind)',
      adopted: 'طفل بالتبنّي (Adoptivkind)',
      grandchild: 'حفيد أو حفيدة',
      'other-child': 'طفل آخر',
    },
    employment: {
      employed: 'موظف أو موظفة',
      'self-employed': 'عمل حر',
      unemployed: 'بلا عمل أو في مرحلة البحث عن عمل',
      student: 'في الدراسة الجامعية',
      trainee: 'في التدريب المهني (Ausbildung)',
      'parental-leave': 'في إجازة الوالدين (Elternzeit)',
      homemaker: 'في المنزل لرعاية البيت والعائلة',
      retired: 'في التقاعد (Rente)',
    },
    activity: {
      none: 'الرعاية في المنزل',
      kita: 'الحضانة (Kita)',
      kindertagespflege: 'المربية النهارية أو المربي النهاري (Kindertagespflege)',
      grundschule: 'المدرسة الابتدائية (Grundschule)',
      'weiterfuehrende-schule': 'المدرسة الثانوية (weiterführende Schule)',
      foerderschule: 'مدرسة التربية الخاصة (Förderschule)',
      berufskolleg: 'الكلية المهنية (Berufskolleg)',
      ausbildung: 'التدريب المهني (Ausbildung)',
      studium: 'الدراسة الجامعية',
      freiwilligendienst: 'الخدمة التطوعية (Freiwilligendienst)',
      'job-seeking': 'البحث عن تدريب مهني أو عمل',
      working: 'العمل',
    },
    residence: {
      german: 'الجنسية الألمانية',
      eu: 'جنسية بلد آخر من الاتحاد الأوروبي',
      'residence-permit': 'تصريح إقامة (Aufenthaltserlaubnis)',
      'recognised-refugee': 'الاعتراف بوضع اللاجئ',
      'temporary-protection': 'حماية مؤقتة (مثلًا بعد القدوم من أوكرانيا)',
      'asylum-seeker': 'في إجراءات اللجوء (Asylverfahren)',
      tolerated: 'وقف مؤقت للترحيل (Duldung)',
    },
    insurance: {
      statutory: 'تأمين صحي حكومي (gesetzlich)',
      private: 'تأمين صحي خاص (privat)',
    },
    maintenance: {
      full: 'نعم، النفقة كاملة',
      partial: 'نعم، لكن جزءًا منها فقط',
      none: 'لا، لا توجد نفقة',
      'not-applicable': 'غير ضرورية: الوالدان كلاهما يعيشان معنا',
    },
    income: {
      none: 'ليس لدينا دخل من العمل',
      low: 'نكسب مالًا، لكنه لا يكفي العائلة تمامًا',
      middle: 'دخلنا يكفي العائلة',
      high: 'دخل خاضع للضريبة أكثر من 100,000 يورو في السنة',
      'very-high': 'دخل خاضع للضريبة أكثر من 175,000 يورو في السنة',
    },
    noPflegegrad: 'لا توجد درجة رعاية',
    pflegegrad: (level: number) => `درجة الرعاية ${level}`,
  },
  calendar: {
    button: 'إضافة إلى تقويمي',
    withNames: 'إدراج الأسماء الأولى في المواعيد',
    ready: (count: number) =>
      `${entries(count)} لتقويمكم: المهل المحسوبة من تاريخ الولادة وما سيتغير قريبًا. يُنشأ الملف في متصفحكم ولا يُرسَل إلى أي مكان.`,
    none: 'لا توجد حتى الآن مواعيد للتقويم حسب بياناتكم.',
    /** A deadline counted from a birth, with the offer's title. */
    until: (label: string, title: string, date: string) => `${label}: في موعد أقصاه ${date}. الخدمة: ${title}.`,
    from: (label: string, title: string, date: string) => `${label}: ممكن ابتداءً من ${date}. الخدمة: ${title}.`,
    estimated: 'هذا التاريخ مقدَّر انطلاقًا من الموعد المتوقع للولادة أو من العمر بالأشهر. المعتمد هو ما تقوله الجهة المختصة.',
    /** A time hint of the finder, with the offer's title. */
    change: (title: string, fit: 'yes' | 'maybe', because: string | undefined) =>
      `${fit === 'yes' ? 'مناسب لكم من الآن' : 'قد يكون مناسبًا لكم من الآن'}: ${title}${because ? ` – ${because}` : ''}.`,
    /** From YYYY-MM-DD, with Western digits like sheet.date: "12 مارس 2027". */
    date: (day: string) =>
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(new Date(`${day}T00:00:00Z`)),
  },
  sheet: {
    heading: 'ورقة الاستشارة',
    /** The day of the sheet, from YYYY-MM-DD. */
    date: (day: string) =>
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC', numberingSystem: 'latn' }).format(new Date(`${day}T00:00:00Z`)),
    intro: (date: string) =>
      `الحالة بتاريخ: ${date}. أُعدّت هذه الورقة بأداة البحث حسب الوضع في دار البلدية الرقمية للعائلات في Hamm. أحضروا هذه الورقة معكم إلى الاستشارة.`,
    household: 'منزلكم',
    offers: 'خدمات قد تناسبكم',
    nextStep: 'الخطوة التالية:',
    documents: 'الأوراق التي يُستحسن أن تحضروها معكم',
    noDocuments: 'لا تذكر الخدمات أوراقًا خاصة. اسألوا جهة الاتصال عمّا تحتاجونه.',
    contacts: 'جهات الاتصال',
  },
} satisfies FinderTexts

export const arabic: FinderLanguage = { phrases: arabicPhrases, texts: arabicTexts }
