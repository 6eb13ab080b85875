import type { MatcherPhrases, PersonRef } from '../phrases.ts'

/** "3 years", "1 year", "4 months" */
function ageText(age: number): string {
  if (age < 1) {
    const months = Math.max(0, Math.floor(age * 12 + 1e-9))
    return months === 0 ? 'less than one month' : months === 1 ? '1 month' : `${months} months`
  }
  const years = Math.floor(age + 1e-9)
  return years === 1 ? '1 year' : `${years} years`
}

/** "a, b and c" (British style, no comma before "and") */
function list(parts: string[], word = 'and'): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} ${word} ${parts.at(-1)}`
}
/** "a, b or c": for benefits of which any one is enough. */
const orList = (parts: string[]) => list(parts, 'or')

/** The name the matcher gives a baby who is not born yet; it reads as a name at the start of a sentence. */
const babyName = 'Your baby'

/** The age in brackets tells people of the same role apart – unless the sentence says the age anyway. */
const which = (person: PersonRef) => (person.alone || person.ageSaid ? '' : ` (${ageText(person.age)})`)

/** At the start of a sentence: "Mia", "Your child (3 years)", "The adult in your household". */
function subject(person: PersonRef): string {
  if (person.name) return person.name
  if (person.role === 'child') return `Your child${which(person)}`
  return person.alone ? 'The adult in your household' : `The adult${which(person)}`
}
/** Inside a sentence: "whether your child …", "whether the adult in your household …". */
function who(person: PersonRef): string {
  if (person.name) return person.name === babyName ? 'your baby' : person.name
  if (person.role === 'child') return `your child${which(person)}`
  return person.alone ? 'the adult in your household' : `the adult${which(person)}`
}

/** The matcher's sentences in English (translated from de.ts). */
export const englishPhrases: MatcherPhrases = {
  lang: 'en',
  amount: {
    per: { month: (sum) => `${sum} a month`, year: (sum) => `${sum} a year`, once: (sum) => `${sum} once` },
    perChild: (sum) => `${sum} per child`,
    upTo: (sum) => `up to ${sum}`,
    range: (from, to) => `${from} to ${to}`,
    byAge: (text) => `${text}, depending on age`,
    about: (sum) => `about ${sum}`,
  },
  benefits: {
    buergergeld: 'basic income support (Grundsicherungsgeld, formerly Bürgergeld)',
    arbeitslosengeld: 'unemployment benefit (Arbeitslosengeld)',
    sozialhilfe: 'social assistance (Sozialhilfe)',
    wohngeld: 'housing benefit (Wohngeld)',
    kinderzuschlag: 'child supplement (Kinderzuschlag)',
    asylbewerberleistungen: 'benefits for asylum seekers (Asylbewerberleistungen)',
    elterngeld: 'parental allowance (Elterngeld)',
    kindergeld: 'child benefit (Kindergeld)',
    unterhaltsvorschuss: 'advance maintenance payment (Unterhaltsvorschuss)',
    pflegegeld: 'care allowance (Pflegegeld)',
    bafoeg: 'student financial aid (BAföG)',
    berufsausbildungsbeihilfe: 'vocational training allowance (Berufsausbildungsbeihilfe)',
  },
  activity: {
    none: 'is still cared for at home',
    kita: 'goes to a day care centre (Kita)',
    kindertagespflege: 'is looked after by a childminder (Kindertagespflege)',
    grundschule: 'goes to primary school (Grundschule)',
    'weiterfuehrende-schule': 'goes to a secondary school (weiterführende Schule)',
    foerderschule: 'goes to a special needs school (Förderschule)',
    berufskolleg: 'goes to a vocational college (Berufskolleg)',
    ausbildung: 'is doing vocational training (Ausbildung)',
    studium: 'is studying at university',
    freiwilligendienst: 'is doing voluntary service (Freiwilligendienst)',
    'job-seeking': 'is looking for vocational training or work',
    working: 'works',
    unknown: 'does something you have not told us',
  },
  employment: {
    employed: 'is employed',
    'self-employed': 'is self-employed',
    unemployed: 'is unemployed',
    student: 'is a student at university',
    trainee: 'is doing vocational training (Ausbildung)',
    'parental-leave': 'is on parental leave (Elternzeit)',
    homemaker: 'looks after the home and the family',
    retired: 'is retired',
    unknown: 'does work you have not told us about',
  },
  residence: {
    german: 'has German citizenship',
    eu: 'is a citizen of the EU',
    'residence-permit': 'has a residence permit (Aufenthaltserlaubnis)',
    'recognised-refugee': 'is a recognised refugee',
    'temporary-protection': 'has temporary protection (for example from Ukraine)',
    'asylum-seeker': 'is in the asylum procedure',
    tolerated: 'has a toleration permit (Duldung)',
    unknown: 'has a residence status you have not told us',
  },
  insurance: {
    statutory: 'has statutory health insurance',
    private: 'has private health insurance',
    unknown: 'has health insurance you have not told us about',
  },
  maintenance: {
    full: 'gets full maintenance (Unterhalt) from the other parent',
    partial: 'gets only part of the maintenance (Unterhalt) from the other parent',
    none: 'gets no maintenance (Unterhalt) from the other parent',
    'not-applicable': 'does not need maintenance (Unterhalt) from the other parent',
    unknown: 'gets an amount of maintenance (Unterhalt) you have not told us',
  },
  childRelation: {
    own: 'is your own child',
    step: 'is your stepchild',
    foster: 'is your foster child',
    adopted: 'is your adopted child',
    grandchild: 'is your grandchild',
    'other-child': 'lives with you as a child',
  },
  adultRelation: { parent: 'is a parent', 'foster-parent': 'is a foster parent' },
  disability: { yes: 'has a disability', no: 'does not have a disability' },
  startingStudies: { yes: 'will start university soon', no: 'is not starting university' },
  pregnant: (dueInWeeks) => {
    if (dueInWeeks === undefined) return 'is pregnant'
    const weeks = Math.round(dueInWeeks)
    if (weeks <= 0) return 'is pregnant (the baby is due now)'
    return `is pregnant (the baby is due in about ${weeks === 1 ? '1 week' : `${weeks} weeks`})`
  },
  notPregnant: 'is not pregnant',
  gaveBirth: { yes: 'gave birth to the baby', no: 'did not give birth to the baby' },
  ageByCutoff: (age, year) => `is at least ${age} years old on 30 September ${year}`,
  pflegegrad: (level) => `has care level ${level} (Pflegegrad ${level})`,
  gdb: (degree) => `has a degree of disability (GdB) of ${degree}`,
  age: (years) => (years < 1 / 12 ? 'is less than one month old' : `is ${ageText(years)} old`),
  ageText,
  personSentence: (person, predicates) => `${subject(person)} ${list(predicates)}.`,
  list: (parts) => list(parts),
  noChild: (count) =>
    count > 1
      ? `There are not ${count} children in your household for whom this is true.`
      : 'There is no child in your household for whom this is true.',
  noAdult: 'There is no adult in your household for whom this is true.',
  noMember: 'This is not true for anyone in your household.',
  household: {
    singleParent: { yes: 'You are a single parent.', no: 'You are not raising your children on your own.' },
    livesInHamm: { yes: 'You live in Hamm.', no: 'You do not live in Hamm.' },
    movedToHammRecently: {
      yes: 'You moved to Hamm in the last twelve months.',
      no: 'You have lived in Hamm for more than a year.',
    },
  },
  income: {
    none: 'You have no income from work.',
    low: 'Without help, your income is not quite enough for your family.',
    middle: 'Your income covers what your family needs.',
    high: 'Your taxable income is more than 100,000 euros a year.',
    'very-high': 'Your taxable income is more than 175,000 euros a year.',
    unknown: 'You have not told us your income.',
  },
  figures: {
    estimate: (amount) => `Estimated from your figures: ${amount}.`,
    none: 'Your figures give no amount here.',
    open: 'Whether and how much depends on figures the finder knows only roughly – for example your gross pay, the heating costs in your rent, the children’s maintenance or which rent the Jobcenter accepts.',
    priority: (withChildren) =>
      `By your figures, ${withChildren ? 'housing benefit (Wohngeld) and the child supplement (Kinderzuschlag)' : 'housing benefit (Wohngeld)'} together with your income ${withChildren ? 'cover' : 'covers'} your needs – then ${withChildren ? 'they come' : 'it comes'} before basic income support (Grundsicherungsgeld).`,
    grundsicherung: (withChildren) =>
      `By your figures, ${withChildren ? 'housing benefit (Wohngeld) and the child supplement (Kinderzuschlag) do' : 'housing benefit (Wohngeld) does'} not cover your needs – then basic income support (Grundsicherungsgeld) is the right benefit.`,
  },
  incomeBorderline: {
    above: 'Your income may be only a little above this offer’s limit – the exact amount decides whether it fits.',
    below:
      'Your income may be only a little below what this offer requires – the exact amount decides whether it fits (other income counts too).',
  },
  receives: (benefits) => `You get ${list(benefits)}.`,
  mayReceive: (benefits) =>
    benefits.length > 1
      ? `You may be able to get ${orList(benefits)}. If you get one of them, this offer is open to you too.`
      : `You may be able to get ${benefits.join('')}. If you get it, this offer is open to you too.`,
  receivesNone: (benefits) =>
    benefits.length > 1 ? `You do not get any of these benefits: ${list(benefits)}.` : `You do not get ${benefits.join('')}.`,
  openToAll: 'This offer is open to all families.',
  dependsOn: (facts) => `It still depends on: ${list(facts)}.`,
  mayFitIf: (circumstances) =>
    circumstances.length > 0
      ? `This can fit if ${list(circumstances)}.`
      : 'Whether it fits depends on circumstances the Situations-Finder does not ask about. The office in charge will advise you.',
  dependsOnMissing: 'Whether it fits depends on details that are still missing.',
  missingMemberFact: {
    age: (person) => `how old ${who(person)} is exactly (in months)`,
    gaveBirth: (person) => `whether ${who(person)} gave birth to the baby`,
    activity: (person) => `what ${who(person)} is doing at the moment (Kita, school, vocational training …)`,
    employment: (person) => `whether ${who(person)} works`,
    pregnant: (person) => `whether ${who(person)} is pregnant`,
    dueInWeeks: () => 'when the baby is due',
    residenceStatus: (person) => `the residence status of ${who(person)}`,
    healthInsurance: (person) => `what health insurance ${who(person)} has`,
    disability: (person) => `whether ${who(person)} has a disability`,
    gdb: (person) => `the degree of disability (GdB) of ${who(person)}`,
    pflegegrad: (person) => `whether ${who(person)} has a care level (Pflegegrad)`,
    maintenance: (person) => `whether maintenance (Unterhalt) is paid for ${who(person)}`,
    relation: (person) => `how ${who(person)} is related to you`,
    startingStudies: (person) => `whether ${who(person)} will start university soon`,
  },
  missingHouseholdFact: {
    income: 'your income',
    receives: 'which benefits you already get',
    singleParent: 'whether you are a single parent',
    livesInHamm: 'whether you live in Hamm',
    movedToHammRecently: 'whether you have recently moved to Hamm',
  },
  inMonths: (months) => (months === 1 ? 'In one month' : `In ${months} months`),
  fitsThen: 'will fit',
  mayFitThen: 'may fit',
  babyName,
}
