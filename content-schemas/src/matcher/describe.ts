import type { Activity, Benefit, Employment, IncomeBand, Insurance, Maintenance, Member, ResidenceStatus } from './household.ts'

/** German wording of household facts, for reasons such as "Mia ist 2 Jahre alt und geht in die Kita." */

export const benefitLabels: Record<Benefit, string> = {
  buergergeld: 'Bürgergeld',
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
}

export const activityPhrases: Record<Activity, string> = {
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
}

export const employmentPhrases: Record<Employment, string> = {
  employed: 'ist angestellt',
  'self-employed': 'ist selbstständig',
  unemployed: 'ist arbeitslos',
  student: 'studiert',
  trainee: 'ist in Ausbildung',
  'parental-leave': 'ist in Elternzeit',
  homemaker: 'kümmert sich um Haushalt und Familie',
  retired: 'ist in Rente',
  unknown: 'hat eine nicht angegebene Tätigkeit',
}

export const residencePhrases: Record<ResidenceStatus, string> = {
  german: 'hat die deutsche Staatsangehörigkeit',
  eu: 'ist Bürgerin oder Bürger der EU',
  'residence-permit': 'hat eine Aufenthaltserlaubnis',
  'recognised-refugee': 'ist als Flüchtling anerkannt',
  'temporary-protection': 'hat vorübergehenden Schutz (z. B. aus der Ukraine)',
  'asylum-seeker': 'ist im Asylverfahren',
  tolerated: 'hat eine Duldung',
  unknown: 'hat einen nicht angegebenen Aufenthaltsstatus',
}

export const insurancePhrases: Record<Insurance, string> = {
  statutory: 'ist gesetzlich krankenversichert',
  private: 'ist privat krankenversichert',
  unknown: 'hat eine nicht angegebene Krankenversicherung',
}

export const maintenancePhrases: Record<Maintenance, string> = {
  full: 'bekommt vollen Unterhalt vom anderen Elternteil',
  partial: 'bekommt nur teilweise Unterhalt vom anderen Elternteil',
  none: 'bekommt keinen Unterhalt vom anderen Elternteil',
  'not-applicable': 'braucht keinen Unterhalt vom anderen Elternteil',
  unknown: 'bekommt Unterhalt in nicht angegebener Höhe',
}

export const incomeFacts: Record<IncomeBand, string> = {
  none: 'Sie haben kein Einkommen aus Arbeit.',
  low: 'Ihr Einkommen reicht ohne Hilfe nicht ganz für die Familie.',
  middle: 'Ihr Einkommen deckt den Bedarf Ihrer Familie.',
  high: 'Ihr zu versteuerndes Einkommen liegt über 100.000 Euro im Jahr.',
  'very-high': 'Ihr zu versteuerndes Einkommen liegt über 175.000 Euro im Jahr.',
  unknown: 'Ihr Einkommen haben Sie nicht angegeben.',
}

const childRelationPhrases: Record<string, string> = {
  own: 'ist Ihr leibliches Kind',
  step: 'ist Ihr Stiefkind',
  foster: 'ist Ihr Pflegekind',
  adopted: 'ist Ihr Adoptivkind',
  grandchild: 'ist Ihr Enkelkind',
  'other-child': 'lebt als Kind bei Ihnen',
}
export const childRelationPhrase = (relation: string) => childRelationPhrases[relation] ?? 'lebt bei Ihnen'

/** "3 Jahre", "1 Jahr", "4 Monate" */
export function ageText(age: number): string {
  if (age < 1) {
    const months = Math.max(0, Math.floor(age * 12 + 1e-9))
    return months === 0 ? 'jünger als einen Monat' : months === 1 ? '1 Monat' : `${months} Monate`
  }
  const years = Math.floor(age + 1e-9)
  return years === 1 ? '1 Jahr' : `${years} Jahre`
}
export const agePhrase = (age: number) => (age < 1 / 12 ? 'ist jünger als einen Monat' : `ist ${ageText(age)} alt`)

/** How to name a person in a sentence: the given name, else a description that tells people apart. */
export function subjectOf(member: Member, members: Member[]): string {
  if (member.name?.trim()) return member.name.trim()
  const sameRole = members.filter((other) => other.role === member.role)
  if (member.role === 'child') return sameRole.length === 1 ? 'Ihr Kind' : `Ihr Kind (${ageText(member.age)})`
  return sameRole.length === 1 ? 'Die erwachsene Person im Haushalt' : `Die erwachsene Person (${ageText(member.age)})`
}

/** The same person inside a sentence: nominative ("ob Ihr Kind …") or dative ("von der erwachsenen Person"). */
export function referenceTo(member: Member, members: Member[], grammaticalCase: 'nom' | 'dat'): string {
  if (member.name?.trim()) return member.name.trim()
  const sameRole = members.filter((other) => other.role === member.role)
  const which = sameRole.length === 1 ? '' : ` (${ageText(member.age)})`
  if (member.role === 'child') return `${grammaticalCase === 'nom' ? 'Ihr Kind' : 'Ihrem Kind'}${which}`
  return `${grammaticalCase === 'nom' ? 'die erwachsene Person' : 'der erwachsenen Person'}${which}`
}

/** "a, b und c" */
export function joinGerman(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} und ${parts.at(-1)}`
}

/** What still needs answering, worded for families: "Ihr Einkommen", "was Mia gerade macht". */
export function missingFactText(fact: string, members: Member[]): string {
  const memberMatch = /^members\[(\d+)\]\.(\w+)$/.exec(fact)
  if (memberMatch) {
    const member = members[Number(memberMatch[1])]
    const who = member ? referenceTo(member, members, 'nom') : 'eine Person'
    const whom = member ? referenceTo(member, members, 'dat') : 'einer Person'
    const field = memberMatch[2]
    const texts: Record<string, string> = {
      activity: `was ${who} gerade macht (Kita, Schule, Ausbildung …)`,
      employment: `ob ${who} arbeitet`,
      pregnant: `ob ${who} schwanger ist`,
      dueInWeeks: `wann das Baby kommen soll`,
      residenceStatus: `den Aufenthaltsstatus von ${whom}`,
      healthInsurance: `wie ${who} krankenversichert ist`,
      disability: `ob ${who} eine Behinderung hat`,
      gdb: `den Grad der Behinderung von ${whom}`,
      pflegegrad: `ob ${who} einen Pflegegrad hat`,
      maintenance: `ob für ${who} Unterhalt gezahlt wird`,
      relation: `wie ${who} mit Ihnen verwandt ist`,
      startingStudies: `ob ${who} bald ein Studium beginnt`,
    }
    return texts[field ?? ''] ?? `${field} von ${who}`
  }
  const texts: Record<string, string> = {
    income: 'Ihr Einkommen',
    receives: 'welche Leistungen Sie schon bekommen',
    singleParent: 'ob Sie alleinerziehend sind',
    livesInHamm: 'ob Sie in Hamm wohnen',
    movedToHammRecently: 'ob Sie neu nach Hamm gezogen sind',
  }
  return texts[fact] ?? fact
}
