import type {
  Activity,
  AdultRelation,
  ChildRelation,
  Employment,
  IncomeBand,
  Insurance,
  Maintenance,
  ResidenceStatus,
} from '@familienrathaus/content-schemas'

/** One answer of a choice: the stored value and what the family reads. "Weiß ich nicht" is added by the control. */
export type Option = readonly [value: string, label: string]

type Labels<Value extends string> = readonly (readonly [Value, string])[]

export const adultRelationOptions: Labels<AdultRelation> = [
  ['parent', 'Mutter oder Vater'],
  ['step-parent', 'Stiefmutter oder Stiefvater'],
  ['grandparent', 'Großmutter oder Großvater'],
  ['foster-parent', 'Pflegemutter oder Pflegevater'],
  ['other-adult', 'Andere erwachsene Person'],
]

export const childRelationOptions: Labels<ChildRelation> = [
  ['own', 'Eigenes Kind'],
  ['step', 'Stiefkind'],
  ['foster', 'Pflegekind'],
  ['adopted', 'Adoptivkind'],
  ['grandchild', 'Enkelkind'],
  ['other-child', 'Anderes Kind'],
]

export const employmentOptions: Labels<Exclude<Employment, 'unknown'>> = [
  ['employed', 'Angestellt'],
  ['self-employed', 'Selbstständig'],
  ['unemployed', 'Arbeitslos oder arbeitsuchend'],
  ['student', 'Im Studium'],
  ['trainee', 'In Ausbildung'],
  ['parental-leave', 'In Elternzeit'],
  ['homemaker', 'Zu Hause für Haushalt und Familie'],
  ['retired', 'In Rente'],
]

export const activityOptions: Labels<Exclude<Activity, 'unknown'>> = [
  ['none', 'Zu Hause betreut'],
  ['kita', 'Kita'],
  ['kindertagespflege', 'Kindertagespflege (Tagesmutter, Tagesvater)'],
  ['grundschule', 'Grundschule'],
  ['weiterfuehrende-schule', 'Weiterführende Schule'],
  ['foerderschule', 'Förderschule'],
  ['berufskolleg', 'Berufskolleg'],
  ['ausbildung', 'Ausbildung'],
  ['studium', 'Studium'],
  ['freiwilligendienst', 'Freiwilligendienst'],
  ['job-seeking', 'Sucht Ausbildung oder Arbeit'],
  ['working', 'Arbeitet'],
]

export const residenceOptions: Labels<Exclude<ResidenceStatus, 'unknown'>> = [
  ['german', 'Deutsche Staatsangehörigkeit'],
  ['eu', 'Staatsangehörigkeit eines anderen EU-Landes'],
  ['residence-permit', 'Aufenthaltserlaubnis'],
  ['recognised-refugee', 'Als Flüchtling anerkannt'],
  ['temporary-protection', 'Vorübergehender Schutz (zum Beispiel aus der Ukraine)'],
  ['asylum-seeker', 'Im Asylverfahren'],
  ['tolerated', 'Duldung'],
]

export const insuranceOptions: Labels<Exclude<Insurance, 'unknown'>> = [
  ['statutory', 'Gesetzlich versichert'],
  ['private', 'Privat versichert'],
]

export const maintenanceOptions: Labels<Exclude<Maintenance, 'unknown'>> = [
  ['full', 'Ja, den vollen Unterhalt'],
  ['partial', 'Ja, aber nur einen Teil'],
  ['none', 'Nein, keinen Unterhalt'],
  ['not-applicable', 'Nicht nötig: beide Eltern leben bei uns'],
]

export const incomeOptions: Labels<Exclude<IncomeBand, 'unknown'>> = [
  ['none', 'Wir haben kein Einkommen aus Arbeit'],
  ['low', 'Wir verdienen Geld, aber es reicht nicht ganz für die Familie'],
  ['middle', 'Unser Einkommen reicht für die Familie'],
  ['high', 'Mehr als 100.000 Euro zu versteuerndes Einkommen im Jahr'],
  ['very-high', 'Mehr als 175.000 Euro zu versteuerndes Einkommen im Jahr'],
]

export const pflegegradOptions: readonly Option[] = [
  ['0', 'Kein Pflegegrad'],
  ['1', 'Pflegegrad 1'],
  ['2', 'Pflegegrad 2'],
  ['3', 'Pflegegrad 3'],
  ['4', 'Pflegegrad 4'],
  ['5', 'Pflegegrad 5'],
]

export const yesNoOptions: readonly Option[] = [
  ['true', 'Ja'],
  ['false', 'Nein'],
]
