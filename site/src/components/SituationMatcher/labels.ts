import {
  activities,
  adultRelations,
  benefits,
  childRelations,
  employments,
  incomeBands,
  insurances,
  maintenances,
  residenceStatuses,
} from '@familienrathaus/content-schemas/matcher/values'
import { createContext } from 'react'

import { german, type FinderLanguage } from './languages/de.ts'

/** One answer of a choice: the stored value and what the family reads. "Weiß ich nicht" is added by the control. */
export type Option = readonly [value: string, label: string]

/** The answers of each question in the order they are offered; "unknown" is the control's "Weiß ich nicht". */
const known = <Value extends string>(values: readonly Value[]) => values.filter((value) => value !== 'unknown') as Exclude<Value, 'unknown'>[]
export const employmentValues = known(employments)
export const activityValues = known(activities)
export const residenceValues = known(residenceStatuses)
export const insuranceValues = known(insurances)
export const maintenanceValues = known(maintenances)
export const incomeValues = known(incomeBands)
export { adultRelations as adultRelationValues, benefits as benefitValues, childRelations as childRelationValues }
/** The benefits as the finder offers them: those most families with children receive first, then every other one. */
const commonBenefits = ['kindergeld', 'elterngeld', 'unterhaltsvorschuss', 'kinderzuschlag', 'wohngeld', 'buergergeld'] as const
export const benefitsOffered = [...commonBenefits, ...benefits.filter((benefit) => !(commonBenefits as readonly string[]).includes(benefit))]

/** The answers in their order, with the labels of the finder's language. */
export const labelled = <Value extends string>(values: readonly Value[], labels: Record<Value, string>): Option[] =>
  values.map((value) => [value, labels[value]] as const)

export const yesNo = ({ texts }: FinderLanguage): Option[] => [
  ['true', texts.fields.yes],
  ['false', texts.fields.no],
]

export const pflegegradOptions = ({ texts }: FinderLanguage): Option[] => [
  ['0', texts.options.noPflegegrad],
  ...[1, 2, 3, 4, 5].map((level) => [String(level), texts.options.pflegegrad(level)] as const),
]

/** The finder's language for every component below the island (German unless the page says otherwise). */
export const FinderLanguageContext = createContext<FinderLanguage>(german)
