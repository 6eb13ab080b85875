import { reduceFieldsToValues } from 'payload/shared'

import type { Condition, Household, MatchableOffer, MatchResult } from '@familienrathaus/content-schemas'

type Fit = 'yes' | 'maybe' | 'no'
type TestFamilyInput = { name?: string | null; household?: string | null; expected?: Fit | null }

/** The finder's three results as editors read them (Testfamilien's expected result, publish refusals, the tried rule). */
export const fitLabels: Record<Fit, string> = { yes: 'passt', maybe: 'passt vielleicht', no: 'passt nicht' }
export type TriedFamily = { name: string; expected?: Fit; actual?: Fit; reasons: string[]; error?: string }

/**
 * The rule being written, tried on the Testfamilien as the finder would judge them with this offer
 * alone (the editor's preview; publishing checks them against the whole catalogue). Pure: the admin
 * component passes the parsing and evaluation it uses.
 */
export function tryRule({
  title,
  rules,
  families,
  parse,
  decode,
  evaluate,
}: {
  title: string
  rules: unknown
  families: TestFamilyInput[]
  parse: (rules: unknown) => { success: true; data: Condition[] } | { success: false }
  decode: (text: string) => Household | undefined
  evaluate: (input: { household: Household; offers: MatchableOffer[] }) => MatchResult
}): { problem?: string; results: TriedFamily[] } {
  const parsed = parse(rules)
  if (!parsed.success)
    return {
      problem: 'Die Regel ist noch unvollständig: Füllen Sie jede Bedingung und jede Gruppe aus, dann erscheint hier das Ergebnis.',
      results: [],
    }
  const offer: MatchableOffer = { slug: 'dieses-angebot', title: title || 'Dieses Angebot', rules: parsed.data }
  const results = families.map((family, index): TriedFamily => {
    const name = family.name?.trim() || `Testfamilie ${index + 1}`
    const household = decode(family.household ?? '')
    if (!household) return { name, reasons: [], error: 'Der Haushalt ist kein Link aus dem Finder und kein gültiges JSON.' }
    const match = evaluate({ household, offers: [offer] }).matches.find((m) => m.slug === offer.slug)
    return { name, ...(family.expected ? { expected: family.expected } : {}), actual: match?.fit ?? 'no', reasons: match?.reasons ?? [] }
  })
  return { results }
}

const ruleFormPaths = ['eligibility.rules', 'eligibility.testFamilies'] as const

/** Whether a form path belongs to what the rule box reads: the title, the rule blocks and the Testfamilien. */
export const readsRuleFormPath = (path: string) => path === 'title' || ruleFormPaths.some((prefix) => path.startsWith(prefix))

/**
 * The title, the rule blocks and the Testfamilien from the admin's form state. A blocks or array
 * field's own entry holds its row count, not data – Payload marks it disableFormData only sometimes
 * (not for an empty array in a form state the server has just rebuilt), so it is left out by its path.
 */
export function ruleFormValues(state: Record<string, { value?: unknown; disableFormData?: boolean }>): {
  title: string
  rules: unknown[]
  families: TestFamilyInput[]
} {
  const paths = Object.keys(state)
  // Any entry with entries below it (a blocks or array field, a nested group's conditions) is a row count.
  const holdsRows = (path: string) => paths.some((other) => other.startsWith(`${path}.`))
  const data = Object.fromEntries(
    Object.entries(state)
      .filter(
        ([path, field]) =>
          readsRuleFormPath(path) && !field.disableFormData && !(ruleFormPaths as readonly string[]).includes(path) && !holdsRows(path),
      )
      .map(([path, field]) => [path, { value: field.value, initialValue: field.value }]),
  )
  const values = reduceFieldsToValues(data, true) as { title?: unknown; eligibility?: { rules?: unknown; testFamilies?: unknown } }
  const list = (value: unknown) => (Array.isArray(value) ? value : [])
  return {
    title: typeof values.title === 'string' ? values.title : '',
    rules: list(values.eligibility?.rules),
    families: list(values.eligibility?.testFamilies) as TestFamilyInput[],
  }
}
