import type { MatcherPhrases, PersonRef } from '../phrases.ts'

/** "3 Jahre", "1 Jahr", "4 Monate" */
function ageText(age: number): string {
  if (age < 1) {
    const months = Math.max(0, Math.floor(age * 12 + 1e-9))
    return months === 0 ? 'jünger als einen Monat' : months === 1 ? '1 Monat' : `${months} Monate`
  }
  const years = Math.floor(age + 1e-9)
  return years === 1 ? '1 Jahr' : `${years} Jahre`
}

/** "a, b und c" */
function list(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`
}

/** "a, b oder c": a chain opens with any one of the benefits. */
function either(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} oder ${parts.at(-1)}`
}

/** The age in brackets tells people of the same role apart – unless the sentence says the age anyway. */
const which = (person: PersonRef) => (person.alone || person.ageSaid ? '' : ` (${ageText(person.age)})`)

/** At the start of a sentence: "Mia", "Ihr Kind (3 Jahre)", "Die erwachsene Person im Haushalt". */
function subject(person: PersonRef): string {
  if (person.name) return person.name
  if (person.role === 'child') return `Ihr Kind${which(person)}`
  return person.alone ? 'Die erwachsene Person im Haushalt' : `Die erwachsene Person${which(person)}`
}
/** Inside a sentence, nominative: "ob Ihr Kind …", "ob die erwachsene Person …". */
const who = (person: PersonRef) => person.name ?? `${person.role === 'child' ? 'Ihr Kind' : 'die erwachsene Person'}${which(person)}`
/** Inside a sentence, dative: "von Ihrem Kind", "von der erwachsenen Person". */
const whom = (person: PersonRef) => person.name ?? `${person.role === 'child' ? 'Ihrem Kind' : 'der erwachsenen Person'}${which(person)}`

/** The matcher's sentences in German: the original wording, and what `npm run match` prints. */
export const germanPhrases: MatcherPhrases = {
  lang: 'de',
  amount: {
    per: { month: (sum) => `${sum} im Monat`, year: (sum) => `${sum} im Jahr`, once: (sum) => `einmalig ${sum}` },
    perChild: (sum) => `${sum} pro Kind`,
    upTo: (sum) => `bis zu ${sum}`,
    range: (from, to) => `${from} bis ${to}`,
    byAge: (text) => `${text}, je nach Alter`,
    about: (sum) => `etwa ${sum}`,
  },
  benefits: {
    buergergeld: 'Grundsicherungsgeld (bisher Bürgergeld)',
    arbeitslosengeld: 'Arbeitslosengeld',
    sozialhilfe: 'Sozialhilfe',
    wohngeld: 'Wohngeld',
    kinderzuschlag: 'Kinderzuschlag',
    asylbewerberleistungen: 'Leistungen nach dem Asylbewerberleistungsgesetz',
    elterngeld: 'Elterngeld',
    kindergeld: 'Kindergeld',
    unterhaltsvorschuss: 'Unterhaltsvorschuss',
    pflegegeld: 'Pflegegeld',
    bafoeg: 'BAföG',
    berufsausbildungsbeihilfe: 'Berufsausbildungsbeihilfe',
  },
  activity: {
    none: 'ist noch zu Hause betreut',
    kita: 'geht in die Kita',
    kindertagespflege: 'ist in der Kindertagespflege',
    grundschule: 'geht in die Grundschule',
    'weiterfuehrende-schule': 'geht auf eine weiterführende Schule',
    foerderschule: 'geht auf eine Förderschule',
    berufskolleg: 'geht auf ein Berufskolleg',
    ausbildung: 'macht eine Ausbildung',
    studium: 'studiert',
    freiwilligendienst: 'macht einen Freiwilligendienst',
    'job-seeking': 'sucht eine Ausbildung oder Arbeit',
    working: 'arbeitet',
    unknown: 'macht etwas, das Sie nicht angegeben haben',
  },
  employment: {
    employed: 'ist angestellt',
    'self-employed': 'ist selbstständig',
    unemployed: 'ist arbeitslos',
    student: 'studiert',
    trainee: 'ist in Ausbildung',
    'parental-leave': 'ist in Elternzeit',
    homemaker: 'kümmert sich um Haushalt und Familie',
    retired: 'ist in Rente',
    unknown: 'hat eine nicht angegebene Tätigkeit',
  },
  residence: {
    german: 'hat die deutsche Staatsangehörigkeit',
    eu: 'ist Bürgerin oder Bürger der EU',
    'residence-permit': 'hat eine Aufenthaltserlaubnis',
    'recognised-refugee': 'ist als Flüchtling anerkannt',
    'temporary-protection': 'hat vorübergehenden Schutz (z. B. aus der Ukraine)',
    'asylum-seeker': 'ist im Asylverfahren',
    tolerated: 'hat eine Duldung',
    unknown: 'hat einen nicht angegebenen Aufenthaltsstatus',
  },
  insurance: {
    statutory: 'ist gesetzlich krankenversichert',
    private: 'ist privat krankenversichert',
    unknown: 'hat eine nicht angegebene Krankenversicherung',
  },
  maintenance: {
    full: 'bekommt vollen Unterhalt vom anderen Elternteil',
    partial: 'bekommt nur teilweise Unterhalt vom anderen Elternteil',
    none: 'bekommt keinen Unterhalt vom anderen Elternteil',
    'not-applicable': 'braucht keinen Unterhalt vom anderen Elternteil',
    unknown: 'bekommt Unterhalt in nicht angegebener Höhe',
  },
  childRelation: {
    own: 'ist Ihr leibliches Kind',
    step: 'ist Ihr Stiefkind',
    foster: 'ist Ihr Pflegekind',
    adopted: 'ist Ihr Adoptivkind',
    grandchild: 'ist Ihr Enkelkind',
    'other-child': 'lebt als Kind bei Ihnen',
  },
  adultRelation: { parent: 'ist Elternteil', 'foster-parent': 'ist Pflegeelternteil' },
  disability: { yes: 'hat eine Behinderung', no: 'hat keine Behinderung' },
  startingStudies: { yes: 'beginnt bald ein Studium', no: 'beginnt kein Studium' },
  pregnant: (dueInWeeks) => (dueInWeeks === undefined ? 'ist schwanger' : `ist schwanger (Geburt in etwa ${Math.round(dueInWeeks)} Wochen)`),
  notPregnant: 'ist nicht schwanger',
  gaveBirth: { yes: 'hat das Baby geboren', no: 'hat das Baby nicht geboren' },
  ageByCutoff: (age, year) => `ist am 30. September ${year} mindestens ${age} Jahre alt`,
  pflegegrad: (level) => `hat Pflegegrad ${level}`,
  gdb: (degree) => `hat einen Grad der Behinderung von ${degree}`,
  age: (years) => (years < 1 / 12 ? 'ist jünger als einen Monat' : `ist ${ageText(years)} alt`),
  ageText,
  personSentence: (person, predicates) => `${subject(person)} ${list(predicates)}.`,
  list,
  noChild: (count) =>
    count > 1
      ? `In Ihrem Haushalt leben nicht ${count} Kinder, auf die das zutrifft.`
      : 'In Ihrem Haushalt lebt kein Kind, auf das das zutrifft.',
  noAdult: 'In Ihrem Haushalt lebt keine erwachsene Person, auf die das zutrifft.',
  noMember: 'Auf niemanden in Ihrem Haushalt trifft das zu.',
  household: {
    singleParent: { yes: 'Sie sind alleinerziehend.', no: 'Sie erziehen Ihre Kinder nicht allein.' },
    livesInHamm: { yes: 'Sie wohnen in Hamm.', no: 'Sie wohnen nicht in Hamm.' },
    movedToHammRecently: {
      yes: 'Sie sind in den letzten zwölf Monaten nach Hamm gezogen.',
      no: 'Sie wohnen schon länger als ein Jahr in Hamm.',
    },
  },
  income: {
    none: 'Sie haben kein Einkommen aus Arbeit.',
    low: 'Ihr Einkommen reicht ohne Hilfe nicht ganz für die Familie.',
    middle: 'Ihr Einkommen deckt den Bedarf Ihrer Familie.',
    high: 'Ihr zu versteuerndes Einkommen liegt über 100.000 Euro im Jahr.',
    'very-high': 'Ihr zu versteuerndes Einkommen liegt über 175.000 Euro im Jahr.',
    unknown: 'Ihr Einkommen haben Sie nicht angegeben.',
  },
  figures: {
    estimate: (amount) => `Nach Ihren Zahlen geschätzt: ${amount}.`,
    none: 'Nach Ihren Zahlen ergibt sich hier kein Betrag.',
    open: 'Ob und wie viel, hängt an Zahlen, die der Finder nur ungefähr kennt – zum Beispiel Ihr Bruttolohn, die Heizkosten in der Warmmiete, der Unterhalt der Kinder oder welche Miete das Jobcenter anerkennt.',
    priority: (withChildren) =>
      `Nach Ihren Zahlen ${withChildren ? 'reichen Wohngeld und Kinderzuschlag' : 'reicht Wohngeld'} zusammen mit Ihrem Einkommen für Ihren Bedarf – dann ${withChildren ? 'gehen sie' : 'geht es'} dem Grundsicherungsgeld vor.`,
    grundsicherung: (withChildren) =>
      `Nach Ihren Zahlen ${withChildren ? 'reichen Wohngeld und Kinderzuschlag' : 'reicht Wohngeld'} nicht für Ihren Bedarf – dann ist Grundsicherungsgeld die richtige Leistung.`,
  },
  incomeBorderline: {
    above: 'Ihr Einkommen liegt vielleicht nur knapp über der Grenze dieses Angebots – ob es passt, entscheidet die genaue Höhe.',
    below:
      'Ihr Einkommen liegt vielleicht nur knapp unter dem, was dieses Angebot voraussetzt – ob es passt, entscheidet die genaue Höhe (auch andere Einnahmen zählen).',
  },
  receives: (benefits) => `Sie bekommen ${list(benefits)}.`,
  mayReceive: (benefits) => `Wenn Sie ${either(benefits)} bekommen – das könnte für Sie passen –, dann steht Ihnen auch dieses Angebot offen.`,
  receivesNone: (benefits) => `Sie bekommen kein${benefits.length > 1 ? 's davon' : 'e Leistung dieser Art'} (${list(benefits)}).`,
  openToAll: 'Dieses Angebot steht allen Familien offen.',
  dependsOn: (facts) => `Es kommt noch darauf an: ${list(facts)}.`,
  mayFitIf: (circumstances) =>
    circumstances.length > 0
      ? `Das kann passen, wenn ${list(circumstances)}.`
      : 'Ob es passt, hängt von Umständen ab, nach denen der Situations-Finder nicht fragt. Die zuständige Stelle berät Sie.',
  dependsOnMissing: 'Ob es passt, hängt von Angaben ab, die noch fehlen.',
  missingMemberFact: {
    age: (person) => `wie alt ${who(person)} genau ist (in Monaten)`,
    gaveBirth: (person) => `ob ${who(person)} das Baby geboren hat`,
    activity: (person) => `was ${who(person)} gerade macht (Kita, Schule, Ausbildung …)`,
    employment: (person) => `ob ${who(person)} arbeitet`,
    pregnant: (person) => `ob ${who(person)} schwanger ist`,
    dueInWeeks: () => 'wann das Baby kommen soll',
    residenceStatus: (person) => `den Aufenthaltsstatus von ${whom(person)}`,
    healthInsurance: (person) => `wie ${who(person)} krankenversichert ist`,
    disability: (person) => `ob ${who(person)} eine Behinderung hat`,
    gdb: (person) => `den Grad der Behinderung von ${whom(person)}`,
    pflegegrad: (person) => `ob ${who(person)} einen Pflegegrad hat`,
    maintenance: (person) => `ob für ${who(person)} Unterhalt gezahlt wird`,
    relation: (person) => `wie ${who(person)} mit Ihnen verwandt ist`,
    startingStudies: (person) => `ob ${who(person)} bald ein Studium beginnt`,
  },
  missingHouseholdFact: {
    income: 'Ihr Einkommen',
    receives: 'welche Leistungen Sie schon bekommen',
    singleParent: 'ob Sie alleinerziehend sind',
    livesInHamm: 'ob Sie in Hamm wohnen',
    movedToHammRecently: 'ob Sie neu nach Hamm gezogen sind',
  },
  inMonths: (months) => (months === 1 ? 'In einem Monat' : `In ${months} Monaten`),
  fitsThen: 'passt dann',
  mayFitThen: 'könnte dann passen',
  babyName: 'Ihr Baby',
}
