/**
 * The values household v1 allows for each fact (contract/household-v1.schema.json), in the
 * order the finder offers them. Free of zod, so the finder in the browser can use them too.
 */
export const incomeBands = ['none', 'low', 'middle', 'high', 'very-high', 'unknown'] as const
export const benefits = [
  'buergergeld',
  'arbeitslosengeld',
  'sozialhilfe',
  'wohngeld',
  'kinderzuschlag',
  'asylbewerberleistungen',
  'elterngeld',
  'kindergeld',
  'unterhaltsvorschuss',
  'pflegegeld',
  'bafoeg',
  'berufsausbildungsbeihilfe',
] as const
export const adultRelations = ['parent', 'step-parent', 'grandparent', 'foster-parent', 'other-adult'] as const
export const childRelations = ['own', 'step', 'foster', 'adopted', 'grandchild', 'other-child'] as const
export const employments = [
  'employed',
  'self-employed',
  'unemployed',
  'student',
  'trainee',
  'parental-leave',
  'homemaker',
  'retired',
  'unknown',
] as const
export const activities = [
  'none',
  'kita',
  'kindertagespflege',
  'grundschule',
  'weiterfuehrende-schule',
  'foerderschule',
  'berufskolleg',
  'ausbildung',
  'studium',
  'freiwilligendienst',
  'job-seeking',
  'working',
  'unknown',
] as const
export const residenceStatuses = [
  'german',
  'eu',
  'residence-permit',
  'recognised-refugee',
  'temporary-protection',
  'asylum-seeker',
  'tolerated',
  'unknown',
] as const
export const insurances = ['statutory', 'private', 'unknown'] as const
export const maintenances = ['full', 'partial', 'none', 'not-applicable', 'unknown'] as const
