import type { Dictionary } from './de.ts'

const arabicRules = new Intl.PluralRules('ar')

/**
 * Picks the Arabic form for a number by the language's CLDR rule: 1, 2 (dual), 3–10 (plural, also
 * 103 …), every other number the singular after it; 0 uses `zero` if given.
 */
const plural = (n: number, forms: { zero?: string; one: string; two: string; few: string; many: string }) => {
  const form = arabicRules.select(n)
  if (form === 'zero' && forms.zero !== undefined) return forms.zero
  return form === 'one' ? forms.one : form === 'two' ? forms.two : form === 'few' ? forms.few : forms.many
}

/** The site's interface texts in Arabic (translated from de.ts). */
export const ar = {
  siteName: 'Digitales Familienrathaus Hamm',
  layout: {
    skipLink: 'الانتقال إلى المحتوى',
    mainNav: 'القائمة الرئيسية',
    menu: 'القائمة',
    leave: 'مغادرة الصفحة بسرعة',
    leaveHint:
      'اضغطوا على زر Esc مرتين لمغادرة هذه الصفحة فورًا. مع ذلك يتذكر متصفحكم الصفحات التي زرتموها: الأفضل استخدام نافذة خاصة، أو حذف سجل التصفح بعد ذلك.',
    breadcrumbs: 'مسار التنقل',
    home: 'الصفحة الرئيسية',
    footerNav: 'معلومات قانونية ومساعدة',
    languageNav: 'اختيار اللغة',
    /** Shown above German content on a page in another language. */
    contentInGerman: 'هذا المحتوى متوفر حاليًا باللغة الألمانية فقط.',
    germanOnly: 'بالألمانية فقط',
  },
  /** Names of the site's own pages, also used for editor-made menu entries that point to them. */
  pages: {
    '/': 'الصفحة الرئيسية',
    '/angebote/': 'الخدمات والمساعدات',
    '/lebenslagen/': 'الأوضاع الحياتية',
    '/finder/': 'أداة البحث حسب الوضع',
    '/handlungsfelder/': 'مجالات العمل',
    '/meilensteine/': 'المحطات البارزة',
    '/erklaervideos/': 'فيديوهات توضيحية',
    '/kontakte/': 'جهات الاتصال',
    '/suche/': 'البحث',
    '/impressum/': 'بيانات الناشر (Impressum)',
    '/datenschutz/': 'حماية البيانات',
    '/barrierefreiheit/': 'سهولة الوصول',
    '/leichte-sprache/': 'اللغة المبسطة (Leichte Sprache)',
    '/opendata/': 'البيانات المفتوحة',
    '/gebaerdensprache/': 'لغة الإشارة',
  } as Record<string, string>,
  home: {
    description: 'كل الخدمات والمساعدات للعائلات في Hamm في مكان واحد: المال، ورعاية الأطفال، والاستشارة، والصحة، وأوقات الفراغ.',
    lead: 'هنا تجد العائلات في Hamm كل الخدمات والمساعدات في مكان واحد: من إعانة الأطفال (Kindergeld) إلى مكان في الحضانة (Kita) وحتى الاستشارة.',
    finderTitle: 'ما الخدمات المناسبة لعائلتكم؟',
    finderText:
      'في أداة البحث حسب الوضع، بيّنوا مَن يعيش في منزلكم: البالغون، والأطفال، وطفل منتظر. سترون فورًا أيّ المساعدات والخدمات قد تناسبكم، ولماذا. تبقى بياناتكم على جهازكم ولا تُرسَل إلى أحد.',
    finderLink: 'إلى أداة البحث حسب الوضع',
    byLebenslageBefore: 'أو ابحثوا عن الخدمات',
    byLebenslageLink: 'حسب الوضع الحياتي',
    searchTitle: 'البحث',
    felderTitle: 'مجالات العمل',
    meilensteineTitle: 'أحدث المحطات البارزة',
    allMeilensteine: 'كل المحطات البارزة',
    videoTitle: 'فيديو توضيحي',
  },
  search: {
    didYouMean: 'هل تقصدون:',
    label: 'عمّ تبحثون؟',
    placeholder: 'مثلًا: Kita أو Kindergeld أو Beratung',
    button: 'بحث',
    title: 'البحث',
    description: 'ابحثوا في كل الخدمات والمساعدات وجهات الاتصال والفيديوهات التوضيحية في دار البلدية الرقمية للعائلات في Hamm.',
    filtersLegend: 'عرض الخدمات فقط (اختياري)',
    kind: 'النوع',
    allKinds: 'كل الأنواع',
    field: 'مجال العمل',
    allFields: 'كل مجالات العمل',
    noScriptBefore: 'يحتاج البحث إلى JavaScript. يمكنكم أيضًا إيجاد كل الخدمات في',
    azListLink: 'القائمة الأبجدية (من A إلى Z)',
    running: 'جارٍ البحث …',
    none: (term: string) => `لا توجد نتائج للبحث عن «${term}». جرّبوا كلمة أخرى، أو انظروا في قائمة كل الخدمات.`,
    count: (n: number, term: string) =>
      plural(n, {
        zero: `لا توجد نتائج للبحث عن «${term}».`,
        one: `نتيجة واحدة للبحث عن «${term}».`,
        two: `نتيجتان للبحث عن «${term}».`,
        few: `${n} نتائج للبحث عن «${term}».`,
        many: `${n} نتيجة للبحث عن «${term}».`,
      }),
    more: 'عرض مزيد من النتائج',
    unavailable: 'البحث غير متاح الآن. تجدون كل الخدمات في القائمة الأبجدية (من A إلى Z).',
  },
  offers: {
    azTitle: 'الخدمات والمساعدات من A إلى Z',
    azDescription: 'كل الخدمات والمساعدات للعائلات في Hamm مرتبة من A إلى Z. يمكنكم تصفيتها حسب النوع، والوضع الحياتي، وعمر الطفل، ومجال العمل.',
    azLead: (n: number) =>
      plural(n, {
        zero: 'لا توجد حاليًا خدمات أو مساعدات للعائلات في Hamm.',
        one: 'خدمة واحدة للعائلات في Hamm.',
        two: 'خدمتان للعائلات في Hamm.',
        few: `${n} خدمات ومساعدات للعائلات في Hamm.`,
        many: `${n} خدمة ومساعدة للعائلات في Hamm.`,
      }),
    letters: 'الحروف الأولى',
    filtersTitle: 'تصفية الخدمات',
    byKind: 'حسب النوع',
    byLebenslage: 'حسب الوضع الحياتي',
    byAge: 'حسب عمر الطفل',
    byField: 'حسب مجال العمل',
    allAz: 'كل الخدمات من A إلى Z',
    kindTitle: (kind: string) => `الخدمات: ${kind}`,
    kindDescription: (kind: string) => `خدمات من نوع «${kind}» للعائلات في Hamm.`,
    kindLead: (n: number) =>
      plural(n, {
        zero: 'لا توجد حاليًا خدمات من هذا النوع.',
        one: 'خدمة واحدة من هذا النوع.',
        two: 'خدمتان من هذا النوع.',
        few: `${n} خدمات من هذا النوع.`,
        many: `${n} خدمة من هذا النوع.`,
      }),
    ageTitle: (band: string) => `خدمات للأطفال: ${band}`,
    ageDescription: (band: string) => `خدمات للعائلات في Hamm التي لديها طفل في هذا العمر: ${band}.`,
    ageLead: (n: number) =>
      plural(n, {
        zero: 'لا توجد حاليًا خدمات مخصصة لهذا العمر.',
        one: 'خدمة واحدة مخصصة حسب عمر طفلكم، وهي تناسب هذا العمر.',
        two: 'خدمتان مخصصتان حسب عمر طفلكم، وهما تناسبان هذا العمر.',
        few: `${n} خدمات مخصصة حسب عمر طفلكم، وهي تناسب هذا العمر.`,
        many: `${n} خدمة مخصصة حسب عمر طفلكم، وهي تناسب هذا العمر.`,
      }),
    ageAllFamiliesBefore: 'تجدون الخدمات المخصصة لكل العائلات في',
    count: (n: number) =>
      plural(n, {
        zero: 'لا توجد خدمات',
        one: 'خدمة واحدة',
        two: 'خدمتان',
        few: `${n} خدمات`,
        many: `${n} خدمة`,
      }),
  },
  offer: {
    easyLanguage: 'القراءة بالألمانية المبسطة (Leichte Sprache)',
    who: 'مَن يمكنه الحصول عليها؟',
    atAGlance: 'نظرة سريعة',
    provider: 'الجهة المقدِّمة',
    costs: 'التكلفة أو المبلغ',
    amount: 'المبلغ',
    amountAsOf: (date: string) => `حسب الوضع في ${date}`,
    amountByFinder: 'تقدّر أداة البحث حسب الوضع المبلغ الخاص بك من دخلك وإيجارك.',
    legalBasis: 'الأساس القانوني',
    lebenslagen: 'الأوضاع الحياتية',
    field: 'مجال العمل',
    howToApply: 'كيف تقدّمون الطلب',
    documents: 'الأوراق التي تحتاجونها',
    applyOnline: 'إلى الطلب عبر الإنترنت',
    contacts: 'جهات الاتصال',
    phone: 'الهاتف',
    videos: 'فيديوهات توضيحية',
    alsoSearchedAs: 'يُبحث عنها أيضًا باسم:',
    deadline: 'المهلة',
    translated: (date: string) => `ترجمة بتاريخ ${date}. النص الألماني هو المعتمد.`,
    partlyGerman: 'ما لم يُترجم بعد يظهر باللغة الألمانية.',
  },
  lebenslagen: {
    title: 'الخدمات حسب الوضع الحياتي',
    description:
      'الحمل، والطفل الصغير، والمدرسة، والعمل، وتربية الأطفال دون شريك، وقلة المال، والإعاقة أو الحاجة إلى رعاية، والوصول حديثًا إلى Hamm: خدمات العائلات حسب الوضع الحياتي.',
    lead: 'اختاروا الوضع الذي تعيشه عائلتكم الآن. ستظهر لكم بعد ذلك الخدمات المناسبة له.',
    finderBefore: 'للحصول على نتائج أدق، استخدموا',
    finderAfter: ': فيها تبيّنون مَن يعيش في منزلكم، وترون ما يناسبكم ولماذا.',
    noneYetBefore: 'لا توجد حتى الآن خدمات مصنّفة تحت هذا الوضع الحياتي. تجدون كل الخدمات في',
    moreBefore: 'ما يناسب عائلتكم بالضبط تُظهره لكم',
    moreMiddle: '. وتجدون الأوضاع الحياتية الأخرى في',
    overview: 'النظرة العامة',
  },
  felder: {
    description: 'مجالات العمل السبعة في مشروع «Hamm، المدينة الأكثر ملاءمة للعائلات» والخدمات التابعة لها.',
    lead: 'تعمل مدينة Hamm في سبعة مجالات لتصبح المدينة الأكثر ملاءمة للعائلات.',
    offers: 'الخدمات',
    noOffers: 'لا توجد حتى الآن على هذا الموقع خدمات في مجال العمل هذا.',
    meilensteine: 'المحطات البارزة',
  },
  meilensteine: {
    description: 'المحطات البارزة في طريق Hamm لتصبح المدينة الأكثر ملاءمة للعائلات، من مكتب المشروع عام 2005 حتى اليوم.',
    lead: 'ما حققته مدينة Hamm حتى الآن في طريقها لتصبح المدينة الأكثر ملاءمة للعائلات، وما هو مخطط له.',
    until: 'حتى',
    offers: 'الخدمات المرتبطة',
    field: 'مجال العمل:',
    sources: 'المصادر',
  },
  videos: {
    description: 'فيديوهات قصيرة مع نص مكتوب تشرح الخدمات المتاحة للعائلات في Hamm.',
    lead: 'فيديوهات قصيرة تشرح ما هو متاح وكيف تحصلون عليه. لكل فيديو نص مكتوب يمكنكم قراءته.',
    duration: 'المدة:',
    dgs: 'بلغة الإشارة الألمانية (DGS)',
    dgsSuffix: '(لغة الإشارة)',
    easy: 'بالألمانية المبسطة (Leichte Sprache)',
    easySuffix: '(لغة مبسطة)',
    externalText: 'هذا الفيديو متوفر أيضًا لدى جهة خارجية. إذا فتحتم الرابط، فإنكم تغادرون هذا الموقع، وتعرف الجهة الخارجية عنوان IP الخاص بكم:',
    externalLink: 'مشاهدة الفيديو لدى الجهة الخارجية',
    transcript: 'النص المكتوب',
    readTranscript: 'قراءة النص المكتوب',
    offers: 'خدمات مناسبة',
    playerLabel: (title: string) => `فيديو: ${title}`,
    cannotPlay: 'متصفحكم لا يستطيع تشغيل هذا الفيديو.',
    download: 'تنزيل الفيديو',
    captionsHint: 'يمكنكم تشغيل الترجمة على الشاشة من المشغّل (رمز «CC» أو القائمة). وتجدون الكلام المنطوق مكتوبًا في الأسفل.',
    captionsLabel: 'الألمانية',
    minutes: (minutes: number, seconds: number) => {
      const min = plural(minutes, { one: 'دقيقة واحدة', two: 'دقيقتان', few: `${minutes} دقائق`, many: `${minutes} دقيقة` })
      const sec = plural(seconds, { one: 'ثانية واحدة', two: 'ثانيتان', few: `${seconds} ثوانٍ`, many: `${seconds} ثانية` })
      return minutes === 0 ? sec : seconds === 0 ? min : `${min} و${sec}`
    },
  },
  kontakte: {
    title: 'جهات الاتصال والعناوين',
    description: 'المكاتب الإدارية ومراكز الاستشارة للعائلات في Hamm، مع العنوان وأوقات التواصل.',
    address: 'العنوان',
    phone: 'الهاتف',
    email: 'البريد الإلكتروني',
    website: 'الموقع الإلكتروني',
    appointment: 'الموعد',
    bookAppointment: 'حجز موعد عبر الإنترنت',
    languages: 'الاستشارة متاحة أيضًا باللغات',
    openingHours: 'أوقات الدوام',
    hoursRange: (opens: string, closes: string) => `من ${opens} إلى ${closes}`,
    and: 'و',
    askByPhone: 'أوقات الدوام: يُرجى السؤال عنها عبر الهاتف.',
    today: (day: string) => `اليوم (${day})`,
    closedToday: 'مغلق اليوم',
    building: 'سهولة الوصول إلى المبنى',
    stepFree: 'دخول بدون درج',
    accessibleToilet: 'مرحاض مناسب لذوي الإعاقة',
    hearingLoop: 'نظام سمعي حثّي لضعاف السمع',
    map: 'عرض المكان على الخريطة (OpenStreetMap، صفحة خارجية)',
    offers: 'خدمات هذه الجهة',
  },
  finder: {
    description: 'بيّنوا مَن يعيش في منزلكم، واعرفوا أيّ الخدمات والمساعدات في Hamm تناسب عائلتكم، ولماذا. تبقى بياناتكم على جهازكم.',
    lead: 'أخبرونا مَن يعيش في منزلكم. سنعرض لكم الخدمات والمساعدات التي قد تناسب عائلتكم، ولماذا تناسبها، وما الخطوة التالية.',
    privacyBefore:
      'تبقى بياناتكم في متصفحكم: لا يُرسَل شيء ولا يُحفَظ شيء، إلا إذا اخترتم ذلك بأنفسكم. هل تفضّلون التصفح دون إدخال بيانات؟ إذن تجدون كل الخدمات أيضًا',
    byLebenslage: 'حسب الوضع الحياتي',
    offersInGerman: 'بعض الخدمات موصوفة حاليًا باللغة الألمانية فقط.',
    noScriptTitle: 'الخدمات حسب الوضع الحياتي',
    noScriptText: 'تحتاج أداة البحث حسب الوضع إلى JavaScript. بدون JavaScript تجدون الخدمات حسب وضعكم الحياتي:',
    failedBefore: 'تعذّر تحميل أداة البحث حسب الوضع. يُرجى إعادة تحميل الصفحة، أو البحث عن الخدمات',
  },
  accessibility: {
    state: 'حالة التوافق',
    conformance: (level: 'vollstaendig' | 'teilweise' | 'nicht') =>
      `هذا الموقع ${{ vollstaendig: 'متوافق تمامًا', teilweise: 'متوافق جزئيًا', nicht: 'غير متوافق' }[level]} مع متطلبات اللائحة الألمانية لسهولة الوصول BITV 2.0.`,
    knownIssues: 'محتويات لا تتوفر فيها سهولة الوصول',
    assessedOn: 'أُعدّ بتاريخ',
    feedback: 'الإبلاغ عن العوائق',
    feedbackText: 'هل لاحظتم عائقًا في الموقع؟ أو هل تحتاجون محتوى بشكل آخر؟ اكتبوا لنا أو اتصلوا بنا.',
    email: 'البريد الإلكتروني:',
    phone: 'الهاتف:',
    post: 'البريد العادي:',
    enforcement: 'إجراء التسوية (Schlichtungsverfahren)',
    enforcementLink: 'إلى مكتب التسوية',
  },
  openData: {
    description: 'الخدمات وجهات الاتصال في دار البلدية للعائلات (Familienrathaus) كبيانات مفتوحة يمكنكم تنزيلها وإعادة استخدامها.',
    lead: 'كل الخدمات وجهات الاتصال المنشورة على هذا الموقع متوفرة أيضًا كملفات لإعادة الاستخدام: للبوابات الإلكترونية الأخرى، ومراكز الاستشارة، ومحركات البحث. تُنشأ الملفات من جديد عند كل تغيير.',
    filesTitle: 'الملفات',
    services: 'الخدمات',
    locations: 'جهات الاتصال',
    json: 'JSON',
    csv: 'CSV لبرامج الجداول',
    schema: 'وصف الصيغة (JSON Schema)',
    count: (services: number, locations: number) => {
      const s = plural(services, { one: 'خدمة واحدة', two: 'خدمتان', few: `${services} خدمات`, many: `${services} خدمة` })
      const l = plural(locations, { one: 'جهة اتصال واحدة', two: 'جهتا اتصال', few: `${locations} جهات اتصال`, many: `${locations} جهة اتصال` })
      if (services === 0 && locations === 0) return 'لا توجد حاليًا خدمات ولا جهات اتصال.'
      if (services === 0) return `توجد حاليًا ${l}، ولا توجد خدمات.`
      if (locations === 0) return `توجد حاليًا ${s}، ولا توجد جهات اتصال.`
      return `توجد حاليًا ${s} و${l}.`
    },
    licenceTitle: 'الترخيص',
    licence: 'يمكنكم إعادة استخدام البيانات بموجب هذا الترخيص:',
    publisher: 'الجهة الناشرة:',
    formatTitle: 'الصيغة',
    format:
      'تتبع أسماء الحقول المعيار الدولي Open Referral HSDS (Human Services Data Specification، الإصدار 3.0): الخدمة هي «service»، وجهة الاتصال هي «location». الحقول التي لا يعرفها المعيار تبدأ بـ «x_»، مثل رمز الخدمة من فهرس الخدمات الألماني (Leistungskatalog، LeiKa) حيث أدخله فريق التحرير. النصوص باللغة الألمانية، وهي النسخة المعتمدة.',
    privacyTitle: 'ما لا تحتويه الملفات',
    privacy:
      'لا شيء عن العائلات: أداة البحث حسب الوضع لا تحفظ أي بيانات ولا ترسلها. تحتوي الملفات فقط على ما هو منشور أصلًا للجميع على هذا الموقع.',
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    description: 'هذه الصفحة غير موجودة، أو لم تعد موجودة.',
    heading: 'هذه الصفحة غير موجودة',
    lead: 'ربما نُقلت الصفحة، أو يوجد خطأ في كتابة العنوان.',
    next: 'يمكنكم المتابعة من هنا:',
    home: 'إلى الصفحة الرئيسية',
    azList: 'كل الخدمات من A إلى Z',
    contacts: 'جهات الاتصال والعناوين',
  },
  labels: {
    topic: {
      geld: 'المال',
      'betreuung-schule': 'الرعاية والمدرسة',
      'beratung-hilfe': 'الاستشارة والمساعدة',
      gesundheit: 'الصحة',
      freizeit: 'أوقات الفراغ',
    },
    angebotKind: {
      geldleistung: 'مساعدة مالية',
      betreuung: 'رعاية الأطفال',
      beratung: 'استشارة',
      bildung: 'تعليم',
      freizeit: 'أوقات الفراغ',
      gesundheit: 'صحة',
      service: 'خدمة',
    },
    meilensteinStatus: { erreicht: 'تحقّق', 'in-arbeit': 'قيد التنفيذ', geplant: 'مخطط له' },
    kontaktKind: { dienststelle: 'مكتب إداري', beratungsstelle: 'مركز استشارة', traeger: 'جهة مقدِّمة للخدمات', einrichtung: 'مؤسسة' },
    lebenslage: {
      'schwangerschaft-geburt': 'الحمل والولادة',
      kleinkind: 'طفل صغير',
      schulkind: 'طفل في المدرسة',
      'jugendliche-beruf': 'الشباب والعمل',
      alleinerziehend: 'تربية الأطفال دون شريك',
      'wenig-geld': 'عائلة بدخل قليل',
      'behinderung-pflege': 'عائلة فيها إعاقة أو حاجة إلى رعاية',
      'neu-in-hamm': 'الوصول حديثًا إلى Hamm',
    },
    lebenslageIntro: {
      'schwangerschaft-geburt': 'تنتظرون طفلًا، أو وُلد طفلكم حديثًا؟ هنا تجدون المال والاستشارة والمساعدات للحمل وللأشهر الأولى مع الطفل.',
      kleinkind:
        'للعائلات التي لديها أطفال حتى بداية المدرسة: رعاية الأطفال في الحضانة (Kita) ولدى المربية النهارية (Kindertagespflege)، ومال للعائلة، وخدمات للسنوات الأولى.',
      schulkind: 'عندما يذهب طفلكم إلى المدرسة: رعاية بعد الظهر وفي العطل، ومساعدة في التعلّم، ودعم مالي لأدوات المدرسة والرحلات.',
      'jugendliche-beruf':
        'للمراهقين والشباب في طريقهم إلى التدريب المهني (Ausbildung) والدراسة الجامعية والعمل، وللآباء والأمهات الذين يرافقونهم في ذلك.',
      alleinerziehend:
        'تربّون طفلكم دون شريك؟ هنا تجدون المال والاستشارة والدعم لتخفيف العبء، وهي مخصصة للآباء والأمهات الذين يربّون أطفالهم وحدهم.',
      'wenig-geld': 'عندما يكون المال قليلًا: مساعدات تزيد دخل العائلة، وخدمات بتكلفة قليلة أو مجانية.',
      'behinderung-pflege':
        'إذا كان لدى طفل أو شخص بالغ في عائلتكم إعاقة، أو كان يحتاج إلى رعاية: المال، والدعم والتأهيل، وتخفيف العبء، والاستشارة.',
      'neu-in-hamm':
        'وصلتم حديثًا إلى Hamm؟ هنا تجدون خطواتكم الأولى في المدينة: الترحيب، والاستشارة، ودورات اللغة، والأماكن التي تقصدها العائلات لطلب المساعدة.',
    },
    ageBand: {
      baby: 'رضيع (أقل من سنة)',
      '1-bis-2': 'من 1 إلى 2 سنة',
      '3-bis-5': 'من 3 إلى 5 سنوات',
      '6-bis-9': 'من 6 إلى 9 سنوات',
      '10-bis-13': 'من 10 إلى 13 سنة',
      '14-bis-17': 'من 14 إلى 17 سنة',
      '18-bis-26': 'من 18 إلى 26 سنة',
    },
    weekday: { mo: 'الاثنين', di: 'الثلاثاء', mi: 'الأربعاء', do: 'الخميس', fr: 'الجمعة', sa: 'السبت', so: 'الأحد' },
    spokenLanguage: {
      de: 'الألمانية',
      en: 'الإنجليزية',
      tr: 'التركية',
      ar: 'العربية',
      uk: 'الأوكرانية',
      ru: 'الروسية',
      pl: 'البولندية',
      ro: 'الرومانية',
      bg: 'البلغارية',
      fa: 'الفارسية',
      ku: 'الكردية',
      fr: 'الفرنسية',
      es: 'الإسبانية',
      it: 'الإيطالية',
      sq: 'الألبانية',
      dgs: 'لغة الإشارة الألمانية (DGS)',
    },
  },
} satisfies Dictionary
