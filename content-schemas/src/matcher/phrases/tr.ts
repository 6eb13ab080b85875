import type { MatcherPhrases, PersonRef } from '../phrases.ts'

/** "3 yaş", "1 yaş", "4 ay" (Turkish uses no plural after a number). */
function ageText(age: number): string {
  if (age < 1) {
    const months = Math.max(0, Math.floor(age * 12 + 1e-9))
    return months === 0 ? '1 aydan küçük' : `${months} ay`
  }
  return `${Math.floor(age + 1e-9)} yaş`
}

/** The predicate: "3 yaşında", babies "4 aylık". */
function age(years: number): string {
  if (years < 1 / 12) return 'henüz 1 aylık değil'
  if (years < 1) return `${Math.floor(years * 12 + 1e-9)} aylık`
  return `${Math.floor(years + 1e-9)} yaşında`
}

/** "a, b ve c" */
function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} ve ${parts.at(-1)}`
}

const babyName = 'Bebeğiniz'

/** Which vowel a suffix takes after a word whose last vowel is this one (vowel harmony). */
const harmony: Record<string, 'ı' | 'i' | 'u' | 'ü'> = {
  a: 'ı',
  ı: 'ı',
  â: 'ı',
  á: 'ı',
  à: 'ı',
  ã: 'ı',
  å: 'ı',
  e: 'i',
  i: 'i',
  î: 'i',
  í: 'i',
  ì: 'i',
  é: 'i',
  è: 'i',
  ê: 'i',
  ë: 'i',
  ä: 'i',
  ï: 'i',
  æ: 'i',
  o: 'u',
  u: 'u',
  û: 'u',
  ú: 'u',
  ù: 'u',
  ó: 'u',
  ò: 'u',
  ô: 'u',
  õ: 'u',
  ö: 'ü',
  ü: 'ü',
  ø: 'ü',
  œ: 'ü',
}

/**
 * The genitive of a name the family typed ("Mia'nın", "Yusuf'un", "Emily'nin"), with the apostrophe
 * Turkish writes before a suffix on a name. A name whose sound the spelling does not tell (another
 * script, a final digit) gets a suffix-free wording instead: "Mia adlı kişinin".
 */
function nameGenitive(name: string, role: PersonRef['role']): string {
  if (name === babyName) return 'bebeğinizin'
  const lower = name.toLowerCase()
  const last = lower.at(-1) ?? ''
  const before = lower.at(-2) ?? ''
  const lastVowel = [...lower].reverse().find((letter) => letter in harmony)
  // "Emily", "Henry": a final y after a consonant is spoken as i.
  if (last === 'y' && before && /\p{Script=Latin}/u.test(before) && !(before in harmony)) return `${name}'nin`
  if (last in harmony) return `${name}'n${harmony[last]}n`
  if (lastVowel && /\p{Script=Latin}/u.test(last)) return `${name}'${harmony[lastVowel]}n`
  return `${name} adlı ${role === 'child' ? 'çocuğun' : 'kişinin'}`
}

/** The age in brackets tells people of the same role apart – unless the sentence says the age anyway ("3 yaşında"). */
const which = (person: PersonRef) => (person.alone || person.ageSaid ? '' : ` (${ageText(person.age)})`)

/** Subject at the start of a sentence: "Mia", "Çocuğunuz (3 yaş)", "Hanenizdeki yetişkin". */
function subject(person: PersonRef): string {
  if (person.name) return person.name
  if (person.role === 'child') return `Çocuğunuz${which(person)}`
  return person.alone ? 'Hanenizdeki yetişkin' : `Yetişkin kişi${which(person)}`
}
/** Inside a sentence, nominative (before a postposition like "için", "ile"). */
const who = (person: PersonRef) =>
  person.name ??
  (person.role === 'child' ? `çocuğunuz${which(person)}` : person.alone ? 'hanenizdeki yetişkin' : `yetişkin kişi${which(person)}`)
/** Inside a sentence, genitive: "Mia'nın …", "çocuğunuzun (3 yaş) …". */
const whose = (person: PersonRef) =>
  person.name
    ? nameGenitive(person.name, person.role)
    : person.role === 'child'
      ? `çocuğunuzun${which(person)}`
      : person.alone
        ? 'hanenizdeki yetişkinin'
        : `yetişkin kişinin${which(person)}`

/** The matcher's sentences in Turkish (translated from de.ts). */
export const turkishPhrases: MatcherPhrases = {
  lang: 'tr',
  amount: {
    per: { month: (sum) => `ayda ${sum}`, year: (sum) => `yılda ${sum}`, once: (sum) => `bir kerelik ${sum}` },
    perChild: (sum) => `çocuk başına ${sum}`,
    upTo: (sum) => `en fazla ${sum}`,
    range: (from, to) => `${from} ile ${to} arası`,
    byAge: (text) => `${text}, yaşa göre`,
    about: (sum) => `yaklaşık ${sum}`,
  },
  benefits: {
    buergergeld: 'Temel gelir desteği (Grundsicherungsgeld, eski adıyla Bürgergeld)',
    arbeitslosengeld: 'İşsizlik parası (Arbeitslosengeld)',
    sozialhilfe: 'Sosyal yardım (Sozialhilfe)',
    wohngeld: 'Kira yardımı (Wohngeld)',
    kinderzuschlag: 'Ek çocuk parası (Kinderzuschlag)',
    asylbewerberleistungen: 'Sığınmacılara yönelik yardımlar (Asylbewerberleistungsgesetz)',
    elterngeld: 'Ebeveyn parası (Elterngeld)',
    kindergeld: 'Çocuk parası (Kindergeld)',
    unterhaltsvorschuss: 'Nafaka avansı (Unterhaltsvorschuss)',
    pflegegeld: 'Bakım parası (Pflegegeld)',
    bafoeg: 'Öğrenim desteği (BAföG)',
    berufsausbildungsbeihilfe: 'Mesleki eğitim yardımı (Berufsausbildungsbeihilfe)',
  },
  activity: {
    none: 'henüz evde bakılıyor',
    kita: 'kreşe (Kita) gidiyor',
    kindertagespflege: 'gündüz bakıcısına (Kindertagespflege) gidiyor',
    grundschule: 'ilkokula (Grundschule) gidiyor',
    'weiterfuehrende-schule': 'ortaokul veya liseye (weiterführende Schule) gidiyor',
    foerderschule: 'özel eğitim okuluna (Förderschule) gidiyor',
    berufskolleg: 'meslek okuluna (Berufskolleg) gidiyor',
    ausbildung: 'mesleki eğitim (Ausbildung) görüyor',
    studium: 'üniversitede okuyor',
    freiwilligendienst: 'gönüllü hizmet (Freiwilligendienst) yapıyor',
    'job-seeking': 'mesleki eğitim yeri veya iş arıyor',
    working: 'çalışıyor',
    unknown: 'belirtmediğiniz bir şey yapıyor',
  },
  employment: {
    employed: 'ücretli bir işte çalışıyor',
    'self-employed': 'serbest çalışıyor (kendi işi var)',
    unemployed: 'işsiz',
    student: 'üniversitede okuyor',
    trainee: 'mesleki eğitimde (Ausbildung)',
    'parental-leave': 'ebeveyn izninde (Elternzeit)',
    homemaker: 'ev işleri ve aileyle ilgileniyor',
    retired: 'emekli',
    unknown: 'belirtmediğiniz bir işle meşgul',
  },
  residence: {
    german: 'Alman vatandaşı',
    eu: 'bir AB ülkesinin vatandaşı',
    'residence-permit': 'oturum izniyle (Aufenthaltserlaubnis) yaşıyor',
    'recognised-refugee': 'mülteci olarak tanınmış',
    'temporary-protection': "geçici koruma altında (örneğin Ukrayna'dan gelenler)",
    'asylum-seeker': 'iltica sürecinde (Asylverfahren)',
    tolerated: 'Duldung belgesiyle yaşıyor (sınır dışı etme geçici olarak ertelenmiş)',
    unknown: 'belirtmediğiniz bir oturum durumunda',
  },
  insurance: {
    statutory: 'yasal sağlık sigortasına (gesetzliche Krankenversicherung) bağlı',
    private: 'özel sağlık sigortasına (private Krankenversicherung) bağlı',
    unknown: 'belirtmediğiniz bir sağlık sigortasına bağlı',
  },
  maintenance: {
    full: 'diğer ebeveynden nafakanın tamamını alıyor',
    partial: 'diğer ebeveynden nafakanın yalnızca bir kısmını alıyor',
    none: 'diğer ebeveynden nafaka almıyor',
    'not-applicable': 'diğer ebeveynden nafakaya ihtiyaç duymuyor',
    unknown: 'miktarını belirtmediğiniz bir nafaka alıyor',
  },
  childRelation: {
    own: 'sizin öz çocuğunuz',
    step: 'sizin üvey çocuğunuz',
    foster: 'sizin koruyucu aile çocuğunuz (Pflegekind)',
    adopted: 'sizin evlat edindiğiniz çocuk',
    grandchild: 'sizin torununuz',
    'other-child': 'çocuk olarak sizin yanınızda yaşıyor',
  },
  adultRelation: { parent: 'bir ebeveyn (anne veya baba)', 'foster-parent': 'koruyucu bir ebeveyn (Pflegemutter veya Pflegevater)' },
  disability: { yes: 'engelli', no: 'engelli değil' },
  startingStudies: { yes: 'yakında üniversiteye başlıyor', no: 'üniversiteye başlamıyor' },
  pregnant: (dueInWeeks) => (dueInWeeks === undefined ? 'hamile' : `hamile (doğuma yaklaşık ${Math.round(dueInWeeks)} hafta var)`),
  notPregnant: 'hamile değil',
  gaveBirth: { yes: 'bebeği doğurdu', no: 'bebeği doğurmadı' },
  ageByCutoff: (age, year) => `30 Eylül ${year} tarihinde en az ${age} yaşında`,
  pflegegrad: (level) => `${level}. derecede bakıma muhtaç (Pflegegrad ${level})`,
  gdb: (degree) => `%${degree} oranında engelli (engellilik derecesi, GdB ${degree})`,
  age,
  ageText,
  personSentence: (person, predicates) => `${subject(person)} ${list(predicates)}.`,
  list,
  noChild: (count) => (count > 1 ? `Hanenizde bu koşula uyan ${count} çocuk yok.` : 'Hanenizde bu koşula uyan bir çocuk yok.'),
  noAdult: 'Hanenizde bu koşula uyan bir yetişkin yok.',
  noMember: 'Hanenizde bu koşula uyan kimse yok.',
  household: {
    singleParent: { yes: 'Çocuklarınızı tek başınıza büyütüyorsunuz.', no: 'Çocuklarınızı tek başınıza büyütmüyorsunuz.' },
    livesInHamm: { yes: "Hamm'da yaşıyorsunuz.", no: "Hamm'da yaşamıyorsunuz." },
    movedToHammRecently: {
      yes: "Son on iki ay içinde Hamm'a taşındınız.",
      no: "Bir yıldan uzun süredir Hamm'da yaşıyorsunuz.",
    },
  },
  income: {
    none: 'Çalışarak kazandığınız bir geliriniz yok.',
    low: 'Geliriniz, yardım olmadan ailenize tam yetmiyor.',
    middle: 'Geliriniz ailenizin ihtiyacını karşılıyor.',
    high: "Vergiye tabi geliriniz yılda 100.000 Euro'nun üzerinde.",
    'very-high': "Vergiye tabi geliriniz yılda 175.000 Euro'nun üzerinde.",
    unknown: 'Gelirinizi belirtmediniz.',
  },
  figures: {
    estimate: (amount) => `Verdiğiniz rakamlara göre tahmini: ${amount}.`,
    none: 'Verdiğiniz rakamlara göre burada bir tutar çıkmıyor.',
    open: 'Hak olup olmadığı ve ne kadar olduğu, bulucunun yalnızca yaklaşık bildiği rakamlara bağlıdır – örneğin brüt ücretiniz, sıcak kiradaki ısınma giderleri, çocukların nafakası veya Jobcenter’ın hangi kirayı kabul ettiği.',
    priority: (withChildren) =>
      `Verdiğiniz rakamlara göre ${withChildren ? 'konut yardımı (Wohngeld) ve çocuk ek ödemesi (Kinderzuschlag)' : 'konut yardımı (Wohngeld)'} gelirinizle birlikte ihtiyacınızı karşılıyor – bu durumda temel güvence parasından (Grundsicherungsgeld) önce gelir.`,
    grundsicherung: (withChildren) =>
      `Verdiğiniz rakamlara göre ${withChildren ? 'konut yardımı (Wohngeld) ve çocuk ek ödemesi (Kinderzuschlag)' : 'konut yardımı (Wohngeld)'} ihtiyacınızı karşılamıyor – bu durumda doğru yardım temel güvence parasıdır (Grundsicherungsgeld).`,
  },
  incomeBorderline: {
    above: 'Geliriniz bu hizmetin sınırının yalnızca biraz üzerinde olabilir – uygun olup olmadığını tam miktar belirler.',
    below:
      'Geliriniz bu hizmetin gerektirdiğinin yalnızca biraz altında olabilir – uygun olup olmadığını tam miktar belirler (başka gelirler de sayılır).',
  },
  receives: (benefits) => `${list(benefits)} alıyorsunuz.`,
  mayReceive: (benefits) =>
    `${benefits.length > 1 ? `${benefits.slice(0, -1).join(', ')} veya ${benefits.at(-1)}` : list(benefits)} alırsanız (bu size uygun olabilir), bu hizmetten de yararlanabilirsiniz.`,
  receivesNone: (benefits) =>
    benefits.length > 1 ? `Şu yardımların hiçbirini almıyorsunuz: ${list(benefits)}.` : `${list(benefits)} almıyorsunuz.`,
  openToAll: 'Bu hizmet tüm ailelere açık.',
  dependsOn: (facts) => `Sonuç ${facts.length > 1 ? 'şunlara' : 'şuna'} bağlı: ${list(facts)}.`,
  mayFitIf: (circumstances) =>
    circumstances.length > 0
      ? `Şu durumda uygun olabilir: ${list(circumstances)}.`
      : 'Uygun olup olmadığı, Situations-Finder’ın sormadığı durumlara bağlı. Yetkili kurum size danışmanlık verir.',
  dependsOnMissing: 'Uygun olup olmadığı, henüz eksik olan bilgilere bağlı.',
  missingMemberFact: {
    age: (person) => `${whose(person)} tam olarak kaç aylık/yaşında olduğu`,
    gaveBirth: (person) => `${whose(person)} bebeği doğurup doğurmadığı`,
    activity: (person) => `${whose(person)} şu anda ne yaptığı (kreş, okul, mesleki eğitim …)`,
    employment: (person) => `${whose(person)} çalışıp çalışmadığı`,
    pregnant: (person) => `${whose(person)} hamile olup olmadığı`,
    dueInWeeks: () => 'bebeğin ne zaman doğacağı',
    residenceStatus: (person) => `${whose(person)} oturum durumu`,
    healthInsurance: (person) => `${whose(person)} sağlık sigortası (yasal mı, özel mi)`,
    disability: (person) => `${whose(person)} engelli olup olmadığı`,
    gdb: (person) => `${whose(person)} engellilik derecesi (GdB)`,
    pflegegrad: (person) => `${whose(person)} bakım derecesi (Pflegegrad) olup olmadığı`,
    maintenance: (person) => `${who(person)} için nafaka ödenip ödenmediği`,
    relation: (person) => `${who(person)} ile akrabalık ilişkiniz`,
    startingStudies: (person) => `${whose(person)} yakında üniversiteye başlayıp başlamayacağı`,
  },
  missingHouseholdFact: {
    income: 'geliriniz',
    receives: 'hangi yardımları zaten aldığınız',
    singleParent: 'çocuklarınızı tek başınıza büyütüp büyütmediğiniz',
    livesInHamm: "Hamm'da yaşayıp yaşamadığınız",
    movedToHammRecently: "Hamm'a yeni taşınıp taşınmadığınız",
  },
  inMonths: (months) => (months === 1 ? 'Bir ay sonra' : `${months} ay sonra`),
  fitsThen: 'o zaman uygun olur',
  mayFitThen: 'o zaman uygun olabilir',
  babyName,
}
