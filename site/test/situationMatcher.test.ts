import { householdSchema, type Household } from '@familienrathaus/content-schemas'
import { evaluateHousehold } from '@familienrathaus/content-schemas/matcher/evaluate'
import { ESLint } from 'eslint'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import path from 'node:path'

import SituationMatcher from '../src/components/SituationMatcher/SituationMatcher.tsx'
import {
  exampleOffers,
  exampleProps,
  exampleReferenceDate,
  situationMatcherExamples,
} from '../src/components/SituationMatcher/SituationMatcher.examples.ts'
import { careOrDisabilityOf } from '../src/components/SituationMatcher/HouseholdFacts.tsx'
import {
  giveUnanswered,
  isHousehold,
  judgedHousehold,
  readHousehold,
  sharedAnswer,
  takeBack,
  type GivenForAll,
  type HouseholdWideAnswer,
} from '../src/components/SituationMatcher/household.ts'
import { benefitsOffered } from '../src/components/SituationMatcher/labels.ts'
import { benefits } from '@familienrathaus/content-schemas/matcher/values'
import { OfferTitle, partLang } from '../src/components/SituationMatcher/Results.tsx'
import { arabic } from '../src/components/SituationMatcher/languages/ar.ts'
import { german } from '../src/components/SituationMatcher/languages/de.ts'
import { english } from '../src/components/SituationMatcher/languages/en.ts'
import { turkish } from '../src/components/SituationMatcher/languages/tr.ts'
import { ukrainian } from '../src/components/SituationMatcher/languages/uk.ts'
import type { Content } from '../src/lib/content.ts'
import { dictionaries } from '../src/i18n/index.ts'
import { buildMatcherCatalogue, compactRules, lebenslagenOf, matcherTopics } from '../src/lib/matcherCatalogue.ts'

const render = (example: (typeof situationMatcherExamples)[number]) => renderToString(createElement(SituationMatcher, exampleProps(example)))
const byName = (name: string) => situationMatcherExamples.find((example) => example.name === name)!
const decode = (html: string) =>
  html
    .replace(/<!-- -->/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')

/** slug → "yes" | "maybe" for every result card in the markup. */
function resultsOf(html: string): Record<string, string> {
  const results: Record<string, string> = {}
  for (const [, fit, slug] of html.matchAll(
    /<li class="fp-matcher__result fp-matcher__result--(yes|maybe)"><h4><a href="\/angebote\/([^/]+)\/"/g,
  )) {
    results[slug!] = fit!
  }
  return results
}

describe.each(situationMatcherExamples)('the island rendered for "$name"', (example) => {
  const html = render(example)

  it('labels every control', () => {
    const inputs = [...html.matchAll(/<(input|select)\b[^>]*>/g)].map(([tag]) => tag)
    const ids = new Set([...html.matchAll(/<label[^>]* for="([^"]+)"/g)].map(([, id]) => id))
    const wrapped = inputs.filter((tag) => /type="(radio|checkbox)"/.test(tag))
    for (const tag of inputs.filter((tag) => !wrapped.includes(tag))) {
      expect(ids, tag).toContain(/ id="([^"]+)"/.exec(tag)?.[1])
    }
    // Radio buttons and checkboxes sit inside their label.
    expect([...html.matchAll(/<label class="fp-matcher__choice"><input type="(radio|checkbox)"/g)]).toHaveLength(wrapped.length)
    expect(html).not.toMatch(/<button[^>]*>\s*<\/button>/)
  })

  it('gives every fieldset a legend first, and every id once', () => {
    const fieldsets = html.match(/<fieldset\b/g)?.length ?? 0
    expect(html.match(/<fieldset\b[^>]*><legend>/g)?.length ?? 0).toBe(fieldsets)
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const [, reference] of html.matchAll(/aria-(?:describedby|labelledby)="([^"]+)"/g)) {
      for (const id of reference!.split(' ')) expect(ids).toContain(id)
    }
  })

  it('has a polite live region for the count, and renders the controls in place (no shift when they start to work)', () => {
    // Attribute order is the renderer's; what counts is one element with both.
    expect(html).toMatch(/<p (?=[^>]*\baria-live="polite")(?=[^>]*\bclass="fp-visually-hidden")[^>]*>/)
    expect(html).toMatch(/<div class="fp-matcher__app">/)
  })

  it('lists the expected offers with their fit', () => {
    const results = resultsOf(html)
    for (const slug of example.expected.yes) expect(results[slug], slug).toBe('yes')
    for (const slug of example.expected.maybe) expect(results[slug], slug).toBe('maybe')
    for (const slug of example.expected.absent) expect(results[slug], slug).toBeUndefined()
  })

  it('shows exactly what the shared engine finds', () => {
    const expected = example.household
      ? evaluateHousehold({ household: example.household, offers: exampleOffers, referenceDate: exampleReferenceDate }).matches
      : []
    expect(Object.keys(resultsOf(html)).sort()).toEqual(expected.map((match) => match.slug).sort())
  })
})

describe('what the examples show', () => {
  it('invites the family to start when nobody is in the picture', () => {
    const html = render(byName('empty'))
    expect(html).toContain('Noch ist niemand im Bild')
    expect(html).toContain('Sobald Sie eine Person hinzufügen')
    expect(html).not.toContain('Beratungszettel</h2>')
  })

  it('draws the baby and explains why, with next step, contact, video and a time hint', () => {
    const html = decode(render(byName('family-with-baby')))
    expect(html).toContain('Lina, 4 Monate')
    expect(html).toContain('Lina ist 4 Monate alt.')
    expect(html).toContain('Nächster Schritt:</strong> Antrag nach der Geburt bei der Elterngeldstelle stellen.')
    expect(html).toContain('<a href="/kontakte/familienrathaus/">Familienrathaus Hamm</a>')
    expect(html).toContain('Das Familienrathaus in zwei Minuten')
    expect(html).toContain('In 8 Monaten: <a href="/angebote/kita-platz/">Kita-Platz</a> passt dann – Lina ist 1 Jahr alt.')
    expect(html).toMatch(/<h3 id="fpm-thema-geld">Geld/)
  })

  it('names what is missing for a single parent who left questions open, and the chains', () => {
    const html = decode(render(byName('single-parent-with-unknowns')))
    expect(html).toContain('Es fehlt noch:</strong> ob für Mia Unterhalt gezahlt wird.')
    expect(html).toContain('Passt vielleicht')
    expect(html).toMatch(/Öffnet auch:<\/strong> <a href="\/angebote\/bildung-und-teilhabe\/">/)
  })

  it('shows a pregnancy on the adult and the offers around the birth', () => {
    const html = decode(render(byName('pregnancy')))
    expect(html).toContain('Erwachsene Person 1, 27 Jahre, schwanger')
    expect(html).toContain('fp-matcher__belly')
    // The baby on the way is a figure of its own, with who expects it and the due date.
    expect(html).toContain('Erwartetes Baby, erwartet von „Erwachsene Person 1“, Termin 10.08.2026')
    expect(html).toContain('Sie erwarten ein Baby – es ist im Bild.')
    // What starts with the birth is a result to prepare, not only a hint.
    const prepare = html.slice(html.indexOf('Ab der Geburt – schon jetzt vorbereiten'))
    expect(prepare).toMatch(
      /fp-matcher__result--at-birth"><h4><a href="\/angebote\/kindergeld\/">Kindergeld<\/a><\/h4><p class="fp-matcher__fit">Passt ab der Geburt<\/p>/,
    )
    expect(html).not.toMatch(/<li>In \d+ Monaten: <a href="\/angebote\/kindergeld\/"/)
  })

  it('asks who gave birth while a baby is in the household, and shows offers that hang on unasked circumstances apart', () => {
    const html = decode(render(byName('newborn')))
    expect(html).toContain('Hat die Person das Baby geboren?')
    expect(decode(render(byName('pregnancy')))).not.toContain('das Baby geboren?')
    const apart = html.slice(html.indexOf('Kann auch passen – je nach Umständen'))
    expect(apart).toContain('href="/angebote/waisenrente/"')
    expect(apart).toContain('Das kann passen, wenn ein Elternteil Ihres Kindes gestorben ist.')
    expect(html.indexOf('href="/angebote/waisenrente/"')).toBeGreaterThan(html.indexOf('href="/angebote/kinderzuschlag/"'))
  })

  it('asks once for the whole household whether anyone has a disability or care grade, and reads the answer from the people', () => {
    expect(decode(render(byName('newborn')))).toContain(
      'Hat jemand in Ihrem Haushalt eine Behinderung, eine Entwicklungsverzögerung (auch vermutet) oder einen Pflegegrad?',
    )
    expect(
      careOrDisabilityOf([
        { role: 'adult', age: 30 },
        { role: 'child', age: 2, disability: false, pflegegrad: 0 },
      ]),
    ).toBeUndefined()
    expect(
      careOrDisabilityOf([
        { role: 'adult', age: 30, disability: false, pflegegrad: 0 },
        { role: 'child', age: 2, disability: false, pflegegrad: 0 },
      ]),
    ).toBe(false)
    expect(
      careOrDisabilityOf([
        { role: 'adult', age: 30 },
        { role: 'child', age: 2, pflegegrad: 3 },
      ]),
    ).toBe(true)
  })

  it('asks the adults’ residence once for the household: it answers only the unanswered, is taken back only where unchanged, and reads the people', () => {
    expect(decode(render(byName('newborn')))).toContain('Welche Staatsangehörigkeit oder welchen Aufenthaltsstatus haben die Erwachsenen?')
    const given: GivenForAll = new Map()
    const german: HouseholdWideAnswer = { answers: { residenceStatus: 'german' }, roles: ['adult'] }
    const people = [
      { id: 'p1', role: 'adult' as const, age: 30 },
      { id: 'p2', role: 'adult' as const, age: 31, residenceStatus: 'eu' as const },
      { id: 'p3', role: 'child' as const, age: 2 },
    ]
    const answered = people.map((member) => giveUnanswered(member, german, given))
    // The family's own answer stays; children are not asked this.
    expect(answered.map((member) => member.residenceStatus)).toEqual(['german', 'eu', undefined])
    expect(sharedAnswer(answered, 'adult', 'residenceStatus')).toBeUndefined()
    // The first adult changes it by hand: a changed household answer leaves that alone.
    const changed = [{ ...answered[0]!, residenceStatus: 'residence-permit' as const }, answered[1]!, answered[2]!]
    expect(changed.map((member) => takeBack(member, german, given).residenceStatus)).toEqual(['residence-permit', 'eu', undefined])
    // Unchanged, it is taken back; given again, it is there again.
    const back = answered.map((member) => takeBack(member, german, given))
    expect(back.map((member) => member.residenceStatus)).toEqual([undefined, 'eu', undefined])
    expect(sharedAnswer([answered[0]!, { ...answered[1]!, residenceStatus: 'german' }], 'adult', 'residenceStatus')).toBe('german')
    expect(sharedAnswer([{ id: 'p3', role: 'child', age: 2 }], 'adult', 'residenceStatus')).toBeUndefined()
  })

  it('says what a money offer brings the family and what the offers that fit add up to, with who decides (issue 15)', () => {
    const html = decode(render(byName('family-with-baby')))
    expect(html).toContain('<strong>Für Ihre Familie:</strong> etwa 259\u00a0€ im Monat')
    // Estimated one by one and said so: some benefits count against others.
    expect(html).toContain(
      '<strong>Einzeln geschätzt, zusammen: 559\u00a0€ bis 2.059\u00a0€ im Monat, 6.708\u00a0€ bis 24.708\u00a0€ im Jahr.</strong>',
    )
    expect(html).toContain('wie viel Sie bekommen, entscheiden die zuständigen Stellen')
    // The Beratungszettel carries the estimate too.
    const sheet = html.slice(html.search(/<section [^>]*\bclass="fp-matcher__sheet"/))
    expect(sheet).toMatch(/Kindergeld<\/strong> – Passt\. Für Ihre Familie: etwa 259\u00a0€ im Monat\./)
  })

  it('offers every benefit once, those most families receive first', () => {
    expect([...benefitsOffered].sort()).toEqual([...benefits].sort())
    expect(benefitsOffered[0]).toBe('kindergeld')
  })

  it('prints a Beratungszettel with offers, documents and contacts only', () => {
    const html = decode(render(byName('family-with-baby')))
    const sheet = html.slice(html.search(/<section [^>]*\bclass="fp-matcher__sheet"/))
    expect(sheet).toContain('Beratungszettel')
    expect(sheet).toContain('Stand: 01.06.2026')
    expect(sheet).toContain('Geburtsurkunde')
    expect(sheet).toContain('Familienrathaus Hamm, Telefon 02381 17-0')
  })
})

describe('the renderer', () => {
  it('is Preact, as on the site: the tests run through Astro’s Vite config, where react is Preact’s compatibility layer', async () => {
    const compat = await import('preact/compat')
    expect(createElement).toBe(compat.createElement)
  })
})

describe('reading a household from a link or the browser storage', () => {
  const valid: Household[] = situationMatcherExamples.flatMap((example) => (example.household ? [example.household] : []))

  it('accepts the examples and gives each person an id, judged today', () => {
    for (const household of valid) {
      const read = readHousehold({ ...household, referenceDate: '2025-01-31' }, '2026-06-01')
      expect(read?.members.map((member) => member.id)).toEqual(household.members.map((_, index) => `p${index + 1}`))
      expect(read).not.toHaveProperty('referenceDate')
    }
  })

  it('turns a pregnant adult (household v1) into an expected baby of that adult, and keeps an explicit "Nein"', () => {
    const read = readHousehold(
      {
        version: 1,
        members: [
          { id: 'x', role: 'adult', age: 30, pregnant: false },
          { id: 'y', role: 'adult', age: 28, pregnant: true, dueInWeeks: 2 },
        ],
      },
      '2026-06-01',
    )
    expect(read?.expected).toEqual([{ id: 'e1', mother: 'p2', dueDate: '2026-06-15' }])
    expect(read?.members).toEqual([
      { id: 'p1', role: 'adult', age: 30, pregnant: false },
      { id: 'p2', role: 'adult', age: 28 },
    ])
    // And back: the household the engine judges is the one the link described.
    expect(judgedHousehold(read!, '2026-06-01')?.members).toEqual([
      { id: 'p1', role: 'adult', age: 30, pregnant: false },
      { id: 'p2', role: 'adult', age: 28, pregnant: true, dueInWeeks: 2 },
    ])
  })

  it('keeps a stored draft: open ages, expected babies (their mothers follow the new ids) and "nobody expects a baby"', () => {
    const read = readHousehold(
      { version: 1, expecting: false, members: [{ id: 'a', role: 'child' }], expected: [{ id: 'z', mother: 'gone' }] },
      '2026-06-01',
    )
    expect(read).toEqual({ version: 1, expecting: false, members: [{ id: 'p1', role: 'child' }], expected: [{ id: 'e1' }] })
    expect(readHousehold({ version: 1, members: [{ role: 'child' }], expected: [{ mother: 'p1' }] }, '2026-06-01')).toBeUndefined()
  })

  it('judges a household only when every age and every expected baby’s mother is known; nothing is assumed', () => {
    const today = '2026-06-01'
    const adults = [
      { id: 'p1', role: 'adult' as const, age: 30 },
      { id: 'p2', role: 'adult' as const, age: 31 },
    ]
    expect(judgedHousehold({ version: 1, members: [...adults, { id: 'p3', role: 'child' }] }, today)).toBeUndefined()
    expect(judgedHousehold({ version: 1, members: adults, expected: [{ id: 'e1' }] }, today)).toBeUndefined()
    // Nobody said anything about a baby: the adults' pregnancy stays unanswered.
    expect(judgedHousehold({ version: 1, members: adults }, today)?.members).toEqual(adults)
    // "Nein" for the household: nobody is pregnant.
    expect(judgedHousehold({ version: 1, expecting: false, members: adults }, today)?.members.map((member) => member.pregnant)).toEqual([
      false,
      false,
    ])
    // The expected baby of the second adult, due in 10 weeks: she is pregnant, the other adult is not (the family drew the pregnancy).
    const judged = judgedHousehold({ version: 1, members: adults, expected: [{ id: 'e1', mother: 'p2', dueDate: '2026-08-10' }] }, today)
    expect(judged?.members).toEqual([
      { ...adults[0], pregnant: false },
      { ...adults[1], pregnant: true, dueInWeeks: 10 },
    ])
    expect(judged).not.toHaveProperty('expected')
    expect(householdSchema.safeParse(judged).success).toBe(true)
  })

  it('agrees with the zod schema of household v1 on valid and broken documents', () => {
    const base = valid[1]!
    const broken: unknown[] = [
      null,
      [],
      'familie',
      { ...base, version: 2 },
      { ...base, members: [] },
      { ...base, members: Array.from({ length: 21 }, () => ({ role: 'adult', age: 30 })) },
      { ...base, extra: true },
      { ...base, income: 'rich' },
      { ...base, receives: ['kindergeld', 'kindergeld'] },
      { ...base, receives: ['toString'] },
      { ...base, referenceDate: '2026-02-30' },
      { ...base, members: [{ role: 'adult' }] },
      { ...base, members: [{ role: 'adult', age: 121 }] },
      { ...base, members: [{ role: 'adult', age: 30, gdb: 50.5 }] },
      { ...base, members: [{ role: 'adult', age: 30, pflegegrad: 6 }] },
      { ...base, members: [{ role: 'adult', age: 30, name: 'x'.repeat(41) }] },
      { ...base, members: [{ role: 'pet', age: 3 }] },
      { ...base, members: [{ role: 'child', age: 3, activity: 'zoo' }] },
      { ...base, members: [{ role: 'child', age: 3, constructor: 1 }] },
      { ...base, members: [{ role: 'adult', age: 30, dueInWeeks: 43 }] },
      { ...base, singleParent: 'ja' },
    ]
    for (const value of [...valid, ...broken]) {
      expect(isHousehold(value), JSON.stringify(value)).toBe(householdSchema.safeParse(value).success)
    }
  })

  it('agrees with the zod schema on random households (property test)', () => {
    let seed = 42
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
    const values = [
      undefined,
      true,
      false,
      0,
      1,
      5,
      17.5,
      42,
      101,
      -1,
      '',
      'unknown',
      'own',
      'foster',
      'kita',
      'employed',
      'eu',
      'private',
      'none',
      'full',
      'low',
    ]
    const memberKeys = [
      'name',
      'relation',
      'livesInHousehold',
      'employment',
      'pregnant',
      'dueInWeeks',
      'activity',
      'startingStudies',
      'disability',
      'gdb',
      'pflegegrad',
      'residenceStatus',
      'healthInsurance',
      'maintenance',
      'sharedCare',
    ]
    for (let run = 0; run < 500; run++) {
      const members = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const member: Record<string, unknown> = { role: pick(['adult', 'child']), age: pick([0, 0.25, 3, 30, 120]) }
        for (const key of memberKeys) if (random() < 0.3) member[key] = pick(values)
        for (const key of Object.keys(member)) if (member[key] === undefined) delete member[key]
        return member
      })
      const household: Record<string, unknown> = { version: 1, members }
      if (random() < 0.3) household.income = pick(['none', 'low', 'middle', 'high', 'very-high', 'unknown', 'lots'])
      if (random() < 0.3) household.singleParent = pick([true, false, 'yes'])
      if (random() < 0.3) household.receives = pick([[], ['wohngeld'], ['wohngeld', 'bafoeg'], ['geld']])
      expect(isHousehold(household), JSON.stringify(household)).toBe(householdSchema.safeParse(household).success)
    }
  })
})

describe('the island stays in the browser', () => {
  // The rules live in site/eslint.config.js, scoped to the island's folder; here they run over it.
  const site = path.resolve(import.meta.dirname, '..')
  const island = 'src/components/SituationMatcher'
  const eslint = new ESLint({ cwd: site })

  it('passes its lint rules: no fetch, XHR, beacon, socket, no dynamic import but its languages, run-time imports only of React, its own files and the zod-free engine', async () => {
    const results = await eslint.lintFiles([island])
    expect(results.map((result) => path.relative(path.join(site, island), result.filePath))).toContain(path.join('languages', 'en.ts'))
    const findings = results.flatMap((result) =>
      result.messages.map((message) => `${path.relative(site, result.filePath)}:${message.line} ${message.ruleId}: ${message.message}`),
    )
    expect(findings).toEqual([])
  })

  it('the rules catch a network call, a foreign dynamic import and zod at run time', async () => {
    const source = [
      "import { z } from 'zod'",
      "import type { Household } from '@familienrathaus/content-schemas'",
      "import { german } from './languages/de.ts'",
      "export const send = (household: Household) => fetch('/x', { method: 'POST', body: JSON.stringify(z.unknown().parse(household)) })",
      "export const beacon = () => navigator.sendBeacon('/x', german.title)",
      "export const more = () => import('../../lib/content.ts')",
      "export const language = () => import('./languages/en.ts').then(() => import('./en.ts'))",
    ].join('\n')
    const [result] = await eslint.lintText(source, { filePath: path.join(site, island, 'probe.ts') })
    expect(result!.messages.map((message) => `${message.line} ${message.ruleId}`)).toEqual([
      '1 @typescript-eslint/no-restricted-imports',
      '4 no-restricted-globals',
      '5 no-restricted-syntax',
      '6 no-restricted-syntax',
      '7 no-restricted-syntax',
    ])
  })
})

describe('the catalogue for the island', () => {
  const entry = (id: string, data: Record<string, unknown>, lang = 'de', germanTexts: string[] = []) => ({
    id,
    lang,
    germanTexts: new Set(germanTexts),
    data: {
      id: id.length,
      title: id,
      summary: `${id} kurz`,
      kind: 'geldleistung',
      steps: [],
      documents: [],
      reminders: [],
      applyUrl: undefined,
      kontakte: [],
      erklaervideos: [],
      lebenslagen: [],
      eligibility: { rules: [] },
      ...data,
    },
  })
  const angebote = [
    entry('kindergeld', {
      steps: ['Antrag stellen', 'Bescheid abwarten'],
      documents: ['Geburtsurkunde'],
      kontakte: [1, 2],
      erklaervideos: [7],
      lebenslagen: ['kleinkind'],
      eligibility: {
        rules: [{ blockType: 'child', id: 'abc', blockName: null, maxAge: 18, minAge: undefined, count: 1, reason: 'Für Kinder.' }],
      },
    }),
    entry('kita-platz', { kind: 'betreuung', applyUrl: 'https://kita.hamm.de/', lebenslagen: ['kleinkind', 'neu-in-hamm'] }),
    entry('erziehungsberatung', { kind: 'beratung' }),
  ]
  const kontakte = {
    1: { id: 'familienbuero', lang: 'de', data: { title: 'Familienbüro', phone: '02381 17-0' } },
    2: { id: 'other', lang: 'de', data: { title: 'Other' } },
  }
  const content = {
    angebote,
    kontakteOf: (ids: number[]) => ids.map((id) => kontakte[id as 1 | 2]),
    erklaervideosOf: (ids: number[]) => ids.map((id) => ({ id: `video-${id}`, lang: 'de', data: { title: 'Video' } })),
  } as unknown as Content

  it('carries rules, next step, documents, first contact and first video, grouped by topic', () => {
    const [kindergeld, kita, beratung] = buildMatcherCatalogue(content)
    expect(kindergeld).toEqual({
      slug: 'kindergeld',
      title: 'kindergeld',
      kind: 'geldleistung',
      topic: 'geld',
      summary: 'kindergeld kurz',
      rules: [{ blockType: 'child', maxAge: 18, count: 1, reason: 'Für Kinder.' }],
      href: '/angebote/kindergeld/',
      nextStep: 'Antrag stellen',
      documents: ['Geburtsurkunde'],
      contact: { title: 'Familienbüro', href: '/kontakte/familienbuero/', phone: '02381\u00a017\u20110', tel: 'tel:+492381170' },
      video: { title: 'Video', href: '/erklaervideos/video-7/' },
    })
    expect(kita).toMatchObject({ topic: 'betreuung-schule', applyUrl: 'https://kita.hamm.de/' })
    expect(kita).not.toHaveProperty('nextStep')
    expect(beratung).not.toHaveProperty('nextStep')
    expect(beratung).toMatchObject({ topic: 'beratung-hilfe' })
    expect(JSON.parse(JSON.stringify(kindergeld))).toEqual(kindergeld)
  })

  it('in another language: links into that language, German texts marked, and the editors’ German reasons left out', () => {
    const english = {
      ...content,
      angebote: [
        ...angebote,
        entry(
          'wohngeld',
          { title: 'Housing benefit', eligibility: { rules: [{ blockType: 'income', match: ['low'], reason: 'Low income.' }] } },
          'en',
        ),
      ],
    } as unknown as Content
    const [kindergeld, , , wohngeld] = buildMatcherCatalogue(english, 'en')
    expect(kindergeld).toMatchObject({
      lang: 'de',
      href: '/en/angebote/kindergeld/',
      rules: [{ blockType: 'child', maxAge: 18, count: 1 }],
      contact: { title: 'Familienbüro', href: '/en/kontakte/familienbuero/', lang: 'de' },
      video: { href: '/en/erklaervideos/video-7/', lang: 'de' },
    })
    expect(kindergeld?.rules[0]).not.toHaveProperty('reason')
    expect(wohngeld).not.toHaveProperty('lang')
    expect(wohngeld).toMatchObject({ title: 'Housing benefit', rules: [{ blockType: 'income', match: ['low'], reason: 'Low income.' }] })
  })

  it('from a partial translation: the parts still German marked, and German reasons left out', () => {
    const english = {
      ...content,
      angebote: [
        entry(
          'elterngeld',
          {
            title: 'Parental allowance (Elterngeld)',
            steps: ['Antrag stellen'],
            documents: ['Birth certificate'],
            deadline: 'Within 3 months of the birth.',
            importance: 'high',
            eligibility: { rules: [{ blockType: 'child', maxAge: 1, reason: 'Für Babys.' }] },
          },
          'en',
          ['steps', 'eligibility.rules'],
        ),
      ],
    } as unknown as Content
    const [elterngeld] = buildMatcherCatalogue(
      { ...english, angebote: english.angebote.map((angebot) => ({ ...angebot, germanName: 'Elterngeld' })) },
      'en',
    )
    expect(elterngeld).not.toHaveProperty('lang')
    // The German name in the translated title is spoken as German.
    expect(renderToString(createElement(OfferTitle, { offer: elterngeld! }))).toBe(
      'Parental allowance (<span lang="de" dir="ltr">Elterngeld</span>)',
    )
    expect(elterngeld).toMatchObject({
      title: 'Parental allowance (Elterngeld)',
      germanParts: ['nextStep'],
      deadline: 'Within 3 months of the birth.',
      important: true,
      rules: [{ blockType: 'child', maxAge: 1 }],
    })
    expect(elterngeld?.rules[0]).not.toHaveProperty('reason')
    expect(partLang(elterngeld!, 'nextStep')).toBe('de')
    expect(partLang(elterngeld!, 'documents')).toBeUndefined()
  })

  it('names the topics in the page’s language', () => {
    expect(matcherTopics(dictionaries.en).map((topic) => topic.label)).toEqual([
      'Money',
      'Childcare and school',
      'Advice and help',
      'Health',
      'Leisure',
    ])
    expect(matcherTopics()[0]).toEqual({ value: 'geld', label: 'Geld' })
  })

  it('groups the Angebote by Lebenslage for the pages without JavaScript', () => {
    const groups = lebenslagenOf(angebote as unknown as Content['angebote'])
    expect(groups).toHaveLength(8)
    const kleinkind = groups.find((group) => group.slug === 'kleinkind')!
    expect(kleinkind.href).toBe('/lebenslagen/kleinkind/')
    expect(kleinkind.intro.length).toBeGreaterThan(40)
    expect(kleinkind.angebote.map((angebot) => angebot.id)).toEqual(['kindergeld', 'kita-platz'])
    expect(groups.find((group) => group.slug === 'neu-in-hamm')!.angebote.map((angebot) => angebot.id)).toEqual(['kita-platz'])
  })
})

describe('the finder in the other languages', () => {
  const languages = { en: english, tr: turkish, ar: arabic, uk: ukrainian }
  type Leaf = [path: string, value: unknown]
  const leaves = (value: unknown, path = ''): Leaf[] =>
    value && typeof value === 'object' ? Object.entries(value).flatMap(([key, child]) => leaves(child, `${path}.${key}`)) : [[path, value]]
  const germanLeaves = leaves(german.texts)
  // The same word in both languages.
  const alike = new Set(['tr .results.phone'])

  it.each(Object.entries(languages))('%s has every interface text of the German original, none empty, all translated', (lang, language) => {
    const translated = leaves(language.texts)
    expect(translated.map(([path]) => path)).toEqual(germanLeaves.map(([path]) => path))
    for (const [path, value] of translated) {
      const original = germanLeaves.find(([other]) => other === path)![1]
      expect(typeof value, path).toBe(typeof original)
      if (typeof value !== 'string') continue
      expect(value.trim(), path).not.toBe('')
      if (!alike.has(`${lang} ${path}`)) expect(value, path).not.toBe(original)
      if (String(original).includes('{title}')) expect(value, path).toContain('{title}')
    }
  })

  it.each(Object.entries(languages))(
    '%s: every example renders without a German interface text or reason; German offer texts are marked',
    (lang, language) => {
      const germanTexts = germanLeaves.flatMap(([, value]) => (typeof value === 'string' && value.length >= 12 ? [value] : []))
      for (const example of situationMatcherExamples) {
        const props = exampleProps(example)
        // As the catalogue gives them on a page in another language before editors translate them.
        const offers = props.offers.map((offer) => ({
          ...offer,
          rules: compactRules(offer.rules, { withReasons: false }),
          lang: 'de' as const,
          ...(offer.contact ? { contact: { ...offer.contact, lang: 'de' as const } } : {}),
          ...(offer.video ? { video: { ...offer.video, lang: 'de' as const } } : {}),
        }))
        const topics = matcherTopics(dictionaries[lang as keyof typeof languages])
        const html = decode(renderToString(createElement(SituationMatcher, { ...props, offers, topics, language })))
        // What is marked German (offer titles, next steps from the CMS) may be German, and so may terms in brackets.
        const unmarked = html.replace(/<(a|span|p)\b[^>]*\blang="de"[^>]*>.*?<\/\1>/g, '').replace(/\([^)]*\)/g, '')
        for (const text of germanTexts) expect(unmarked, `${example.name}: ${text}`).not.toContain(text)
        expect(unmarked, example.name).not.toMatch(/\b(ist|Jahre|Monate|passt|Angebote?|Nächster Schritt)\b/)
        if (example.household) expect(html, example.name).toMatch(/<a href="[^"]+" lang="de">/)
      }
    },
  )
})
