/**
 * Choice lists shared by the CMS (select fields) and the site (labels, filters).
 * The value is stored; the label is what editors and families read.
 */
export type Option<Value extends string = string> = { value: Value; label: string }

export function valuesOf<const T extends readonly Option[]>(options: T) {
  return options.map((option) => option.value) as unknown as [T[number]['value'], ...T[number]['value'][]]
}

export const angebotKindOptions = [
  { value: 'geldleistung', label: 'Geldleistung' },
  { value: 'betreuung', label: 'Betreuung' },
  { value: 'beratung', label: 'Beratung' },
  { value: 'bildung', label: 'Bildung' },
  { value: 'freizeit', label: 'Freizeit' },
  { value: 'gesundheit', label: 'Gesundheit' },
  { value: 'service', label: 'Service' },
] as const satisfies readonly Option[]
export const angebotKinds = valuesOf(angebotKindOptions)
export type AngebotKind = (typeof angebotKinds)[number]

/** A deadline counted from a birth (an Angebot's „Fristen ab der Geburt“, for calendar reminders). */
export const reminderKindOptions = [
  { value: 'until', label: 'bis spätestens (Frist)' },
  { value: 'from', label: 'ab (frühestens möglich)' },
] as const satisfies readonly Option<string>[]
export const reminderKinds = valuesOf(reminderKindOptions)
export const reminderUnitOptions = [
  { value: 'weeks', label: 'Wochen' },
  { value: 'months', label: 'Monaten' },
] as const satisfies readonly Option<string>[]
export const reminderUnits = valuesOf(reminderUnitOptions)
/** Up to 52 before and 104 after a birth, counted in the row's unit (weeks or months). */
export const reminderOffsetLimits = { min: -52, max: 104 } as const

/** How the finder ranks a fitting offer: „Das sollten Sie zuerst tun“ leads with the important ones. */
export const offerImportanceOptions = [
  { value: 'high', label: 'Zuerst tun: wichtig für die Familie (viel Geld, eine Frist oder die Tür zu weiteren Hilfen)' },
  { value: 'normal', label: 'Normal' },
] as const satisfies readonly Option[]
export const offerImportances = valuesOf(offerImportanceOptions)
export type OfferImportance = (typeof offerImportances)[number]

export const meilensteinStatusOptions = [
  { value: 'erreicht', label: 'erreicht' },
  { value: 'in-arbeit', label: 'in Arbeit' },
  { value: 'geplant', label: 'geplant' },
] as const satisfies readonly Option[]
export const meilensteinStatuses = valuesOf(meilensteinStatusOptions)
export type MeilensteinStatus = (typeof meilensteinStatuses)[number]

export const kontaktKindOptions = [
  { value: 'dienststelle', label: 'Dienststelle' },
  { value: 'beratungsstelle', label: 'Beratungsstelle' },
  { value: 'traeger', label: 'Träger' },
  { value: 'einrichtung', label: 'Einrichtung' },
] as const satisfies readonly Option[]
export const kontaktKinds = valuesOf(kontaktKindOptions)
export type KontaktKind = (typeof kontaktKinds)[number]

export const userRoleOptions = [
  { value: 'administration', label: 'Administration' },
  { value: 'redaktion', label: 'Redaktion' },
  { value: 'freigabe', label: 'Freigabe' },
] as const satisfies readonly Option[]
export const userRoles = valuesOf(userRoleOptions)
export type UserRole = (typeof userRoles)[number]

/** The labels of a choice list by value (German: the site's dictionary takes them from here). */
export function labelsOf<const T extends readonly Option[]>(options: T): Record<T[number]['value'], string> {
  return Object.fromEntries(options.map((option) => [option.value, option.label])) as Record<T[number]['value'], string>
}

export function labelOf<Value extends string>(options: readonly Option<Value>[], value: Value): string {
  return options.find((option) => option.value === value)?.label ?? value
}

/** Life situations: the Angebote's target groups, the site's "Lebenslagen" pages and filters. */
export const lebenslageOptions = [
  { value: 'schwangerschaft-geburt', label: 'Schwangerschaft und Geburt' },
  { value: 'kleinkind', label: 'Kleinkind' },
  { value: 'schulkind', label: 'Schulkind' },
  { value: 'jugendliche-beruf', label: 'Jugendliche und Beruf' },
  { value: 'alleinerziehend', label: 'Alleinerziehend' },
  { value: 'wenig-geld', label: 'Familie mit wenig Geld' },
  { value: 'behinderung-pflege', label: 'Familie mit Behinderung oder Pflege' },
  { value: 'neu-in-hamm', label: 'Neu in Hamm' },
] as const satisfies readonly Option[]
export const lebenslagen = valuesOf(lebenslageOptions)
export type Lebenslage = (typeof lebenslagen)[number]

export const weekdayOptions = [
  { value: 'mo', label: 'Montag' },
  { value: 'di', label: 'Dienstag' },
  { value: 'mi', label: 'Mittwoch' },
  { value: 'do', label: 'Donnerstag' },
  { value: 'fr', label: 'Freitag' },
  { value: 'sa', label: 'Samstag' },
  { value: 'so', label: 'Sonntag' },
] as const satisfies readonly Option[]
export const weekdays = valuesOf(weekdayOptions)
export type Weekday = (typeof weekdays)[number]

/** Languages a contact point can advise in (ISO 639-1, plus German Sign Language). */
export const spokenLanguageOptions = [
  { value: 'de', label: 'Deutsch' },
  { value: 'en', label: 'Englisch' },
  { value: 'tr', label: 'Türkisch' },
  { value: 'ar', label: 'Arabisch' },
  { value: 'uk', label: 'Ukrainisch' },
  { value: 'ru', label: 'Russisch' },
  { value: 'pl', label: 'Polnisch' },
  { value: 'ro', label: 'Rumänisch' },
  { value: 'bg', label: 'Bulgarisch' },
  { value: 'fa', label: 'Persisch (Farsi)' },
  { value: 'ku', label: 'Kurdisch' },
  { value: 'fr', label: 'Französisch' },
  { value: 'es', label: 'Spanisch' },
  { value: 'it', label: 'Italienisch' },
  { value: 'sq', label: 'Albanisch' },
  { value: 'dgs', label: 'Deutsche Gebärdensprache' },
] as const satisfies readonly Option[]
export const spokenLanguages = valuesOf(spokenLanguageOptions)
export type SpokenLanguage = (typeof spokenLanguages)[number]

export const reviewStateOptions = [
  { value: 'in-bearbeitung', label: 'In Bearbeitung' },
  { value: 'zur-freigabe', label: 'Zur Freigabe eingereicht' },
  { value: 'freigegeben', label: 'Freigegeben' },
] as const satisfies readonly Option[]
export const reviewStates = valuesOf(reviewStateOptions)
export type ReviewState = (typeof reviewStates)[number]

/** The content languages: German is complete, the others are filled per field and fall back to German. */
export const localeOptions = [
  { value: 'de', label: 'Deutsch', rtl: false },
  { value: 'en', label: 'English', rtl: false },
  { value: 'tr', label: 'Türkçe', rtl: false },
  { value: 'ar', label: 'العربية', rtl: true },
  { value: 'uk', label: 'Українська', rtl: false },
] as const
export type LocaleCode = (typeof localeOptions)[number]['value']
export const defaultLocale: LocaleCode = 'de'

/** The matcher groups its results by topic; each kind of offer belongs to one. */
export const topicOptions = [
  { value: 'geld', label: 'Geld' },
  { value: 'betreuung-schule', label: 'Betreuung und Schule' },
  { value: 'beratung-hilfe', label: 'Beratung und Hilfe' },
  { value: 'gesundheit', label: 'Gesundheit' },
  { value: 'freizeit', label: 'Freizeit' },
] as const satisfies readonly Option[]
export type Topic = (typeof topicOptions)[number]['value']
export const topicOfKind: Record<AngebotKind, Topic> = {
  geldleistung: 'geld',
  betreuung: 'betreuung-schule',
  bildung: 'betreuung-schule',
  beratung: 'beratung-hilfe',
  service: 'beratung-hilfe',
  gesundheit: 'gesundheit',
  freizeit: 'freizeit',
}

/** What a money offer pays, as editors choose it (content-schemas/src/matcher/amounts.ts says what each means). */
export const amountKindOptions = [
  { value: 'fixed', label: 'Fester Betrag' },
  { value: 'perChild', label: 'Pro Kind (nach Alter)' },
  { value: 'range', label: 'Von … bis …' },
  { value: 'computed', label: 'Wird aus den Angaben der Familie berechnet' },
] as const satisfies readonly Option[]
export const amountPeriodOptions = [
  { value: 'month', label: 'im Monat' },
  { value: 'year', label: 'im Jahr' },
  { value: 'once', label: 'einmalig' },
] as const satisfies readonly Option[]
export const amountCalculatorOptions = [
  { value: 'grundsicherung', label: 'Grundsicherungsgeld (SGB II)' },
  { value: 'wohngeld', label: 'Wohngeld (§ 19 WoGG)' },
  { value: 'kinderzuschlag', label: 'Kinderzuschlag (§ 6a BKGG)' },
] as const satisfies readonly Option[]
