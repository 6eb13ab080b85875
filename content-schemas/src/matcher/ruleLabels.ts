/**
 * The words editors see for each value a rule can ask for (the CMS's rule blocks and the rule read
 * as a sentence use the same). German: the admin is German. Free of zod, for the admin's browser code.
 */
export const activityLabels: Record<string, string> = {
  none: 'zu Hause betreut',
  kita: 'Kita',
  kindertagespflege: 'Kindertagespflege',
  grundschule: 'Grundschule',
  'weiterfuehrende-schule': 'weiterführende Schule',
  foerderschule: 'Förderschule',
  berufskolleg: 'Berufskolleg',
  ausbildung: 'Ausbildung',
  studium: 'Studium',
  freiwilligendienst: 'Freiwilligendienst',
  'job-seeking': 'sucht Ausbildung/Arbeit',
  working: 'arbeitet',
  unknown: 'unbekannt',
}
export const employmentLabels: Record<string, string> = {
  employed: 'angestellt',
  'self-employed': 'selbstständig',
  unemployed: 'arbeitslos',
  student: 'studiert',
  trainee: 'in Ausbildung',
  'parental-leave': 'in Elternzeit',
  homemaker: 'Haushalt und Familie',
  retired: 'in Rente',
  unknown: 'unbekannt',
}
export const residenceLabels: Record<string, string> = {
  german: 'deutsch',
  eu: 'EU-Bürger/in',
  'residence-permit': 'Aufenthaltserlaubnis',
  'recognised-refugee': 'anerkannter Flüchtling',
  'temporary-protection': 'vorübergehender Schutz',
  'asylum-seeker': 'im Asylverfahren',
  tolerated: 'Duldung',
  unknown: 'unbekannt',
}
export const incomeLabels: Record<string, string> = {
  none: 'kein Erwerbseinkommen',
  low: 'gering (reicht nicht ohne Hilfe)',
  middle: 'mittel (deckt den Bedarf)',
  high: 'hoch (über 100.000 € zu versteuern)',
  'very-high': 'sehr hoch (über 175.000 € zu versteuern)',
  unknown: 'unbekannt',
}
export const relationLabels: Record<string, string> = {
  own: 'leiblich',
  step: 'Stiefkind',
  foster: 'Pflegekind',
  adopted: 'adoptiert',
  grandchild: 'Enkelkind',
  'other-child': 'anderes Kind',
  parent: 'Elternteil',
  'step-parent': 'Stiefelternteil',
  grandparent: 'Großelternteil',
  'foster-parent': 'Pflegeelternteil',
  'other-adult': 'andere erwachsene Person',
}
export const maintenanceLabels: Record<string, string> = {
  full: 'voller Unterhalt',
  partial: 'teilweise Unterhalt',
  none: 'kein Unterhalt',
  'not-applicable': 'nicht nötig',
  unknown: 'unbekannt',
}

export const insuranceLabels: Record<string, string> = { statutory: 'gesetzlich', private: 'privat', unknown: 'unbekannt' }

/** The names of the rule blocks' list fields, as the admin shows them (and the sentence quotes them). */
export const ruleFieldLabels = {
  activities: 'macht gerade',
  relations: 'ist',
  maintenance: 'Unterhalt vom anderen Elternteil',
  employment: 'Tätigkeit',
  residence: 'Staatsangehörigkeit / Aufenthalt',
  insurance: 'Krankenversicherung',
} as const
