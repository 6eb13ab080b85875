import type { MatcherPhrases, PersonRef } from '../phrases.ts'

const ukrainianRules = new Intl.PluralRules('uk')

/**
 * Ukrainian plural forms by the language's CLDR rule (1, 21 → one; 2–4, 22–24 → few; 0, 5–20 → many).
 * ukrainianPlural(n, 'рік', 'роки', 'років')
 */
export function ukrainianPlural(n: number, one: string, few: string, many: string): string {
  const form = ukrainianRules.select(Math.abs(Math.trunc(n)))
  return form === 'one' ? one : form === 'few' ? few : many
}

/** "3 роки", "1 рік", "4 місяці", "менше місяця" */
function ageText(age: number): string {
  if (age < 1) {
    const months = Math.max(0, Math.floor(age * 12 + 1e-9))
    return months === 0 ? 'менше місяця' : `${months} ${ukrainianPlural(months, 'місяць', 'місяці', 'місяців')}`
  }
  const years = Math.floor(age + 1e-9)
  return `${years} ${ukrainianPlural(years, 'рік', 'роки', 'років')}`
}

/** "a, b і c" */
function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} і ${parts.at(-1)}`
}

const babyName = 'Ваше немовля'

const which = (person: PersonRef) => (person.alone ? '' : ` (${ageText(person.age)})`)

/**
 * Inside a sentence, always nominative (the name is never declined): "чи працює Mia",
 * "чи працює ваша дитина (7 років)", "чи вагітна доросла особа".
 */
function who(person: PersonRef): string {
  if (person.name) return person.name === babyName ? 'ваше немовля' : person.name
  return `${person.role === 'child' ? 'ваша дитина' : 'доросла особа'}${which(person)}`
}

/**
 * At the start of a sentence. `age`: the age is said in this sentence, so it goes in brackets
 * after the person ("Mia (2 роки) ходить …") and is not repeated to tell people apart.
 */
function subject(person: PersonRef, age?: string): string {
  const bracket = age ? ` (${age})` : which(person)
  if (person.name) return `${person.name}${age ? bracket : ''}`
  if (person.role === 'child') return `Ваша дитина${bracket}`
  return person.alone && !age ? 'Доросла особа у вашому домогосподарстві' : `Доросла особа${bracket}`
}

/** The age as said of a person; `personSentence` puts it after a dash or in brackets. */
const age = (years: number) => ageText(years)

/**
 * "Mia — 2 роки." · "Mia (2 роки) ходить до дитячого садка (Kita)." · "Ваша дитина (7 років) має інвалідність."
 * Ukrainian says an age with the person in the dative ("Мії 2 роки"); to keep the typed name as it
 * is, the age stands after a dash or in brackets instead of being a verb phrase.
 */
function personSentence(person: PersonRef, predicates: string[]): string {
  const ownAge = age(person.age)
  const saysAge = predicates.includes(ownAge)
  const others = predicates.filter((predicate) => predicate !== ownAge)
  if (others.length === 0) {
    const base =
      person.name ?? (person.role === 'child' ? 'Ваша дитина' : person.alone ? 'Доросла особа у вашому домогосподарстві' : 'Доросла особа')
    return `${base} — ${ownAge}.`
  }
  return `${subject(person, saysAge ? ownAge : undefined)} ${list(others)}.`
}

const weeks = (n: number) => `${n} ${ukrainianPlural(n, 'тиждень', 'тижні', 'тижнів')}`

/** The matcher's sentences in Ukrainian (translated from de.ts). */
export const ukrainianPhrases: MatcherPhrases = {
  lang: 'uk',
  amount: {
    per: { month: (sum) => `${sum} на місяць`, year: (sum) => `${sum} на рік`, once: (sum) => `одноразово ${sum}` },
    perChild: (sum) => `${sum} на дитину`,
    upTo: (sum) => `до ${sum}`,
    range: (from, to) => `від ${from} до ${to}`,
    byAge: (text) => `${text}, залежно від віку`,
    about: (sum) => `приблизно ${sum}`,
  },
  benefits: {
    buergergeld: 'базове забезпечення (Grundsicherungsgeld, раніше Bürgergeld)',
    arbeitslosengeld: 'допомога з безробіття (Arbeitslosengeld)',
    sozialhilfe: 'соціальна допомога (Sozialhilfe)',
    wohngeld: 'допомога на житло (Wohngeld)',
    kinderzuschlag: 'додаткова допомога на дитину (Kinderzuschlag)',
    asylbewerberleistungen: 'допомога для шукачів притулку (Asylbewerberleistungen)',
    elterngeld: 'батьківська допомога (Elterngeld)',
    kindergeld: 'допомога на дитину (Kindergeld)',
    unterhaltsvorschuss: 'аванс аліментів від держави (Unterhaltsvorschuss)',
    pflegegeld: 'допомога по догляду (Pflegegeld)',
    bafoeg: 'державна допомога на навчання (BAföG)',
    berufsausbildungsbeihilfe: 'допомога на професійне навчання (Berufsausbildungsbeihilfe)',
  },
  activity: {
    none: 'поки що перебуває під доглядом удома',
    kita: 'ходить до дитячого садка (Kita)',
    kindertagespflege: 'перебуває під доглядом денної няні (Kindertagespflege)',
    grundschule: 'ходить до початкової школи (Grundschule)',
    'weiterfuehrende-schule': 'навчається в середній школі (weiterführende Schule)',
    foerderschule: 'навчається в спеціальній школі (Förderschule)',
    berufskolleg: 'навчається в професійному коледжі (Berufskolleg)',
    ausbildung: 'проходить професійне навчання (Ausbildung)',
    studium: 'навчається в університеті',
    freiwilligendienst: 'проходить волонтерську службу (Freiwilligendienst)',
    'job-seeking': 'шукає місце професійного навчання або роботу',
    working: 'працює',
    unknown: 'займається чимось, що ви не вказали',
  },
  employment: {
    employed: 'працює за наймом',
    'self-employed': 'працює на себе (selbstständig)',
    unemployed: 'не має роботи',
    student: 'навчається в університеті',
    trainee: 'проходить професійне навчання (Ausbildung)',
    'parental-leave': 'перебуває у відпустці для догляду за дитиною (Elternzeit)',
    homemaker: 'займається домом і сім’єю',
    retired: 'перебуває на пенсії',
    unknown: 'має заняття, яке ви не вказали',
  },
  residence: {
    german: 'має німецьке громадянство',
    eu: 'має громадянство країни ЄС',
    'residence-permit': 'має дозвіл на проживання (Aufenthaltserlaubnis)',
    'recognised-refugee': 'має визнаний статус біженця',
    'temporary-protection': 'має тимчасовий захист (наприклад, з України)',
    'asylum-seeker': 'перебуває в процедурі надання притулку (Asylverfahren)',
    tolerated: 'має відстрочку депортації (Duldung)',
    unknown: 'має статус перебування, який ви не вказали',
  },
  insurance: {
    statutory: 'має державне медичне страхування (gesetzliche Krankenversicherung)',
    private: 'має приватне медичне страхування (private Krankenversicherung)',
    unknown: 'має медичне страхування, яке ви не вказали',
  },
  maintenance: {
    full: 'отримує аліменти (Unterhalt) від другого з батьків у повному обсязі',
    partial: 'отримує від другого з батьків лише частину аліментів (Unterhalt)',
    none: 'не отримує аліментів (Unterhalt) від другого з батьків',
    'not-applicable': 'не потребує аліментів (Unterhalt) від другого з батьків',
    unknown: 'отримує аліменти (Unterhalt) у розмірі, який ви не вказали',
  },
  childRelation: {
    own: 'є вашою рідною дитиною',
    step: 'є вашим пасинком або падчеркою (Stiefkind)',
    foster: 'є вашою прийомною дитиною (Pflegekind)',
    adopted: 'є вашою усиновленою дитиною',
    grandchild: 'є вашим онуком або онукою',
    'other-child': 'живе з вами як дитина в сім’ї',
  },
  adultRelation: { parent: 'є одним із батьків дитини', 'foster-parent': 'є одним із прийомних батьків дитини' },
  disability: { yes: 'має інвалідність', no: 'не має інвалідності' },
  startingStudies: { yes: 'незабаром почне навчання в університеті', no: 'найближчим часом не почне навчання в університеті' },
  pregnant: (dueInWeeks) =>
    dueInWeeks === undefined ? 'вагітна' : `вагітна (дитина має народитися приблизно через ${weeks(Math.round(dueInWeeks))})`,
  notPregnant: 'не вагітна',
  gaveBirth: { yes: 'народила дитину', no: 'не народжувала дитину' },
  ageByCutoff: (age, year) => `станом на 30 вересня ${year} має щонайменше ${age} ${ukrainianPlural(age, 'рік', 'роки', 'років')}`,
  pflegegrad: (level) => `має ступінь догляду (Pflegegrad) ${level}`,
  gdb: (degree) => `має ступінь інвалідності (GdB) ${degree}`,
  age,
  ageText,
  personSentence,
  list,
  noChild: (count) =>
    count > 1
      ? `У вашому домогосподарстві немає ${count} дітей, яких це стосується.`
      : 'У вашому домогосподарстві немає дитини, якої це стосується.',
  noAdult: 'У вашому домогосподарстві немає дорослої особи, якої це стосується.',
  noMember: 'Це не стосується нікого у вашому домогосподарстві.',
  household: {
    singleParent: { yes: 'Ви виховуєте дітей самі.', no: 'Ви виховуєте дітей не самі.' },
    livesInHamm: { yes: 'Ви живете в місті Hamm.', no: 'Ви не живете в місті Hamm.' },
    movedToHammRecently: {
      yes: 'Ви переїхали до міста Hamm протягом останніх дванадцяти місяців.',
      no: 'Ви живете в місті Hamm уже понад рік.',
    },
  },
  income: {
    none: 'У вас немає доходу від роботи.',
    low: 'Без допомоги вашого доходу не зовсім вистачає на сім’ю.',
    middle: 'Вашого доходу вистачає на потреби сім’ї.',
    high: 'Ваш оподатковуваний дохід — понад 100 000 євро на рік.',
    'very-high': 'Ваш оподатковуваний дохід — понад 175 000 євро на рік.',
    unknown: 'Ви не вказали свій дохід.',
  },
  figures: {
    estimate: (amount) => `Оцінка за вашими даними: ${amount}.`,
    none: 'За вашими даними тут суми не виходить.',
    open: 'Чи буде виплата і скільки, залежить від даних, які пошук знає лише приблизно – наприклад, ваша зарплата брутто, витрати на опалення в орендній платі, аліменти на дітей або яку орендну плату визнає Jobcenter.',
    priority: (withChildren) =>
      `За вашими даними ${withChildren ? 'допомога на житло (Wohngeld) і доплата на дітей (Kinderzuschlag)' : 'допомога на житло (Wohngeld)'} разом із вашим доходом ${withChildren ? 'покривають' : 'покриває'} ваші потреби – тоді ${withChildren ? 'вони мають' : 'вона має'} перевагу перед базовим забезпеченням (Grundsicherungsgeld).`,
    grundsicherung: (withChildren) =>
      `За вашими даними ${withChildren ? 'допомоги на житло (Wohngeld) і доплати на дітей (Kinderzuschlag)' : 'допомоги на житло (Wohngeld)'} не вистачає на ваші потреби – тоді правильна допомога – базове забезпечення (Grundsicherungsgeld).`,
  },
  incomeBorderline: {
    above: 'Ваш дохід, можливо, лише трохи перевищує межу цієї пропозиції – чи вона підходить, вирішує точна сума.',
    below:
      'Ваш дохід, можливо, лише трохи нижчий, ніж потрібно для цієї пропозиції – чи вона підходить, вирішує точна сума (інші доходи теж враховуються).',
  },
  receives: (benefits) => `Вам уже ${benefits.length > 1 ? 'виплачуються' : 'виплачується'} ${list(benefits)}.`,
  mayReceive: (benefits) =>
    benefits.length > 1
      ? `Вам можуть належати ${list(benefits)}. Якщо ви отримуєте одну з цих виплат, вам також доступна ця послуга.`
      : `Вам може належати ${list(benefits)}. Якщо ви отримуєте цю виплату, вам також доступна ця послуга.`,
  // "ні A, ні B": the names stay in the nominative.
  receivesNone: (benefits) =>
    benefits.length > 1 ? `Вам не виплачується ні ${benefits.join(', ні ')}.` : `Вам не виплачується ${list(benefits)}.`,
  openToAll: 'Ця послуга доступна для всіх сімей.',
  dependsOn: (facts) => `Ще треба з’ясувати: ${list(facts)}.`,
  mayFitIf: (circumstances) =>
    circumstances.length > 0
      ? `Це може підійти, якщо ${list(circumstances)}.`
      : 'Чи це підходить, залежить від обставин, про які Situations-Finder не питає. Відповідна установа вас проконсультує.',
  dependsOnMissing: 'Чи це вам підходить, залежить від даних, яких ще бракує.',
  missingMemberFact: {
    age: (person) => `який точний вік має ${who(person)} (у місяцях)`,
    gaveBirth: (person) => `чи народила дитину ${who(person)}`,
    activity: (person) => `чим зараз займається ${who(person)} (дитячий садок, школа, професійне навчання …)`,
    employment: (person) => `чи працює ${who(person)}`,
    pregnant: (person) => `чи вагітна ${who(person)}`,
    dueInWeeks: () => 'коли має народитися дитина',
    residenceStatus: (person) => `який статус перебування має ${who(person)}`,
    healthInsurance: (person) => `яке медичне страхування має ${who(person)}`,
    disability: (person) => `чи має ${who(person)} інвалідність`,
    gdb: (person) => `який ступінь інвалідності (GdB) має ${who(person)}`,
    pflegegrad: (person) => `чи має ${who(person)} ступінь догляду (Pflegegrad)`,
    maintenance: (person) => `чи отримує ${who(person)} аліменти (Unterhalt)`,
    relation: (person) => `ким вам доводиться ${who(person)}`,
    startingStudies: (person) => `чи почне ${who(person)} незабаром навчання в університеті`,
  },
  missingHouseholdFact: {
    income: 'ваш дохід',
    receives: 'які виплати ви вже отримуєте',
    singleParent: 'чи виховуєте ви дітей самі',
    livesInHamm: 'чи живете ви в місті Hamm',
    movedToHammRecently: 'чи переїхали ви до міста Hamm нещодавно',
  },
  inMonths: (months) => (months === 1 ? 'Через місяць' : `Через ${months} ${ukrainianPlural(months, 'місяць', 'місяці', 'місяців')}`),
  fitsThen: 'підійде вам',
  mayFitThen: 'може підійти вам',
  babyName,
}
