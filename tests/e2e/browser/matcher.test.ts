/**
 * The Situations-Finder in real Chromium against `npm start` on a throwaway data folder: a family
 * builds its household with the keyboard only and with the mouse, shares and reopens the link,
 * remembers and forgets it, prints the Beratungszettel, and never sends its answers anywhere.
 * axe finds no violation in any state, at desktop width and at 320 px (= 1280 px at 400 % zoom).
 *
 * The catalogue grows while this is written, so the test names offers that exist in the seed
 * (kindergeld, elterngeld, kinderzuschlag, kita-platz, bildung-und-teilhabe) and never counts.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { addMonths } from '@familienrathaus/content-schemas/matcher/evaluate'
import { encodeHouseholdJson, shareFragmentKey } from '@familienrathaus/content-schemas/matcher/shareCodec'
import { germanToday } from '@familienrathaus/content-schemas'
import ICAL from 'ical.js'
import { readFileSync } from 'node:fs'

import { arabicTexts } from '@familienrathaus/site/finder/languages/ar'
import { englishTexts } from '@familienrathaus/site/finder/languages/en'
import { axeViolations } from '../../support/axe.ts'
import { launchBrowser } from '../../support/browser.ts'
import { sharedStack } from '../../support/sharedStack.ts'
import { sitemapUrls } from '../../support/sitemap.ts'

let browser: Browser
const { site } = await sharedStack()

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

const storageKey = 'fp-matcher-haushalt'

async function newContext(options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext(options)
}

/** Opens the finder and waits until the island works (it is hidden until then). */
async function openFinder(context: BrowserContext, url = `${site}/finder/`): Promise<Page> {
  const page = await context.newPage()
  await page.goto(url)
  await page.locator('.fp-matcher[data-ready]').waitFor({ timeout: 30_000 })
  return page
}

const figures = (page: Page) => page.locator('.fp-matcher__figure').allTextContents()
const resultSlugs = (page: Page) =>
  page
    .locator('.fp-matcher__result h4 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]!))
const group = (page: Page, legend: string) => page.getByRole('group', { name: legend, exact: true })

/** What has the focus: "tag|type|legend of its group|label or text". */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement | null
    if (!element || element === document.body) return ''
    const legend = element.closest('fieldset')?.querySelector('legend')?.textContent ?? ''
    const label = element.labels?.[0]?.textContent ?? element.textContent ?? ''
    return [element.tagName.toLowerCase(), element.getAttribute('type') ?? '', legend.trim(), label.trim()].join('|')
  })

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `steps` presses. */
async function tabTo(page: Page, pattern: RegExp, { backwards = false, steps = 200 } = {}): Promise<string> {
  const seen: string[] = []
  for (let step = 0; step < steps; step++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const now = await focused(page)
    if (pattern.test(now)) return now
    seen.push(now)
  }
  throw new Error(`Tab never reached ${pattern}. Visited:\n${seen.join('\n')}`)
}

/**
 * A keyboard user who knows the page: reaches a control with Tab or Shift+Tab, whichever is
 * shorter in the page's tab order, picks answers with the arrow keys (Space on a radio nobody has
 * chosen yet) and types. Every key pressed is counted.
 */
function keyboardWalk(page: Page) {
  let count = 0
  const press = async (key: string) => {
    count += 1
    await page.keyboard.press(key)
  }
  /** Steps forward and backward to the first tab stop whose description matches (a radio group is one stop). */
  const distances = (pattern: RegExp) =>
    page.evaluate((source) => {
      const wanted = new RegExp(source)
      const describe = (element: HTMLElement) => {
        const legend = element.closest('fieldset')?.querySelector('legend')?.textContent ?? ''
        const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? ''
        return [element.tagName.toLowerCase(), element.getAttribute('type') ?? '', legend.trim(), label.trim()].join('|')
      }
      const candidates = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
        (element) =>
          !(element as HTMLButtonElement).disabled &&
          element.tabIndex >= 0 &&
          element.getClientRects().length > 0 &&
          // What a closed "Weitere Angaben" holds is not reached by Tab (its summary is).
          !element.parentElement?.closest('details:not([open])') &&
          getComputedStyle(element).visibility !== 'hidden',
      )
      const stops: HTMLElement[][] = []
      for (const element of candidates) {
        const radio = element instanceof HTMLInputElement && element.type === 'radio' ? element : undefined
        const previous = stops.at(-1)?.[0]
        if (radio && previous instanceof HTMLInputElement && previous.type === 'radio' && previous.name === radio.name) stops.at(-1)!.push(radio)
        else stops.push([element])
      }
      const current = stops.findIndex((stop) => stop.includes(document.activeElement as HTMLElement))
      const forward = stops.findIndex((stop, index) => index > current && stop.some((element) => wanted.test(describe(element))))
      const backward = stops.findLastIndex((stop, index) => index < current && stop.some((element) => wanted.test(describe(element))))
      return { forward: forward < 0 ? Infinity : forward - current, backward: backward < 0 ? Infinity : current - backward }
    }, pattern.source)
  const reach = async (pattern: RegExp) => {
    if (pattern.test(await focused(page))) return
    const { forward, backward } = await distances(pattern)
    if (forward === Infinity && backward === Infinity) throw new Error(`No tab stop matches ${pattern}`)
    const key = forward <= backward ? 'Tab' : 'Shift+Tab'
    for (let step = 0; step < Math.min(forward, backward) + 3; step++) {
      await press(key)
      if (pattern.test(await focused(page))) return
    }
    throw new Error(`${key} never reached ${pattern}; the focus is on ${await focused(page)}`)
  }
  /** Answers the question (a select's label or a radio group's legend) with the option of that label. */
  const answer = async (question: RegExp, label: string) => {
    const questionSource = question.source.replaceAll('^', '').replaceAll('$', '')
    await reach(new RegExp(`^(select\\|\\|[^|]*\\|.*${questionSource}|input\\|radio\\|.*${questionSource}.*\\|)`))
    const now = await focused(page)
    if (now.startsWith('select')) {
      const { from, to } = await page.evaluate((text) => {
        const select = document.activeElement as HTMLSelectElement
        return { from: select.selectedIndex, to: [...select.options].findIndex((option) => option.text.trim() === text) }
      }, label)
      if (to < 0) throw new Error(`No option "${label}" at ${now}`)
      // Typing the start of an answer selects it: the shortest start that no earlier answer shares, when it takes fewer keys than the arrows.
      const texts = await page.evaluate(() =>
        [...(document.activeElement as HTMLSelectElement).options].map((option) => option.text.trim().toLowerCase()),
      )
      const start = [...Array(label.length).keys()]
        .map((length) => label.slice(0, length + 1).toLowerCase())
        .find((prefix) => texts.findIndex((text) => text.startsWith(prefix)) === to)
      if (start && !start.includes(' ') && start.length < Math.abs(to - from)) {
        count += start.length
        await page.keyboard.type(start)
      }
      for (let step = 0; step < 20; step++) {
        const at = await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedIndex)
        if (at === to) break
        await press(to > at ? 'ArrowDown' : 'ArrowUp')
      }
      expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).selectedOptions[0]?.text.trim())).toBe(label)
      return
    }
    const { from, to, size, checked } = await page.evaluate((text) => {
      const radio = document.activeElement as HTMLInputElement
      const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${radio.name}"]`)]
      return {
        from: group.indexOf(radio),
        to: group.findIndex((other) => other.labels?.[0]?.textContent?.trim() === text),
        size: group.length,
        checked: radio.checked,
      }
    }, label)
    if (to < 0) throw new Error(`No answer "${label}" at ${now}`)
    if (from === to) {
      if (!checked) await press('Space')
    } else {
      const right = (to - from + size) % size
      const left = (from - to + size) % size
      // In a right-to-left page the arrows swap; these pages are German.
      for (let step = 0; step < Math.min(left, right); step++) await press(right <= left ? 'ArrowRight' : 'ArrowLeft')
    }
    expect(await focused(page)).toMatch(new RegExp(`\\|${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
  }
  return {
    press,
    reach,
    answer,
    type: async (text: string) => {
      count += text.length
      await page.keyboard.type(text)
    },
    check: async (label: RegExp) => {
      await reach(new RegExp(`^input\\|checkbox\\|.*${label.source}`))
      await press('Space')
    },
    presses: () => count,
  }
}

/** Two adults, one of them expecting a baby, a two-year-old in the Kita, low income, in Hamm: built with the mouse. */
async function buildFamilyWithMouse(page: Page, childName = 'Emil') {
  const age = (years: string) => page.locator('.fp-matcher__person').getByLabel('Alter', { exact: true }).fill(years)
  await page.getByRole('button', { name: 'Erwachsene Person hinzufügen' }).click()
  await age('30')
  await page.getByRole('button', { name: 'Erwachsene Person hinzufügen' }).click()
  await age('30')
  await page.getByRole('button', { name: 'Erwartetes Baby hinzufügen' }).click()
  await page.getByLabel('Wer erwartet das Baby?').selectOption({ label: '„Erwachsene Person 1“' })
  await page.getByRole('button', { name: 'Kind hinzufügen' }).click()
  const child = page.locator('.fp-matcher__person')
  await child.getByLabel('Vorname (freiwillig)').click()
  await child.getByLabel('Vorname (freiwillig)').fill(childName)
  await child.getByLabel('Alter', { exact: true }).fill('2')
  await child.getByLabel(`Was macht ${childName} gerade?`).selectOption('kita')
  await group(page, 'Wohnen Sie in Hamm?').getByLabel('Ja').click()
  await group(page, 'Wie ist Ihr Einkommen?').getByLabel('Wir verdienen Geld, aber es reicht nicht ganz für die Familie').click()
}

describe('the Situations-Finder', () => {
  it('is linked from the home page and has a route by life situation without JavaScript', async () => {
    const context = await newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${site}/`)
    await page.getByRole('link', { name: 'Zum Situations-Finder' }).click()
    await page.waitForURL(/\/finder\/$/)
    expect(await page.locator('h1').textContent()).toBe('Situations-Finder')
    // Without JavaScript the (dead) controls stay hidden and the Lebenslagen are offered instead.
    expect(await page.locator('.fp-matcher__app').isVisible()).toBe(false)
    await page.getByRole('link', { name: 'Schwangerschaft und Geburt' }).first().click()
    await page.waitForURL(/\/lebenslagen\/schwangerschaft-geburt\/$/)
    expect(await page.locator('h1').textContent()).toBe('Schwangerschaft und Geburt')
    await context.close()

    const pages = (await sitemapUrls(site)).map((url) => new URL(url).pathname)
    expect(pages).toContain('/lebenslagen/')
    expect(pages).toContain('/lebenslagen/kleinkind/')
  })

  it('has no axe violations on the Lebenslagen pages', async () => {
    const context = await newContext()
    const page = await context.newPage()
    for (const path of ['/lebenslagen/', '/lebenslagen/alleinerziehend/']) {
      await page.goto(`${site}${path}`)
      expect(await axeViolations(page), path).toEqual([])
    }
    await context.close()
  })

  it('builds a family with the keyboard only', async () => {
    const context = await newContext()
    const page = await openFinder(context)
    expect(await axeViolations(page), 'empty state').toEqual([])

    await tabTo(page, /^button\|.*\|Kind hinzufügen$/)
    await page.keyboard.press('Enter')
    // The new person's first question has the focus; the age is empty until the family gives it.
    await expect.poll(() => focused(page)).toMatch(/^input\|text\|Angaben zu „Kind“\|Alter$/)
    await expect.poll(() => figures(page)).toEqual(['Kind, Alter fehlt noch'])
    await page.keyboard.type('4')
    // The unit: Tab enters the radio group at "Jahren", the arrow key picks "Monaten".
    await tabTo(page, /^input\|radio\|Alter angeben in\|Jahren$/)
    await page.keyboard.press('ArrowRight')
    expect(await focused(page)).toMatch(/Monaten$/)
    await tabTo(page, /^input\|text\|.*\|Vorname \(freiwillig\)$/)
    await page.keyboard.type('Lina')
    await expect.poll(() => figures(page)).toEqual(['Lina, 4 Monate'])

    // The buttons to add someone follow the people: forward from the last answer.
    await tabTo(page, /^button\|.*\|Erwachsene Person hinzufügen$/)
    await page.keyboard.press('Enter')
    await expect.poll(() => figures(page)).toEqual(['Lina, 4 Monate', 'Erwachsene Person, Alter fehlt noch'])
    await expect.poll(() => focused(page)).toMatch(/\|Alter$/)
    await page.keyboard.type('30')
    const figure = await tabTo(page, /^button\|.*\|Erwachsene Person, 30 Jahre$/, { backwards: true })
    expect(figure).toBeTruthy()
    // The focus is visible.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none')

    // Household facts: nothing is chosen before the family answers, so Tab lands on the first answer; Space takes it, the arrows choose another.
    await tabTo(page, /^input\|radio\|Wohnen Sie in Hamm\?\|Ja$/)
    expect(await page.locator('input[name="fpm-livesInHamm"]:checked').count()).toBe(0)
    await page.keyboard.press('Space')
    expect(
      await page
        .locator('input[name="fpm-livesInHamm"]:checked')
        .evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim()),
    ).toBe('Ja')
    await tabTo(page, /^input\|radio\|Wie ist Ihr Einkommen\?\|/)
    await page.keyboard.press('ArrowRight')
    expect(await focused(page)).toMatch(/reicht nicht ganz für die Familie$/)

    const slugs = await resultSlugs(page)
    for (const slug of ['kindergeld', 'elterngeld', 'kinderzuschlag', 'bildung-und-teilhabe']) expect(slugs).toContain(slug)
    await expect
      .poll(() => page.locator('.fp-matcher [aria-live="polite"]').textContent(), { timeout: 5_000 })
      .toMatch(/^\d+ Angebote? pass(t|en), \d+ vielleicht\.$/)
    const reasons = await page
      .locator('.fp-matcher__result', { has: page.locator('a[href="/angebote/elterngeld/"]') })
      .first()
      .textContent()
    expect(reasons).toMatch(/Passt/)

    // No keyboard trap: the focus leaves the island and reaches the footer (past every result's links).
    await tabTo(page, /^a\|\|.*\|Impressum$/, { steps: 600 })
    await context.close()
  })

  it('builds a household of four by keyboard in at most half the 126 key presses counted before (issue 14)', async () => {
    const context = await newContext()
    const page = await openFinder(context)
    const walk = keyboardWalk(page)
    // Past the site's header, as keyboard users do.
    await walk.reach(/^a\|\|\|Zum Inhalt springen$/)
    await walk.press('Enter')
    const person = async ({ add, age, choices }: { add: RegExp; age: string; choices: [RegExp, string][] }) => {
      await walk.reach(add)
      await walk.press('Enter')
      // The new person's age has the focus.
      await expect.poll(() => focused(page)).toMatch(/\|Alter$/)
      await walk.type(age)
      for (const [question, answer] of choices) await walk.answer(question, answer)
    }
    await person({ add: /^button\|.*\|Erwachsene Person hinzufügen$/, age: '34', choices: [[/Arbeit und Ausbildung/, 'Angestellt']] })
    await person({ add: /^button\|.*\|Erwachsene Person hinzufügen$/, age: '36', choices: [[/Arbeit und Ausbildung/, 'In Elternzeit']] })
    await person({ add: /^button\|.*\|Kind hinzufügen$/, age: '4', choices: [[/Was macht das Kind gerade\?/, 'Kita']] })
    await person({ add: /^button\|.*\|Kind hinzufügen$/, age: '1', choices: [[/Was macht das Kind gerade\?/, 'Zu Hause betreut']] })
    await walk.answer(/Wohnen Sie in Hamm\?/, 'Ja')
    await walk.answer(/Sind Sie in den letzten/, 'Nein')
    await walk.answer(/Kinder allein/, 'Nein')
    await walk.answer(/Erwartet jemand/, 'Nein')
    await walk.answer(/Behinderung, eine Entwicklungsverzögerung/, 'Nein')
    await walk.answer(/Staatsangehörigkeit oder welchen Aufenthaltsstatus/, 'Deutsche Staatsangehörigkeit')
    await walk.answer(/Wie ist Ihr Einkommen\?/, 'Unser Einkommen reicht für die Familie')
    await walk.check(/Kindergeld$/)

    console.log(`Household of four by keyboard: ${walk.presses()} key presses`)
    expect(await figures(page)).toEqual(['Erwachsene Person 1, 34 Jahre', 'Erwachsene Person 2, 36 Jahre', 'Kind 1, 4 Jahre', 'Kind 2, 1 Jahr'])
    const slugs = await resultSlugs(page)
    expect(slugs).toContain('elterngeld')
    // The residence, asked once up front, answered it for both adults: no offer waits for it.
    expect(await page.locator('.fp-matcher__results').textContent()).not.toMatch(/Es fehlt noch:[^.]*Staatsangehörigkeit/)
    expect(walk.presses()).toBeLessThanOrEqual(63)
    await context.close()
  })

  it('never makes up an age: results wait until every person has one, and say so', async () => {
    const context = await newContext()
    const page = await openFinder(context)
    await page.getByRole('button', { name: 'Kind hinzufügen' }).click()
    await expect.poll(() => figures(page)).toEqual(['Kind, Alter fehlt noch'])
    expect(await page.locator('.fp-matcher__person').getByLabel('Alter', { exact: true }).inputValue()).toBe('')
    // Added, announced, and the focus is on the new person's age.
    expect(await page.locator('.fp-matcher__message').textContent()).toBe('„Kind“ ist im Bild. Bitte geben Sie das Alter an.')
    await expect.poll(() => focused(page)).toMatch(/\|Alter$/)
    expect(await page.locator('.fp-matcher__summary').textContent()).toBe(
      'Bitte geben Sie noch das Alter an: „Kind“. Dann sehen Sie hier, was passt.',
    )
    expect(await resultSlugs(page)).toEqual([])
    await page.keyboard.type('5')
    await expect.poll(async () => (await resultSlugs(page)).length).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('shows an expected baby as its own figure and never overwrites an answer about a pregnancy', async () => {
    // From a link: the first adult expects a baby in 8 weeks, the second said „Nein".
    const household = {
      version: 1,
      members: [
        { role: 'adult', age: 30, employment: 'employed', healthInsurance: 'statutory', pregnant: true, dueInWeeks: 8 },
        { role: 'adult', age: 31, employment: 'employed', healthInsurance: 'statutory', pregnant: false },
      ],
    }
    const context = await newContext()
    const page = await openFinder(context, `${site}/finder/#${shareFragmentKey}=${encodeHouseholdJson(household)}`)
    await expect.poll(() => figures(page)).toHaveLength(3)
    expect((await figures(page)).slice(0, 2)).toEqual(['Erwachsene Person 1, 30 Jahre, schwanger', 'Erwachsene Person 2, 31 Jahre'])
    expect((await figures(page))[2]).toMatch(/^Erwartetes Baby, erwartet von „Erwachsene Person 1“, Termin \d{2}\.\d{2}\.\d{4}$/)
    const mutterschutz = () =>
      page
        .locator('.fp-matcher__result', { has: page.locator('a[href="/angebote/mutterschutz/"]') })
        .first()
        .locator('.fp-matcher__reasons')
        .textContent()
    await expect.poll(mutterschutz).toMatch(/30 Jahre/)
    expect(await mutterschutz()).not.toMatch(/31 Jahre/)

    // Another expected baby: a figure of its own that asks who expects it; nobody is marked, the „Nein" stays.
    await page.getByRole('button', { name: 'Erwartetes Baby hinzufügen' }).click()
    await expect.poll(() => figures(page)).toContain('Erwartetes Baby, wer es erwartet, fehlt noch')
    expect(await figures(page)).toContain('Erwachsene Person 2, 31 Jahre')
    await expect.poll(() => focused(page)).toMatch(/^select\|\|Angaben zum erwarteten Baby\|Wer erwartet das Baby\?$/)
    expect(await page.locator('.fp-matcher__summary').textContent()).toBe(
      'Bitte sagen Sie noch, wer das Baby erwartet. Dann sehen Sie hier, was passt.',
    )
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Erwartetes Baby entfernen' }).click()
    await expect.poll(mutterschutz).toMatch(/30 Jahre/)
    expect(await mutterschutz()).not.toMatch(/31 Jahre/)

    // The mother leaves the picture: her baby asks again who expects it, and a person added next is not taken for her.
    await page.getByRole('button', { name: 'Erwachsene Person 1, 30 Jahre, schwanger' }).click()
    await page.getByRole('button', { name: 'Erwachsene Person 1 entfernen' }).click()
    await page.getByRole('button', { name: 'Erwachsene Person hinzufügen' }).click()
    await expect.poll(() => focused(page)).toMatch(/\|Alter$/)
    await page.keyboard.type('29')
    await expect
      .poll(() => figures(page))
      .toEqual([
        'Erwachsene Person 1, 31 Jahre',
        'Erwachsene Person 2, 29 Jahre',
        expect.stringMatching(/^Erwartetes Baby, wer es erwartet, fehlt noch, Termin \d{2}\.\d{2}\.\d{4}$/),
      ])
    expect(await page.locator('.fp-matcher__summary').textContent()).toBe(
      'Bitte sagen Sie noch, wer das Baby erwartet. Dann sehen Sie hier, was passt.',
    )
    await context.close()
  })

  it('asks the adults’ residence once, and a changed household answer never takes back what a person chose (issue 14)', async () => {
    const context = await newContext()
    const page = await openFinder(context)
    const age = (years: string) => page.locator('.fp-matcher__person').getByLabel('Alter', { exact: true }).fill(years)
    await page.getByRole('button', { name: 'Erwachsene Person hinzufügen' }).click()
    await age('30')
    await page.getByRole('button', { name: 'Erwachsene Person hinzufügen' }).click()
    await age('31')
    const forAll = page.getByLabel('Welche Staatsangehörigkeit oder welchen Aufenthaltsstatus haben die Erwachsenen?')
    await forAll.selectOption({ label: 'Deutsche Staatsangehörigkeit' })
    // Person 2 (shown) changes it and changes it back: from then on it is this person's own answer.
    const person = page.locator('.fp-matcher__person')
    await person.locator('summary').click()
    const own = person.getByLabel('Staatsangehörigkeit oder Aufenthalt', { exact: true })
    await own.selectOption('eu')
    await own.selectOption('german')
    await forAll.selectOption({ label: 'Staatsangehörigkeit eines anderen EU-Landes' })
    expect(await own.inputValue()).toBe('german')
    // Person 1 had not answered: the household's new answer reaches it.
    await page.getByRole('button', { name: 'Erwachsene Person 1, 30 Jahre' }).click()
    expect(await person.getByLabel('Staatsangehörigkeit oder Aufenthalt', { exact: true }).inputValue()).toBe('eu')
    // Someone added later gets it too.
    await page.getByRole('button', { name: 'Erwachsene Person hinzufügen' }).click()
    expect(await person.getByLabel('Staatsangehörigkeit oder Aufenthalt', { exact: true }).inputValue()).toBe('eu')
    await context.close()
  })

  it('asks whether a remembered baby whose due date has passed is born, and then makes it a child whose age the family gives (issue 14)', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${site}/finder/`)
    const remembered = {
      version: 1,
      members: [{ id: 'p1', role: 'adult', age: 31 }],
      expected: [{ id: 'e1', mother: 'p1', dueDate: '2026-01-10' }],
    }
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey, JSON.stringify(remembered)])
    await page.reload()
    await page.locator('.fp-matcher[data-ready]').waitFor()
    await expect.poll(() => page.getByText('Der Geburtstermin (10.01.2026) ist vorbei. Ist das Baby schon geboren?').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Ja, das Baby als Kind eintragen' }).click()
    // The baby is a child now; its age is asked, never guessed from the due date.
    await expect.poll(() => figures(page)).toEqual(['Erwachsene Person, 31 Jahre', 'Kind, Alter fehlt noch'])
    await expect.poll(() => focused(page)).toMatch(/^input\|text\|Angaben zu „Kind“\|Alter$/)
    await expect
      .poll(() => page.locator('.fp-matcher__message').textContent())
      .toBe('Das Baby ist jetzt als Kind im Bild. Bitte geben Sie sein Alter an.')
    await page.keyboard.type('1')
    await page.getByRole('radio', { name: 'Monaten' }).check()
    const stored = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey))!) as {
      members: { role: string; age?: number; gaveBirth?: boolean }[]
      expected?: unknown
    }
    expect(stored.expected).toBeUndefined()
    expect(stored.members.map(({ role, gaveBirth }) => ({ role, gaveBirth }))).toEqual([
      { role: 'adult', gaveBirth: true },
      { role: 'child', gaveBirth: undefined },
    ])
    expect(stored.members[1]!.age).toBeCloseTo(1 / 12, 1)
    await context.close()
  })

  it('leads with what to do first, shows what the family already receives as such, folds „vielleicht" away, and lets a phone jump to the results', async () => {
    // Seen in a walk: a single mother on Bürgergeld got 40 cards, Kindergeld after asylum benefits, BAföG and BAB, the results 3,000 px down.
    const household = {
      version: 1,
      livesInHamm: true,
      singleParent: true,
      income: 'none',
      receives: ['buergergeld'],
      members: [
        { role: 'adult', age: 32, residenceStatus: 'german', employment: 'unemployed', healthInsurance: 'statutory' },
        { role: 'child', age: 4, activity: 'kita', maintenance: 'none' },
        { role: 'child', age: 9, activity: 'grundschule', maintenance: 'none' },
      ],
    }
    const context = await newContext({ viewport: { width: 360, height: 740 } })
    const page = await openFinder(context, `${site}/finder/#${shareFragmentKey}=${encodeHouseholdJson(household)}`)
    await expect.poll(async () => (await resultSlugs(page)).length).toBeGreaterThan(0)
    const first = page.locator('#fpm-zuerst + p + ol > li h4 a')
    const firstSlugs = await first.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[2]!))
    expect(firstSlugs[0]).toBe('kindergeld')
    expect(firstSlugs.length).toBeLessThanOrEqual(5)
    for (const slug of ['asylbewerberleistungen', 'bafoeg', 'berufsausbildungsbeihilfe']) expect(firstSlugs).not.toContain(slug)
    expect(await page.locator('#fpm-zuerst + p + ol > li', { hasText: 'Kindergeld' }).first().textContent()).toContain('Frist:')
    // Grundsicherungsgeld is what she receives, not a „Passt"; what it opens stays visible.
    const received = page.locator('.fp-matcher__result--received')
    expect(await received.locator('h4').allTextContents()).toEqual([expect.stringMatching(/Grundsicherungsgeld/)])
    expect(await received.locator('.fp-matcher__fit').textContent()).toBe('Bekommen Sie schon')
    expect(await resultSlugs(page)).toContain('bildung-und-teilhabe')
    // „Passt vielleicht" is folded away: what shows at first is what fits.
    const visibleCards = await page.locator('.fp-matcher__result:visible').count()
    const allCards = await page.locator('.fp-matcher__result').count()
    console.log(
      `Single parent on Grundsicherungsgeld: ${allCards} cards, ${visibleCards} shown before opening „Passt vielleicht auch", first: ${firstSlugs.join(', ')}`,
    )
    expect(visibleCards).toBeLessThan(allCards)
    expect(await page.locator('.fp-matcher__result--maybe:visible').count()).toBe(0)
    // On the phone a link stays in view and takes the family (and the focus) to the results.
    const jump = page.locator('.fp-matcher__jump')
    await page.locator('.fp-matcher__person').first().scrollIntoViewIfNeeded()
    expect(await jump.isVisible()).toBe(true)
    expect(await jump.textContent()).toMatch(/^Zu den Ergebnissen \(\d+\)$/)
    await jump.click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('fpm-ergebnis')
    const top = await page.locator('#fpm-ergebnis').evaluate((heading) => heading.getBoundingClientRect().top)
    expect(top).toBeGreaterThanOrEqual(-1)
    expect(top).toBeLessThan(740)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('says what money offers bring the family, adds up those that fit, and the offer page uses the same words (issue 15)', async () => {
    const context = await newContext()
    const household = {
      version: 1,
      livesInHamm: true,
      singleParent: true,
      members: [
        { role: 'adult', age: 30, residenceStatus: 'german' },
        { role: 'child', age: 4, maintenance: 'none' },
        { role: 'child', age: 7, maintenance: 'none' },
      ],
    }
    const page = await openFinder(context, `${site}/finder/#${shareFragmentKey}=${encodeHouseholdJson(household)}`)
    const card = page.locator('.fp-matcher__result', { has: page.locator('a[href="/angebote/kindergeld/"]') }).first()
    await expect.poll(() => card.textContent()).toContain('Für Ihre Familie: etwa 518\u00a0€ im Monat')
    const total = (await page.locator('.fp-matcher__total').textContent()) ?? ''
    console.log(`Total shown: ${total}`)
    expect(total).toMatch(
      /^Einzeln geschätzt, zusammen: (etwa|bis zu|[\d.]+\u00a0€ bis) .*€ im Monat, .*€ im Jahr\. Manche Leistungen werden auf andere angerechnet/,
    )
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${site}/angebote/kindergeld/`)
    expect(await page.locator('.fp-facts').textContent()).toContain('259\u00a0€ pro Kind im Monat')
    await context.close()
  })

  it('estimates from the family’s own figures, lets them decide which benefit fits, in five languages and on the Beratungszettel (issue 15)', async () => {
    const context = await newContext()
    const requests: Request[] = []
    context.on('request', (request) => requests.push(request))
    const adult = (employment: string) => ({ role: 'adult', age: 35, employment, residenceStatus: 'german', healthInsurance: 'statutory' })
    const household = {
      version: 1,
      livesInHamm: true,
      singleParent: false,
      receives: ['kindergeld'],
      members: [
        adult('employed'),
        adult('homemaker'),
        { role: 'child', age: 4, activity: 'kita' },
        { role: 'child', age: 8, activity: 'grundschule' },
      ],
    }
    const page = await openFinder(context, `${site}/finder/#${shareFragmentKey}=${encodeHouseholdJson(household)}`)
    const card = (slug: string) => page.locator('.fp-matcher__result', { has: page.locator(`a[href$="/angebote/${slug}/"]`) }).first()
    // Without figures the income decides nothing: all three are „vielleicht“.
    await expect.poll(() => resultSlugs(page)).toContain('buergergeld')
    expect(await card('kinderzuschlag').locator('.fp-matcher__fit').textContent()).toMatch(/^Passt vielleicht/)
    const loaded = requests.length

    await page.getByLabel('Netto-Einkommen Ihres Haushalts im Monat (Euro)').fill('2150')
    await page.getByLabel('Warmmiete im Monat (Euro)').fill('750')
    await page.getByLabel(/^Unterhalt oder Unterhaltsvorschuss/).fill('0')
    // Kinderzuschlag and Wohngeld cover the need: they fit, Grundsicherungsgeld drops out (§ 12a SGB II).
    await expect.poll(() => card('kinderzuschlag').locator('.fp-matcher__fit').textContent()).toMatch(/^Passt(?! vielleicht)/)
    const kiz = (await card('kinderzuschlag').textContent()) ?? ''
    expect(kiz).toContain('Nach Ihren Zahlen geschätzt: etwa 492\u00a0€ im Monat.')
    expect(kiz).toContain('dann gehen sie dem Grundsicherungsgeld vor')
    expect(await card('wohngeld').locator('.fp-matcher__fit').textContent()).toMatch(/^Passt(?! vielleicht)/)
    expect(await resultSlugs(page)).not.toContain('buergergeld')
    expect(await page.locator('.fp-matcher__total').textContent()).toMatch(/zusammen: .*€ im Monat, .*€ im Jahr\./)
    expect(await axeViolations(page)).toEqual([])
    // The figures stay in the browser.
    expect(requests.slice(loaded).map((request) => request.url())).toEqual([])

    // The Beratungszettel carries the estimate.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.fp-matcher__sheet').textContent()).toContain('etwa 492\u00a0€ im Monat')
    await page.emulateMedia({ media: 'screen' })

    // The share link carries the figures; each language words the amount in its own number format.
    const withFigures = encodeHouseholdJson({ ...household, netIncome: 2150, housingCosts: 750, maintenanceReceived: 0 })
    for (const lang of ['en', 'tr', 'ar', 'uk']) {
      await page.goto(`${site}/${lang}/finder/#${shareFragmentKey}=${withFigures}`)
      await page.locator('.fp-matcher[data-ready]').waitFor({ timeout: 30_000 })
      const sum = new Intl.NumberFormat(lang, {
        style: 'currency',
        currency: 'EUR',
        currencyDisplay: 'narrowSymbol',
        maximumFractionDigits: 0,
      }).format(492)
      await expect.poll(() => card('kinderzuschlag').textContent(), { message: lang }).toContain(sum)
      expect(await resultSlugs(page), lang).not.toContain('buergergeld')
      expect(await axeViolations(page), lang).toEqual([])
    }
    await context.close()
  })

  it('builds a family with the mouse, shows why and what next, with no axe violations', async () => {
    const context = await newContext()
    const page = await openFinder(context)
    await buildFamilyWithMouse(page)
    await expect
      .poll(() => figures(page))
      .toEqual([
        'Erwachsene Person 1, 30 Jahre, schwanger',
        'Erwachsene Person 2, 30 Jahre',
        'Emil, 2 Jahre',
        'Erwartetes Baby, erwartet von „Erwachsene Person 1“',
      ])
    // Tapping a figure opens its details: the expected baby's due date.
    const baby = page.locator('.fp-matcher__figure', { hasText: 'Erwartetes Baby' })
    await baby.click()
    expect(await baby.getAttribute('aria-pressed')).toBe('true')
    const due = new Date(Date.now() + 12 * 7 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)
    await page.getByLabel('Voraussichtlicher Geburtstermin (freiwillig)').fill(due)
    await expect
      .poll(() => figures(page))
      .toContain(`Erwartetes Baby, erwartet von „Erwachsene Person 1“, Termin ${due.split('-').reverse().join('.')}`)

    const slugs = await resultSlugs(page)
    for (const slug of ['kindergeld', 'kita-platz', 'kinderzuschlag', 'bildung-und-teilhabe', 'elterngeld']) expect(slugs).toContain(slug)
    const kita = page.locator('.fp-matcher__result', { has: page.locator('a[href="/angebote/kita-platz/"]') }).first()
    expect(await kita.locator('.fp-matcher__fit').textContent()).toMatch(/^Passt/)
    expect(await kita.locator('.fp-matcher__reasons li').count()).toBeGreaterThan(0)
    // Reasons name the people the family entered.
    expect(await page.locator('.fp-matcher__results').textContent()).toContain('Emil')
    expect(await page.locator('.fp-matcher__topic h3').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^(Geld|Betreuung und Schule|Beratung und Hilfe|Gesundheit|Freizeit)/)]),
    )

    // A wrong age is named next to the field and not used.
    await page.getByRole('button', { name: 'Emil, 2 Jahre' }).click()
    await page.locator('.fp-matcher__person').getByLabel('Alter', { exact: true }).fill('200')
    expect(await page.locator('.fp-matcher__error').textContent()).toContain('Zahl von 0 bis 120')
    expect(await figures(page)).toContain('Emil, 2 Jahre')
    expect(await axeViolations(page), 'with a family, results and an error').toEqual([])

    await page.locator('.fp-matcher__person').getByLabel('Alter', { exact: true }).fill('2')
    await page.getByRole('button', { name: 'Alle Personen untereinander als Liste bearbeiten' }).click()
    expect(await page.locator('.fp-matcher__person').count()).toBe(4)
    await page.getByRole('button', { name: 'Link teilen' }).click()
    expect(await axeViolations(page), 'list mode and share box').toEqual([])
    await context.close()
  })

  it('shares the answers in the link fragment only, and the link reopens the same result', async () => {
    const context = await newContext()
    const page = await openFinder(context)
    await buildFamilyWithMouse(page, 'Mira')
    await page.getByRole('button', { name: 'Link teilen' }).click()
    expect(await page.locator('.fp-matcher__warning').textContent()).toContain('Wer diesen Link bekommt, sieht alle Ihre Angaben')
    const link = await page.getByLabel('Link zu Ihren Angaben').inputValue()
    expect(link).toMatch(new RegExp(`^${site}/finder/#familie=[A-Za-z0-9_-]+$`))
    expect(page.url()).toBe(`${site}/finder/`)
    const before = { figures: await figures(page), results: await resultSlugs(page) }
    expect(before.results.length).toBeGreaterThan(0)
    await context.close()

    const other = await newContext()
    const reopened = await openFinder(other, link)
    await expect.poll(() => figures(reopened)).toEqual(before.figures)
    expect(await resultSlugs(reopened)).toEqual(before.results)
    expect(await reopened.locator('.fp-matcher__message').textContent()).toBe('Die Angaben aus dem Link sind übernommen.')
    expect(await reopened.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull()

    const broken = await openFinder(other, `${site}/finder/#familie=kaputt`)
    expect(await broken.locator('.fp-matcher__message').textContent()).toContain('Der Link enthält keine gültigen Angaben')
    expect(await figures(broken)).toEqual([])
    await other.close()
  })

  it('stores nothing until "Merken", restores it, and "Vergessen" removes it', async () => {
    const context = await newContext()
    const page = await openFinder(context)
    await page.getByRole('button', { name: 'Kind hinzufügen' }).click()
    const stored = () => page.evaluate(() => ({ local: { ...localStorage }, session: sessionStorage.length, cookie: document.cookie }))
    expect(await stored()).toEqual({ local: {}, session: 0, cookie: '' })

    await page.getByRole('button', { name: 'Merken', exact: true }).click()
    expect(await page.locator('.fp-matcher__message').textContent()).toContain('Gemerkt')
    expect(Object.keys((await stored()).local)).toEqual([storageKey])
    await page.locator('.fp-matcher__person').getByLabel('Alter', { exact: true }).fill('9')

    await page.reload()
    await page.locator('.fp-matcher[data-ready]').waitFor()
    expect(await figures(page)).toEqual(['Kind, 9 Jahre'])
    expect(await page.locator('.fp-matcher__message').textContent()).toBe('Ihre gemerkten Angaben sind geladen.')
    const remembered = (await stored()).local[storageKey]

    // A link opened now shows its household but leaves the remembered one alone.
    const link = `${site}/finder/#familie=${encodeHouseholdJson({ version: 1, members: [{ role: 'adult', age: 44 }] })}`
    await page.goto(link)
    await expect.poll(() => figures(page)).toEqual(['Erwachsene Person, 44 Jahre'])
    await page.locator('.fp-matcher__person').getByLabel('Alter', { exact: true }).fill('45')
    expect((await stored()).local[storageKey]).toBe(remembered)

    await page.getByRole('button', { name: 'Vergessen' }).click()
    expect(page.url()).toBe(`${site}/finder/`)
    expect(await stored()).toEqual({ local: {}, session: 0, cookie: '' })
    await page.reload()
    await page.locator('.fp-matcher[data-ready]').waitFor()
    expect(await figures(page)).toEqual([])
    expect(await page.getByRole('button', { name: 'Vergessen' }).count()).toBe(0)
    await context.close()
  })

  it('prints a Beratungszettel with offers, documents and contacts', async () => {
    const context = await newContext()
    const page = await openFinder(context)
    await buildFamilyWithMouse(page, 'Paul')
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes')
    })
    await page.getByRole('button', { name: 'Beratungszettel drucken' }).click()
    expect(await page.locator('html').getAttribute('data-printed')).toBe('yes')

    const sheet = page.locator('.fp-matcher__sheet')
    expect(await sheet.isVisible()).toBe(false)
    await page.emulateMedia({ media: 'print' })
    expect(await sheet.isVisible()).toBe(true)
    expect(await page.locator('.fp-matcher__app').isVisible()).toBe(false)
    const text = (await sheet.textContent()) ?? ''
    expect(text).toContain('Beratungszettel')
    expect(text).toContain('Paul, 2 Jahre')
    expect(text).toContain('Kindergeld')
    expect(text).toContain('Unterlagen, die Sie mitbringen sollten')
    expect(text).toContain('Ansprechstellen')
    // The contact is the office that decides, not the city's counter for everything (issue 14).
    expect(text).toContain('Familienkasse der Bundesagentur für Arbeit')
    expect(text).not.toContain('familie=')
    await page.emulateMedia({ media: 'screen' })
    await context.close()
  })

  it('sends no request with the answers: after loading, nothing but same-origin static files', async () => {
    const context = await newContext()
    const requests: Request[] = []
    context.on('request', (request) => requests.push(request))
    const page = await openFinder(context)
    await page.waitForLoadState('networkidle')
    const loaded = requests.length

    await buildFamilyWithMouse(page, 'Zuzanna')
    await page.getByRole('button', { name: 'Merken', exact: true }).click()
    await page.getByRole('button', { name: 'Link teilen' }).click()
    await page.getByRole('button', { name: 'Alle Personen untereinander als Liste bearbeiten' }).click()
    await page.getByText('Weitere Angaben zu Zuzanna').click()
    await group(page, 'Hat eine Behinderung oder eine Entwicklungsverzögerung (auch vermutet)?').last().getByLabel('Ja').click()
    await page.emulateMedia({ media: 'print' })
    await page.emulateMedia({ media: 'screen' })
    await page.getByRole('button', { name: 'Vergessen' }).click()
    await page.waitForTimeout(1_500)

    const origin = new URL(site).origin
    const later = requests.slice(loaded).filter((request) => {
      const url = new URL(request.url())
      const isStaticFile = url.origin === origin && request.method() === 'GET' && /\.(js|css|svg|png|webp|avif|woff2?)$/.test(url.pathname)
      return !isStaticFile
    })
    expect(later.map((request) => `${request.method()} ${request.url()}`)).toEqual([])
    for (const request of requests) {
      expect(request.method(), request.url()).toBe('GET')
      expect(request.url()).not.toMatch(/Zuzanna|familie=/)
      expect(new URL(request.url()).origin).toBe(origin)
    }
    await context.close()
  })

  it('speaks the page’s language: English controls, reasons, hints and offers', async () => {
    const context = await newContext()
    const page = await openFinder(context, `${site}/en/finder/`)
    const { household, person, facts, options } = englishTexts
    await page.getByRole('button', { name: household.addAdult }).click()
    await page.locator('.fp-matcher__person').getByLabel(person.age, { exact: true }).fill('30')
    await page.getByRole('button', { name: household.addChild, exact: true }).click()
    const child = page.locator('.fp-matcher__person')
    await child.getByLabel(person.name).fill('Emil')
    await child.getByLabel(person.age, { exact: true }).fill('2')
    await child.getByLabel(person.activity('Emil')).selectOption('kita')
    await group(page, facts.livesInHamm).getByLabel(englishTexts.fields.yes).click()
    await group(page, facts.income).getByLabel(options.income.low).click()

    const results = page.locator('.fp-matcher__results')
    await expect.poll(() => results.textContent()).toContain('Emil is 2 years old')
    // Everything but what is marked German (offer texts from the CMS) is English.
    const text = await results.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement
      for (const german of copy.querySelectorAll('[lang="de"]')) german.remove()
      return copy.textContent ?? ''
    })
    expect(text).toMatch(/\d+ offers? fits?, \d+ may fit\./)
    expect(text).not.toMatch(/\b(ist|Jahre|Passt|Es fehlt noch|Nächster Schritt)\b/)
    // Translated offers speak English and lead to the English pages (an offer not translated yet would be marked German, and the page would say so).
    const kindergeld = page.locator('.fp-matcher__result h4 a[href="/en/angebote/kindergeld/"]')
    expect(await kindergeld.textContent()).toBe('Child benefit (Kindergeld)')
    expect(await kindergeld.getAttribute('lang')).toBeNull()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.locator('[data-fp-matcher-root]').getAttribute('lang')).toBeNull()
    expect(await page.locator('.fp-language-note').count()).toBe(0)
    expect(await axeViolations(page), 'English finder with results').toEqual([])
    await context.close()

    const arabic = await newContext({ viewport: { width: 320, height: 720 } })
    const rtl = await openFinder(arabic, `${site}/ar/finder/`)
    expect(await rtl.locator('html').getAttribute('dir')).toBe('rtl')
    await rtl.getByRole('button', { name: arabicTexts.household.addChild, exact: true }).click()
    await rtl.locator('.fp-matcher__person').getByLabel(arabicTexts.person.age, { exact: true }).fill('5')
    await expect.poll(() => rtl.locator('.fp-matcher__results').textContent()).toContain(arabicTexts.results.fit.yes)
    expect(await axeViolations(rtl), 'Arabic finder at 320 px').toEqual([])
    expect(await rtl.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    await arabic.close()
  })

  it('works at 320 px width (400 % zoom) with no axe violations and no sideways scrolling', async () => {
    const context = await newContext({ viewport: { width: 320, height: 720 } })
    const page = await openFinder(context)
    const width = () => page.evaluate(() => document.documentElement.scrollWidth)
    expect(await axeViolations(page), 'empty at 320 px').toEqual([])
    expect(await width()).toBeLessThanOrEqual(320)
    await buildFamilyWithMouse(page)
    expect(await resultSlugs(page)).toContain('kindergeld')
    expect(await axeViolations(page), 'family and results at 320 px').toEqual([])
    expect(await width()).toBeLessThanOrEqual(320)
    await context.close()
  })
})

describe('terminal mode at the Familien-Service-Theke (issue 17)', () => {
  it('shows large targets and no link that leaves the site, hides remembering and sharing, and passes axe', async () => {
    const context = await newContext()
    const page = await context.newPage()
    await page.goto(`${site}/?terminal=an`)
    await page.locator('html[data-terminal]').waitFor({ state: 'attached' })
    // The switch leaves the address; only the cookie (two numbers) keeps the mode.
    await expect.poll(() => page.url()).toBe(`${site}/`)
    const cookie = (await context.cookies()).find((each) => each.name === 'fp-terminal')
    // A session cookie: a link that switched a family's own phone loses its effect with the browser session.
    expect([cookie?.value, cookie?.expires]).toEqual(['180-30', -1])
    await page.goto(`${site}/angebote/kindergeld/`)
    await page.locator('a[data-terminal-offsite]').first().waitFor({ state: 'attached' })
    const leaving = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href).filter((href) => new URL(href).origin !== location.origin))
    expect(leaving).toEqual([])
    const target = await page.locator('main a').first().boundingBox()
    expect(target!.height).toBeGreaterThanOrEqual(48)
    expect(await axeViolations(page), 'an offer in terminal mode').toEqual([])
    // The finder's results, rendered after the page loaded, keep their online applications and phone numbers as text too.
    const family = {
      version: 1,
      members: [
        { role: 'adult', age: 30 },
        { role: 'child', age: 2 },
      ],
    }
    await page.goto(`${site}/finder/#${shareFragmentKey}=${encodeHouseholdJson(family)}`)
    await page.locator('.fp-matcher[data-ready]').waitFor({ timeout: 30_000 })
    await page.locator('.fp-matcher__result').first().waitFor({ state: 'attached' })
    await page.locator('.fp-matcher a[data-terminal-offsite]').first().waitFor({ state: 'attached' })
    const leavingFinder = await page
      .locator('a[href]')
      .evaluateAll((links) =>
        links
          .map((link) => (link as HTMLAnchorElement).href)
          .filter((href) => new URL(href).origin !== location.origin || /\.(json|csv|pdf|mp4)$/.test(href)),
      )
    expect(leavingFinder).toEqual([])
    expect(await page.getByRole('button', { name: 'Zettel ausdrucken' }).count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Merken' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Link teilen' }).count()).toBe(0)
    expect(await axeViolations(page), 'the finder in terminal mode').toEqual([])
    await page.goto(`${site}/?terminal=aus`)
    expect(await page.locator('html[data-terminal]').count()).toBe(0)
    await context.close()
  })

  it('after minutes without input counts down visibly – a touch cancels – then forgets everything and shows the start page', async () => {
    const context = await newContext()
    // The address switch allows no less than a minute; the test sets the cookie itself (1 s idle, 4 s countdown).
    await context.addCookies([{ name: 'fp-terminal', value: '1-4', url: site }])
    const page = await context.newPage()
    await page.goto(`${site}/`)
    // A visitor: to the finder and an offer by links (each replaces the page), leaving things in the browser.
    await page.getByRole('link', { name: 'Zum Situations-Finder' }).click()
    await page.waitForURL(`${site}/finder/`)
    await page.locator('.fp-matcher[data-ready]').waitFor({ timeout: 30_000 })
    await page.evaluate(() => {
      localStorage.setItem('besuch', 'Familie Muster')
      sessionStorage.setItem('suche', 'Kindergeld')
    })
    await page.locator('header').getByRole('link', { name: 'Angebote', exact: true }).first().click()
    await page.waitForURL(`${site}/angebote/`)
    const countdown = page.getByRole('alertdialog')
    await countdown.waitFor({ timeout: 10_000 })
    expect(await countdown.textContent()).toMatch(/Diese Sitzung endet in \d Sekunden/)
    expect(await axeViolations(page), 'the countdown').toEqual([])
    await page.locator('h1').click()
    await countdown.waitFor({ state: 'detached' })
    expect(page.url()).toBe(`${site}/angebote/`)
    // Nobody touches it again: the countdown runs out.
    await page.waitForURL(`${site}/`, { timeout: 15_000 })
    await page.locator('h1').waitFor()
    expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))).toEqual({ local: 0, session: 0 })
    // Every page replaced the one before: Back cannot bring back the visitor's finder.
    await page.goBack().catch(() => null)
    expect(page.url()).not.toContain('/finder/')
    await context.close()
  })
})

describe('reminders in the family’s own calendar (issue 17)', () => {
  it('offers „In meinen Kalender“: a valid iCalendar file made in the browser from the offers’ deadlines and the time hints, first names only when asked, nothing sent', async () => {
    const household = {
      version: 1,
      livesInHamm: true,
      members: [
        { role: 'adult', age: 30, employment: 'employed', healthInsurance: 'statutory', pregnant: true, dueInWeeks: 8 },
        { role: 'child', age: 5.8, name: 'Lina' },
      ],
    }
    // The finder dates by the browser's day; the expected dates below by Hamm's.
    const context = await newContext({ acceptDownloads: true, timezoneId: 'Europe/Berlin' })
    const page = await openFinder(context, `${site}/finder/#${shareFragmentKey}=${encodeHouseholdJson(household)}`)
    const button = page.getByRole('button', { name: 'In meinen Kalender' })
    await expect.poll(() => button.isEnabled()).toBe(true)
    expect(await page.locator('#fpm-kalender-hinweis').textContent()).toMatch(/^\d+ Termine für Ihren Kalender/)
    expect(await axeViolations(page), 'the calendar controls').toEqual([])
    const sent: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('blob:')) sent.push(request.url())
    })
    const download = async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
      expect(file.suggestedFilename()).toBe('familienrathaus-hamm.ics')
      return readFileSync((await file.path())!, 'utf8')
    }
    const withoutNames = await download()
    const events = new ICAL.Component(ICAL.parse(withoutNames)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    // The birth is expected in 8 weeks: Elterngeld within 3 months of it, with a reminder a week before.
    const birth = new Date(Date.parse(`${germanToday()}T00:00:00Z`) + 56 * 86_400_000).toISOString().slice(0, 10)
    const elterngeld = events.find((event) => event.summary === 'Elterngeld beantragen')!
    expect(elterngeld.startDate.toString()).toBe(addMonths(birth, 3))
    expect(elterngeld.startDate.isDate).toBe(true)
    expect(elterngeld.description).toMatch(
      /^Elterngeld beantragen: bis \d{1,2}\. \p{L}+ \d{4}\. Angebot: Elterngeld, ElterngeldPlus und Partnerschaftsbonus\. Das Datum ist .*geschätzt\..*\nhttp.*\/angebote\/elterngeld\/$/su,
    )
    expect(elterngeld.component.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-P7D')
    // The time hints too („In 3 Monaten: Ferienbetreuung …“).
    expect(events.some((event) => event.summary.startsWith('Ferienbetreuung'))).toBe(true)
    expect(withoutNames).not.toContain('Lina')
    await page.getByLabel('Vornamen in die Termine übernehmen').check()
    expect(new ICAL.Component(ICAL.parse(await download())).getAllSubcomponents('vevent')).toHaveLength(events.length)
    expect(sent).toEqual([])
    await context.close()
  })
})
