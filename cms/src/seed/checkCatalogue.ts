/**
 * `npm run check-catalogue -w cms`: checks the seed catalogue without a database — every rule
 * tree is valid, every relation points at a seed document, every contract slug is present, and
 * every Testfamilie gets its expected result from the shared evaluation module.
 */
import {
  contractOfferSlugs,
  decodeHousehold,
  editorWordedRuleKeys,
  evaluateHousehold,
  matchableOffers,
  ruleTextMaxLength,
} from '@familienrathaus/content-schemas'

import type { Field } from 'payload'

import { Angebote } from '../collections/Angebote.ts'
import { angebote, erklaervideos, handlungsfelder, kontakte } from './data/index.ts'
import { publishChecklist } from '../lib/publishChecklist.ts'

/**
 * The text limits of the Angebote collection by field name, read from the collection itself (one
 * truth): a plain field, or a list whose rows hold one text (steps, documents).
 */
function textLimits(fields: Field[], limits = new Map<string, number>()): Map<string, number> {
  for (const field of fields) {
    if (field.type === 'tabs') for (const tab of field.tabs) textLimits(tab.fields, limits)
    else if ('fields' in field && field.type !== 'array') textLimits(field.fields, limits)
    else if (field.type === 'array' && field.fields.length === 1 && 'maxLength' in field.fields[0]! && field.fields[0]!.maxLength) {
      limits.set(field.name, field.fields[0]!.maxLength)
    } else if ('name' in field && 'maxLength' in field && typeof field.maxLength === 'number') limits.set(field.name, field.maxLength)
  }
  return limits
}
const angebotTextLimits = textLimits(Angebote.fields)

/** "Caldenhofer Weg 10", "Theodor-Heuss-Platz 12", "Heessener Straße 5a" */
const streetAddress =
  /(?<!\p{L})(?:\p{Lu}\p{Ll}+-)*(?:\p{Lu}\p{Ll}*(?:straße|weg|platz|allee|ring|gasse|markt|ufer|damm|wall)|\p{Lu}\p{Ll}+[ -](?:Straße|Weg|Platz|Allee|Ring|Gasse|Markt|Ufer|Damm|Wall)) \d+[a-z]?(?![\p{L}\d])/gu

export function checkCatalogue(): { problems: string[]; offers: number; contractSlugs: number; families: number } {
  const problems: string[] = []
  const slugs = (list: { slug: string }[]) => new Set(list.map((item) => item.slug))
  const known = { handlungsfelder: slugs(handlungsfelder), kontakte: slugs(kontakte), erklaervideos: slugs(erklaervideos) }

  const offers = matchableOffers(angebote, { invalid: (slug, issues) => problems.push(`${slug}: rules invalid: ${issues.join('; ')}`) })
  for (const angebot of angebote) {
    for (const [relation, set] of Object.entries(known)) {
      for (const slug of (angebot as unknown as Record<string, string[]>)[relation] ?? []) {
        if (!set.has(slug)) problems.push(`${angebot.slug}: unknown ${relation} "${slug}"`)
      }
    }
    for (const [name, limit] of angebotTextLimits) {
      const value = (angebot as unknown as Record<string, unknown>)[name]
      for (const text of Array.isArray(value) ? value : [value]) {
        if (typeof text === 'string' && text.length > limit)
          problems.push(`${angebot.slug}: ${name} longer than ${limit} characters (${text.length})`)
      }
    }
    // What a person publishing in the admin must provide, the seed provides too.
    const checklist = publishChecklist({
      ...angebot,
      steps: (angebot.steps ?? []).map((text) => ({ text })),
      documents: (angebot.documents ?? []).map((text) => ({ text })),
      eligibility: { testFamilies: angebot.testFamilies ?? [] },
    })
    for (const problem of checklist) problems.push(`${angebot.slug}: ${problem.path}: ${problem.message}`)
    // An address in an offer's text is the address of one of its contacts: one truth per place.
    const texts = [angebot.summary, ...angebot.body, ...(angebot.steps ?? []), angebot.provider, angebot.eligibilitySummary ?? ''].join(' ')
    const ownStreets = new Set(kontakte.filter((kontakt) => angebot.kontakte.includes(kontakt.slug)).map((kontakt) => kontakt.street))
    for (const [address] of texts.matchAll(streetAddress)) {
      if (!ownStreets.has(address)) problems.push(`${angebot.slug}: mentions the address "${address}", which none of its Kontakte has`)
    }
    JSON.stringify(angebot.rules ?? [], (key, value: unknown) => {
      if (editorWordedRuleKeys.includes(key) && typeof value === 'string' && value.length > ruleTextMaxLength) {
        problems.push(`${angebot.slug}: rule ${key} longer than ${ruleTextMaxLength} characters: "${value.slice(0, 60)}…"`)
      }
      return value
    })
  }

  // One offer per benefit, or chains would follow whichever comes first.
  const claimed = new Map<string, string>()
  for (const angebot of angebote) {
    if (!angebot.benefit) continue
    const other = claimed.get(angebot.benefit)
    if (other) problems.push(`${angebot.slug}: is the benefit ${angebot.benefit}, like ${other}`)
    claimed.set(angebot.benefit, angebot.slug)
  }

  const contractSlugs: readonly string[] = contractOfferSlugs
  const present = slugs(angebote)
  for (const slug of contractSlugs) if (!present.has(slug)) problems.push(`missing contract slug ${slug}`)

  let families = 0
  for (const angebot of angebote) {
    for (const family of angebot.testFamilies ?? []) {
      families++
      const household = decodeHousehold(JSON.stringify(family.household))
      if (!household) {
        problems.push(`${angebot.slug}: test family "${family.name}" is not a valid household`)
        continue
      }
      const match = evaluateHousehold({ household, offers, referenceDate: '2026-11-21' }).matches.find((m) => m.slug === angebot.slug)
      const actual = match?.fit ?? 'no'
      if (actual !== family.expected) {
        problems.push(
          `${angebot.slug}: test family "${family.name}" expected ${family.expected}, got ${actual}${match ? ` (${match.reasons.join(' ')})` : ''}`,
        )
      }
    }
  }

  return { problems, offers: angebote.length, contractSlugs: contractSlugs.length, families }
}

if (process.argv[1]?.endsWith('checkCatalogue.ts')) {
  const { problems, offers: count, contractSlugs, families } = checkCatalogue()
  console.log(`${count} Angebote, ${contractSlugs} contract slugs, ${families} test families checked`)
  for (const problem of problems) console.log(`PROBLEM ${problem}`)
  process.exit(problems.length > 0 ? 1 : 0)
}
