import type { Field, PayloadRequest } from 'payload'

import { ValidationError } from 'payload'

/** A field's problem; `label` where the field is not in the collection's config (e.g. the password). */
export type FieldProblem = { path: string; message: string; label?: string }

/** The label an editor sees for a field path such as `eligibility.testFamilies` (the path when there is none). */
export function fieldLabel(fields: Field[], path: string): string {
  const [name, ...rest] = path.split('.').filter((step) => !/^\d+$/.test(step))
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name === name) return rest.length ? fieldLabel(tab.fields, rest.join('.')) : String(tab.label ?? tab.name)
        if (!('name' in tab && tab.name)) {
          const inner = fieldLabel(tab.fields, path)
          if (inner !== path) return inner
        }
      }
      continue
    }
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      const inner = fieldLabel(field.fields, path)
      if (inner !== path) return inner
      continue
    }
    if ('name' in field && field.name === name) {
      if (rest.length && 'fields' in field && Array.isArray(field.fields)) return fieldLabel(field.fields, rest.join('.'))
      const label = 'label' in field ? field.label : undefined
      return typeof label === 'string' ? label : ((label as Record<string, string> | undefined)?.de ?? name!)
    }
  }
  return path
}

/**
 * Refuses a save with the reason per field. The message itself names each field and its reason in
 * German: the admin shows it as the notice of a failed save, also of an autosaved draft, whose
 * field markers it does not show.
 */
export function refuseFields({
  collection,
  fields,
  problems,
  req,
}: {
  collection: string
  fields: Field[]
  problems: FieldProblem[]
  req: PayloadRequest
}): never {
  const labelled = problems.map((problem) => ({ ...problem, label: problem.label ?? fieldLabel(fields, problem.path) }))
  const error = new ValidationError({ collection, errors: labelled, req }, req.t)
  error.message = `Nicht gespeichert. ${labelled.map((problem) => `${problem.label}: ${problem.message}`).join(' ')}`
  throw error
}
