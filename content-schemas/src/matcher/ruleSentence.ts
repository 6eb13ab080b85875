import { germanPhrases } from './phrases/de.ts'
import {
  activityLabels,
  employmentLabels,
  incomeLabels,
  insuranceLabels,
  maintenanceLabels,
  relationLabels,
  residenceLabels,
  ruleFieldLabels,
} from './ruleLabels.ts'

/**
 * A rule as the editor wrote it, read as one plain German sentence („Passt, wenn ein Kind jünger als
 * 3 Jahre ist und der Haushalt alleinerziehend ist.“) – for the admin, live while the blocks change,
 * so it reads raw block data (a half-filled block too) without validating it.
 */
type Raw = Record<string, unknown>

const kind = (block: Raw) => String(block.blockType ?? '').replace(/Inner\d?$/, '')
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])
const number = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined)
/** The admin's „ja“/„nein“ (and true/false from code); anything else: not asked. */
const flag = (value: unknown) => (value === 'ja' || value === true ? true : value === 'nein' || value === false ? false : undefined)
const or = (values: string[], labels: Record<string, string>) => values.map((value) => labels[value] ?? value).join(' oder ')
const number_ = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 })
/** An age as editors mean it: a part-year below two in months („14 Monate“), else in years („1 Jahr“, „17,5 Jahre“). */
const ageWords = (value: number) => {
  if (value < 2 && !Number.isInteger(value)) {
    const months = Math.round(value * 12)
    return `${months} ${months === 1 ? 'Monat' : 'Monate'}`
  }
  return `${number_.format(value)} ${value === 1 ? 'Jahr' : 'Jahre'}`
}
/** „3 bis unter 12 Monate“, „6 Monate bis unter 3 Jahre“: the unit once where both ends share it. */
const ageSpan = (min: number, max: number) => {
  const [low, high] = [ageWords(min), ageWords(max)]
  // „1 bis unter 6 Jahre“: singular and plural are one unit.
  const unit = (words: string) => words.replace(/^[\d.,]+ /, '').replace(/e$/, '')
  return unit(low) === unit(high) ? `${low.split(' ')[0]} bis unter ${high}` : `${low} bis unter ${high}`
}

/** „… jünger als 3 Jahre ist“, „… 1 bis unter 6 Jahre alt ist“ (`is`: the verb in number). */
function agePredicate(block: Raw, is: string): string | undefined {
  const min = number(block.minAge)
  const max = number(block.maxAge)
  if (min !== undefined && max !== undefined) return `${ageSpan(min, max)} alt ${is}`
  if (max !== undefined) return `jünger als ${ageWords(max)} ${is}`
  if (min !== undefined) return `mindestens ${ageWords(min)} alt ${is}`
  return undefined
}

function personSentence(subject: string, plural: boolean, block: Raw, extra: string[] = []): string {
  const is = plural ? 'sind' : 'ist'
  const has = plural ? 'haben' : 'hat'
  const predicates: string[] = []
  const age = agePredicate(block, is)
  if (age) predicates.push(age)
  const cutoff = number(block.minAgeByCutoff)
  if (cutoff !== undefined) predicates.push(`bis zum 30. September des Kita-Jahres mindestens ${ageWords(cutoff)} alt ${is}`)
  predicates.push(...extra)
  // The lists as the admin names them, in brackets after the sentence: „(macht gerade: Kita oder Kindertagespflege)“.
  const qualifiers = (
    [
      ['activities', activityLabels],
      ['employment', employmentLabels],
      ['residence', residenceLabels],
      ['insurance', insuranceLabels],
      ['relations', relationLabels],
      ['maintenance', maintenanceLabels],
    ] as const
  ).flatMap(([key, labels]) => {
    const values = list(block[key])
    return values.length > 0 ? [`${ruleFieldLabels[key]}: ${or(values, labels)}`] : []
  })
  const disability = flag(block.disability)
  if (disability !== undefined) predicates.push(`${disability ? 'eine' : 'keine'} Behinderung ${has}`)
  const gdb = number(block.minGdb)
  if (gdb !== undefined) predicates.push(`einen GdB von mindestens ${gdb} ${has}`)
  const pflegegrad = number(block.minPflegegrad)
  if (pflegegrad !== undefined) predicates.push(`mindestens Pflegegrad ${pflegegrad} ${has}`)
  const studies = flag(block.startingStudies)
  if (studies !== undefined) predicates.push(`${studies ? 'bald' : 'nicht bald'} ein Studium ${plural ? 'beginnen' : 'beginnt'}`)
  if (block.includeMovedOut === true) predicates.push(`auch ausgezogen sein ${plural ? 'dürfen' : 'darf'}`)
  const said = `${subject} ${predicates.length > 0 ? predicates.join(' und ') : `im Haushalt ${plural ? 'leben' : 'lebt'}`}`
  return qualifiers.length > 0 ? `${said} (${qualifiers.join('; ')})` : said
}

const householdFacts: Record<string, { yes: string; no: string }> = {
  singleParent: { yes: 'der Haushalt alleinerziehend ist', no: 'der Haushalt nicht alleinerziehend ist' },
  livesInHamm: { yes: 'die Familie in Hamm wohnt', no: 'die Familie nicht in Hamm wohnt' },
  movedToHammRecently: {
    yes: 'die Familie in den letzten 12 Monaten nach Hamm gezogen ist',
    no: 'die Familie nicht in den letzten 12 Monaten nach Hamm gezogen ist',
  },
}

/** One condition (a block of the rule) as the part of a sentence after „wenn“. */
export function conditionSentence(block: Raw): string {
  switch (kind(block)) {
    case 'child': {
      const count = number(block.count) ?? 1
      return personSentence(count > 1 ? `mindestens ${count} Kinder` : 'ein Kind', count > 1, block)
    }
    case 'adult': {
      const extra: string[] = []
      const pregnant = flag(block.pregnant)
      const due = number(block.maxDueInWeeks)
      if (pregnant !== undefined)
        extra.push(
          `${pregnant ? 'schwanger' : 'nicht schwanger'} ist${pregnant && due !== undefined ? ` (Geburt in höchstens ${due} Wochen)` : ''}`,
        )
      const gaveBirth = flag(block.gaveBirth)
      if (gaveBirth !== undefined) extra.push(`das Baby ${gaveBirth ? '' : 'nicht '}geboren hat`)
      return personSentence('eine erwachsene Person', false, block, extra)
    }
    case 'member':
      return personSentence('jemand im Haushalt', false, block)
    case 'household': {
      const parts = Object.entries(householdFacts).flatMap(([key, words]) => {
        const value = flag(block[key])
        return value === undefined ? [] : [value ? words.yes : words.no]
      })
      return parts.length > 0 ? parts.join(' und ') : 'der Haushalt (noch nichts gewählt)'
    }
    case 'income': {
      const match = list(block.match)
      const borderline = list(block.borderline)
      return `das Einkommen ${match.length > 0 ? or(match, incomeLabels) : '(noch nicht gewählt)'} ist${
        borderline.length > 0 ? ` (vielleicht bei: ${or(borderline, incomeLabels)})` : ''
      }`
    }
    case 'receives': {
      const benefits = list(block.benefits)
      const names = benefits.map((benefit) => germanPhrases.benefits[benefit as keyof typeof germanPhrases.benefits] ?? benefit).join(' oder ')
      return `jemand im Haushalt ${names || '(noch keine Leistung gewählt)'} bekommt (oder bekommen kann)`
    }
    case 'proviso': {
      const text = typeof block.text === 'string' && block.text.trim() ? block.text.trim() : '(Umstand noch nicht beschrieben)'
      return `${text} (fragt der Finder nicht: höchstens „passt vielleicht“)`
    }
    case 'all':
    case 'any': {
      const parts = (Array.isArray(block.conditions) ? (block.conditions as Raw[]) : []).map(conditionSentence)
      if (parts.length === 0) return '(noch keine Bedingung in der Gruppe)'
      return parts.length === 1 ? parts[0]! : `(${parts.join(kind(block) === 'all' ? ' und ' : ' oder ')})`
    }
    case 'not': {
      const inner = Array.isArray(block.conditions) ? (block.conditions as Raw[])[0] : undefined
      // Brackets show how far „nicht“ reaches.
      return `nicht [${inner ? conditionSentence(inner) : 'noch keine Bedingung'}]`
    }
    default:
      return '(unbekannte Bedingung)'
  }
}

/** The whole rule (its blocks: all of them must hold) as one sentence. */
export function ruleSentence(blocks: unknown): string {
  const conditions = Array.isArray(blocks) ? (blocks as Raw[]).filter((block) => block && typeof block === 'object') : []
  if (conditions.length === 0) return 'Passt für alle Familien (keine Bedingung).'
  return `Passt, wenn ${conditions.map(conditionSentence).join(' und ')}.`
}
