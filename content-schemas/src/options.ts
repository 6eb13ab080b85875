/**
 * Choice lists shared by the CMS (select fields) and the site (labels, filters).
 * The value is stored; the label is what editors and families read.
 */
export type Option<Value extends string = string> = { value: Value; label: string }

function valuesOf<const T extends readonly Option[]>(options: T) {
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

export function labelOf<Value extends string>(options: readonly Option<Value>[], value: Value): string {
  return options.find((option) => option.value === value)?.label ?? value
}
