/**
 * The whole path a newcomer takes, in real Chromium against the run's `npm start` on a throwaway
 * data folder (it runs last of the browser files and ends by stopping it): the site is built from the seeded CMS, a family finds pages by browsing and by search,
 * and an editor's publish in the admin reaches the site.
 */
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createClient } from '@libsql/client'
import { realpathSync, statSync } from 'node:fs'
import path from 'node:path'

import { cmsProcessOf } from '@familienrathaus/server/processes'
import { openDataLocationsFileSchema, openDataServicesFileSchema } from '@familienrathaus/content-schemas'
import { encodeHouseholdJson, shareFragmentKey } from '@familienrathaus/content-schemas/matcher/shareCodec'
import { axeViolations } from '../../support/axe.ts'
import { launchBrowser } from '../../support/browser.ts'
import { brokenInternalLinks } from '../../support/links.ts'
import { interruptSharedStack, sharedStack } from '../../support/sharedStack.ts'

let browser: Browser
const stack = await sharedStack()
const { cms, site } = stack
const editor = { email: 'redaktion@familienrathaus.invalid', password: `Test-${Date.now()}-Passwort!` }

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

async function newPage(): Promise<Page> {
  const context = await browser.newContext()
  return context.newPage()
}

/** The first account (Administration) makes one account per role. */
async function createAccounts(accounts: Record<string, string>, password: string) {
  const admin = await loginToken(editor.email, editor.password)
  for (const [role, email] of Object.entries(accounts)) {
    const response = await fetch(`${cms}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${admin}` },
      body: JSON.stringify({ email, password, roles: [role] }),
    })
    expect(response.status).toBe(201)
  }
}

/** Logs in through the admin's login form. */
async function adminLogin(email: string, password: string): Promise<Page> {
  const page = await newPage()
  await page.goto(`${cms}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill(password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.includes('/login'))
  return page
}

/** Logs in over REST; the token comes back only as the HttpOnly cookie, never in the body. */
async function loginToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await response.json()) as Record<string, unknown>
  expect(response.status, JSON.stringify(body)).toBe(200)
  expect(body).not.toHaveProperty('token')
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
  expect(cookie).toMatch(/HttpOnly/i)
  return /^payload-token=([^;]+)/.exec(cookie!)![1]!
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500))
    value = await read()
  }
  return value
}

describe('a family on the site', () => {
  it('opens the home page and reaches the situation finder, whose island works', async () => {
    const page = await newPage()
    await page.goto(`${site}/`)
    expect(await page.title()).toBe('Digitales Familienrathaus Hamm')
    expect(await page.locator('h1').textContent()).toBe('Digitales Familienrathaus Hamm')
    await page
      .getByRole('link', { name: /Situations-Finder/ })
      .first()
      .click()
    await page.waitForURL(/\/finder\/$/)
    await page.locator('.fp-matcher[data-ready]').waitFor()
    await page.getByRole('button', { name: 'Kind hinzufügen' }).first().click()
    await expect.poll(() => page.getByText('Kind, Alter fehlt noch').count()).toBeGreaterThan(0)
    await page.locator('.fp-matcher__person').getByLabel('Alter', { exact: true }).fill('5')
    await expect.poll(() => page.getByText('Kind, 5 Jahre').count()).toBeGreaterThan(0)
    await page.context().close()
  })

  it('keeps the header compact on a phone: the menu folds behind one button, the languages stay in view (issue 14)', async () => {
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const page = await phone.newPage()
    await page.goto(`${site}/angebote/kindergeld/`)
    const height = () => page.locator('.fp-header').evaluate((header) => header.getBoundingClientRect().height)
    const folded = await height()
    console.log(`Header on a 360 px phone: ${Math.round(folded)} px of 740`)
    expect(folded).toBeLessThanOrEqual(150)
    expect(await page.getByRole('link', { name: 'Türkçe' }).isVisible()).toBe(true)
    const menu = page.locator('.fp-header__menu > summary')
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').filter({ visible: true }).count()).toBe(0)
    await menu.focus()
    await page.keyboard.press('Enter')
    expect(await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').filter({ visible: true }).count()).toBeGreaterThan(
      0,
    )
    await phone.close()
    // On a wide screen the menu is simply there.
    const desktop = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    const wide = await desktop.newPage()
    await wide.goto(`${site}/angebote/kindergeld/`)
    expect(await wide.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link').filter({ visible: true }).count()).toBeGreaterThan(
      0,
    )
    expect(await wide.locator('.fp-header__menu > summary').isVisible()).toBe(false)
    await desktop.close()
  })

  it('leaves at once: „Seite schnell verlassen" and Escape twice replace the page with a neutral one, out of the Back button’s way (issue 14)', async () => {
    const context = await browser.newContext()
    // The neutral page is another site; the test answers for it, so nothing leaves this machine.
    await context.route('https://www.google.de/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Neutral</title>' }),
    )
    const page = await context.newPage()
    await page.goto(`${site}/`)
    await page.goto(`${site}/angebote/hilfe-bei-gewalt/`)
    const banner = page.locator('.fp-leave-banner a')
    expect(await banner.isVisible()).toBe(true)
    expect(await banner.textContent()).toContain('Seite schnell verlassen')
    expect(await banner.getAttribute('href')).toBe('https://www.google.de/')
    await page.locator('h1').click()
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.waitForURL('https://www.google.de/')
    await page.goBack()
    expect(page.url()).toBe(`${site}/`)
    // Every page has the link in its header; a page that need not hide has no banner.
    await page.goto(`${site}/angebote/kindergeld/`)
    expect(await page.locator('.fp-leave-banner').count()).toBe(0)
    await page.locator('.fp-header .fp-leave').click()
    await page.waitForURL('https://www.google.de/')
    await page.goBack()
    expect(page.url()).toBe(`${site}/`)
    await context.close()
  })

  it('ranks the offer above lists that repeat it, in German and Turkish, and suggests the word for a near-miss (issue 14)', async () => {
    const page = await newPage()
    /** The 1-based place of an Angebot among the hits for a query, or 0 when it is not on the first page of hits. */
    const rankOf = async (prefix: string, query: string, slug: string) => {
      await page.goto(`${site}${prefix}/suche/?q=${encodeURIComponent(query)}`)
      await expect.poll(() => page.locator('#suche-status').textContent(), { timeout: 15_000 }).toMatch(/\d/)
      const hrefs = await page
        .locator('#suche-ergebnisse h2 a')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))
      console.log(`${prefix || '/'} „${query}“: ${hrefs.slice(0, 5).join(' ')}`)
      return hrefs.indexOf(`${prefix}/angebote/${slug}/`) + 1
    }
    const ranks = {
      'Geld für Kinder': await rankOf('', 'Geld für Kinder', 'kindergeld'),
      Kindergelt: await rankOf('', 'Kindergelt', 'kindergeld'),
      'çocuk parası (/tr/)': await rankOf('/tr', 'çocuk parası', 'kindergeld'),
    }
    console.log(`Search ranks of Kindergeld: ${JSON.stringify(ranks)}`)
    expect(ranks['Geld für Kinder']).toBeGreaterThanOrEqual(1)
    expect(ranks['Geld für Kinder']).toBeLessThanOrEqual(3)
    expect(ranks['çocuk parası (/tr/)']).toBeGreaterThanOrEqual(1)
    expect(ranks['çocuk parası (/tr/)']).toBeLessThanOrEqual(3)
    // A typo: the site offers its own word, and that search puts the offer first – with the filter the family chose.
    await rankOf('', 'Kindergelt', 'kindergeld')
    const kind = page.locator('#filter-art')
    await kind.selectOption({ label: 'Geldleistung' })
    const suggestion = page.locator('#suche-vorschlag')
    await expect.poll(() => suggestion.textContent()).toBe('Meinten Sie: Kindergeld?')
    await suggestion.getByRole('link', { name: 'Kindergeld' }).click()
    await expect
      .poll(() => page.locator('#suche-ergebnisse h2 a').first().getAttribute('href'), { timeout: 15_000 })
      .toBe('/angebote/kindergeld/')
    expect(await kind.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.text)).toBe('Geldleistung')
    expect(await page.getByLabel('Was suchen Sie?').inputValue()).toBe('Kindergeld')
    // The address keeps term and filter: a reload (or a shared link) searches the same.
    expect(new URL(page.url()).searchParams.get('art')).toBe('Geldleistung')
    await page.reload()
    await expect.poll(() => kind.evaluate((select) => (select as HTMLSelectElement).value)).toBe('Geldleistung')
    await page.context().close()
  })

  it('searches for a seeded word and opens the hit', async () => {
    const page = await newPage()
    await page.goto(`${site}/suche/`)
    await page.getByLabel('Was suchen Sie?').fill('Kinderzuschlag')
    await page.getByLabel('Was suchen Sie?').press('Enter')
    await expect.poll(() => page.locator('#suche-status').textContent(), { timeout: 15_000 }).toMatch(/\d+ Treffer/)
    const hit = page.locator('#suche-ergebnisse a', { hasText: 'Kinderzuschlag' }).first()
    await hit.click()
    await page.waitForURL(/\/angebote\/kinderzuschlag\/$/)
    expect(await page.locator('h1').textContent()).toContain('Kinderzuschlag')
    await page.context().close()
  })

  it('finds an offer by an editor synonym, and narrows the hits with a filter', async () => {
    const page = await newPage()
    await page.goto(`${site}/suche/?q=Kindertagesst%C3%A4tte`)
    await expect.poll(() => page.locator('#suche-status').textContent(), { timeout: 15_000 }).toMatch(/\d+ Treffer/)
    expect(await page.locator('#suche-ergebnisse a').allTextContents()).toContain('Kita-Platz in Hamm')
    await page.getByLabel('Was suchen Sie?').fill('Geld')
    await page.getByLabel('Was suchen Sie?').press('Enter')
    await expect.poll(() => page.locator('#suche-status').textContent(), { timeout: 15_000 }).toMatch(/Treffer für „Geld“/)
    const unfiltered = await page.locator('#suche-ergebnisse li').count()
    await page.getByLabel('Art', { exact: true }).selectOption('Beratung')
    await expect.poll(() => page.locator('#suche-ergebnisse li').count(), { timeout: 15_000 }).toBeLessThan(unfiltered)
    await page.context().close()
  })

  it('counts every hit and shows them twenty at a time', async () => {
    const page = await newPage()
    await page.goto(`${site}/suche/?q=Hamm`)
    const status = page.locator('#suche-status')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^\d+ Treffer für „Hamm“\.$/)
    const total = Number(/^(\d+)/.exec((await status.textContent())!)![1])
    expect(total, 'a word on nearly every page').toBeGreaterThan(20)
    const hits = page.locator('#suche-ergebnisse > li')
    expect(await hits.count()).toBe(20)
    await page.getByRole('button', { name: 'Weitere Treffer zeigen' }).click()
    await expect.poll(() => hits.count()).toBe(Math.min(total, 40))
    // The focus moves on to the first new hit.
    expect(await page.evaluate(() => document.activeElement?.closest('#suche-ergebnisse > li:nth-child(21)') !== null)).toBe(true)
    await page.context().close()
  })

  it('searches in English too, and marks hits whose page is still German', async () => {
    const page = await newPage()
    await page.goto(`${site}/en/suche/?q=Kinderzuschlag`)
    await expect.poll(() => page.locator('#suche-status').textContent(), { timeout: 15_000 }).toMatch(/^\d+ results? for “Kinderzuschlag”\.$/)
    // A translated offer is not marked …
    expect(await page.locator('#suche-ergebnisse a[href="/en/angebote/kinderzuschlag/"]').getAttribute('lang')).toBeNull()
    // … a contact point whose page is still German is.
    await page.goto(`${site}/en/suche/?q=Caldenhofer`)
    await expect.poll(() => page.locator('#suche-status').textContent(), { timeout: 15_000 }).toMatch(/results? for/)
    expect(await page.locator('#suche-ergebnisse a[href^="/en/kontakte/"]').first().getAttribute('lang')).toBe('de')
    await page.context().close()
  })

  it('browses from the A–Z list to an Angebot and on to its contact point', async () => {
    const page = await newPage()
    await page.goto(`${site}/angebote/`)
    await page.getByRole('link', { name: 'Kita-Platz', exact: false }).first().click()
    await page.waitForURL(/\/angebote\/kita-platz\/$/)
    const contact = page.locator('#kontakt ~ ul a').first()
    const contactName = await contact.textContent()
    await contact.click()
    await page.waitForURL(/\/kontakte\/[a-z0-9-]+\/$/)
    expect(await page.locator('h1').textContent()).toBe(contactName)
    await page.context().close()
  })

  it('gives other portals the open data: the page explains it and links the files, which follow their schema (issue 17)', async () => {
    const page = await newPage()
    await page.goto(`${site}/`)
    await page.locator('footer').getByRole('link', { name: 'Offene Daten' }).click()
    await page.waitForURL(`${site}/opendata/`)
    expect(await page.locator('h1').textContent()).toBe('Offene Daten')
    const json = page.locator('a[data-open-data="services"]')
    const services = openDataServicesFileSchema.parse(
      await (await page.request.get(new URL((await json.getAttribute('href'))!, site).href)).json(),
    )
    const locations = openDataLocationsFileSchema.parse(
      await (await page.request.get(new URL((await page.locator('a[data-open-data="locations"]').getAttribute('href'))!, site).href)).json(),
    )
    expect(services.services.length).toBeGreaterThanOrEqual(50)
    expect(await page.getByText(`Zurzeit ${services.services.length} Angebote und ${locations.locations.length} Kontaktstellen.`).count()).toBe(
      1,
    )
    expect(await page.getByRole('link', { name: services.license.name }).getAttribute('href')).toBe(services.license.url)
    // Every service points to its page on this site and only to Kontakte the file lists.
    const kindergeld = services.services.find((service) => service.id === 'kindergeld')!
    expect((await page.request.get(kindergeld.url.replace(/^https?:\/\/[^/]+/, site))).status()).toBe(200)
    const locationIds = new Set(locations.locations.map((location) => location.id))
    for (const service of services.services)
      for (const { location_id } of service.service_at_locations) expect(locationIds).toContain(location_id)
    await page.context().close()
  })

  it('answers unknown addresses with a helpful 404 page', async () => {
    const response = await fetch(`${site}/gibt-es-nicht/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Diese Seite gibt es nicht')
  })
})

describe('an editor in the admin', () => {
  it('creates the first account (no default password exists)', async () => {
    const response = await fetch(`${cms}/api/users/first-register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(editor),
    })
    expect(response.status).toBe(200)
  })

  it('sends the admin and the API with security headers, and no other site can frame the admin', async () => {
    const admin = await fetch(`${cms}/admin/login`)
    const policy = admin.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(admin.headers.get('x-frame-options')).toBe('DENY')
    expect(admin.headers.get('x-content-type-options')).toBe('nosniff')
    expect(admin.headers.get('referrer-policy')).toBe('same-origin')
    // Plain http here: HSTS only where the admin is served over https.
    expect(admin.headers.get('strict-transport-security')).toBeNull()
    expect((await fetch(`${cms}/api/angebote?limit=1`)).headers.get('x-content-type-options')).toBe('nosniff')

    const page = await newPage()
    await page.setContent(`<iframe title="Fremde Seite" src="${cms}/admin/login" width="800" height="600"></iframe>`)
    await page.waitForTimeout(3000)
    expect(await page.frameLocator('iframe').locator('#field-email').count()).toBe(0)
    await page.context().close()
  })

  it('changes and publishes an Angebot, and the rebuilt site shows it within 60 s', async () => {
    const page = await newPage()
    // The admin keeps working under its Content-Security-Policy: nothing it needs is refused.
    const refusals: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text())
    })
    await page.goto(`${cms}/admin/login`)
    await page.locator('#field-email').fill(editor.email)
    await page.locator('#field-password').fill(editor.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    const { docs } = (await (await fetch(`${cms}/api/angebote?where[slug][equals]=kindergeld&depth=0`)).json()) as {
      docs: { id: number | string }[]
    }
    await page.goto(`${cms}/admin/collections/angebote/${docs[0]!.id}`)
    const newTitle = `Kindergeld – geändert ${Date.now()}`
    const title = page.locator('#field-title')
    await title.waitFor()
    await title.fill(newTitle)
    const published = Date.now()
    await page.locator('#action-save').click()
    await page
      .getByText(/erfolgreich|veröffentlicht/i)
      .first()
      .waitFor({ timeout: 30_000 })

    const heading = await poll(
      async () => (await (await fetch(`${site}/angebote/kindergeld/`)).text()).match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1],
      (value) => value === newTitle,
      60_000,
    )
    expect(heading).toBe(newTitle)
    console.log(`Publish → live on the site: ${((Date.now() - published) / 1000).toFixed(1)} s`)
    expect(refusals).toEqual([])
    await page.context().close()
  })

  it('deletes an Angebot, and its page leaves the site', async () => {
    const token = await loginToken(editor.email, editor.password)
    const { docs } = (await (await fetch(`${cms}/api/angebote?where[slug][equals]=ferienbetreuung&depth=0`)).json()) as {
      docs: { id: number | string }[]
    }
    expect(docs).toHaveLength(1)
    const deleted = await fetch(`${cms}/api/angebote/${docs[0]!.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${token}` },
    })
    expect(deleted.status).toBe(200)
    const status = await poll(
      async () => (await fetch(`${site}/angebote/ferienbetreuung/`)).status,
      (value) => value === 404,
      60_000,
    )
    expect(status).toBe(404)
    const list = await (await fetch(`${site}/angebote/`)).text()
    expect(list).not.toContain('/angebote/ferienbetreuung/')
  })

  it('shows a translation on its language’s pages, with the German parts a partial one lacks marked; without a summary it stays German', async () => {
    const token = await loginToken(editor.email, editor.password)
    const { docs } = (await (await fetch(`${cms}/api/angebote?where[slug][equals]=kindergeld&depth=0&locale=de`)).json()) as {
      docs: ({ id: number } & Record<string, unknown>)[]
    }
    const german = docs[0]!
    const save = async (locale: string, data: Record<string, unknown>) => {
      const response = await fetch(`${cms}/api/angebote/${german.id}?locale=${locale}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ ...data, _status: 'published' }),
      })
      expect(response.status, await response.clone().text()).toBe(200)
    }
    const paragraph = (text: string) => ({
      root: {
        type: 'root',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'paragraph',
            format: '',
            indent: 0,
            version: 1,
            direction: 'ltr',
            textFormat: 0,
            children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
          },
        ],
      },
    })
    const rows = (value: unknown) => (Array.isArray(value) ? value.map((_, i) => ({ text: `Step ${i + 1} in English` })) : [])
    const eligibility = german.eligibility as Record<string, unknown>
    // Ukrainian: the summary taken away – a title alone is not enough to leave German.
    await save('uk', { title: 'Допомога на дитину', summary: '' })
    // Turkish: the steps taken away – the page stays Turkish, its steps German and marked.
    await save('tr', { steps: [] })
    // English: every text the German version has.
    await save('en', {
      title: 'Child benefit',
      summary: 'Parents receive money every month for each child.',
      summaryLeichteSprache: german.summaryLeichteSprache ? 'Money for your child. Every month.' : undefined,
      body: paragraph('Child benefit helps families with the cost of bringing up children.'),
      costs: german.costs ? '259 euros per child and month' : undefined,
      synonyms: german.synonyms ? 'child allowance, family benefit' : undefined,
      provider: german.provider ? 'Family benefits office (Familienkasse)' : undefined,
      eligibility: { ...eligibility, summary: eligibility.summary ? 'For children under 18, and longer while in training.' : undefined },
      steps: rows(german.steps),
      documents: (german.documents as unknown[] | undefined)?.map((_, i) => ({ text: `Document ${i + 1}` })) ?? [],
    })

    // A required page (a global) translated completely appears in English too.
    const impressum = await fetch(`${cms}/api/globals/impressum?locale=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title: 'Legal notice',
        intro: 'Who runs this website.',
        body: paragraph('This website is run by the City of Hamm.'),
      }),
    })
    expect(impressum.status).toBe(200)

    const english = await poll(
      async () => await (await fetch(`${site}/en/angebote/kindergeld/`)).text(),
      (html) => html.includes('>Child benefit</h1>'),
      90_000,
    )
    expect(english).toMatch(/<h1 data-pagefind-weight="10">Child benefit<\/h1>/)
    // Translated: the note says when, and that the German version counts – not that the page is German.
    expect(english).toContain('The German version is the one that counts.')
    // The legal basis is not translated (a German law's name): marked German, and the note says so.
    expect(english).toMatch(/<dd lang="de" dir="ltr"><a href="https:\/\/www\.gesetze-im-internet\.de/)
    expect(await (await fetch(`${site}/en/angebote/`)).text()).toContain('Child benefit')
    const legal = await poll(
      async () => await (await fetch(`${site}/en/impressum/`)).text(),
      (html) => html.includes('<h1>Legal notice</h1>'),
      60_000,
    )
    expect(legal).not.toContain('fp-language-note')
    expect(await (await fetch(`${site}/tr/impressum/`)).text()).toContain('fp-language-note')
    // The German page is untouched.
    expect(await (await fetch(`${site}/angebote/kindergeld/`)).text()).not.toContain('Child benefit')
    // Ukrainian without a summary: German, marked for screen readers and for the search.
    const ukrainian = await (await fetch(`${site}/uk/angebote/kindergeld/`)).text()
    expect(ukrainian).toMatch(/<h1 data-pagefind-weight="10" data-pagefind-meta="inhalt:de" lang="de" dir="ltr">/)
    expect(ukrainian).toContain('fp-language-note')
    expect(ukrainian).not.toContain('Допомога на дитину')
    // Turkish without steps: Turkish, the steps in German and marked so, and the note says that.
    const turkish = await (await fetch(`${site}/tr/angebote/kindergeld/`)).text()
    expect(turkish).toMatch(/<h1 data-pagefind-weight="10">Çocuk parası \(<span lang="de" dir="ltr">Kindergeld<\/span>\)<\/h1>/)
    expect(turkish).toMatch(/<ol class="fp-prose" lang="de" dir="ltr">/)
    expect(turkish).toContain('Henüz çevrilmemiş kısımlar Almanca gösterilir.')
  })

  it('keeps the database, the secret and the uploads from other users of the machine', () => {
    for (const entry of ['.', 'familienrathaus.db', 'payload-secret', 'media']) {
      expect(statSync(path.join(stack.dataDir, entry)).mode & 0o007, entry).toBe(0)
    }
  })

  it('leaves no broken internal link anywhere on the rebuilt site', () => {
    expect(brokenInternalLinks(realpathSync(path.join(stack.dataDir, 'site', 'current')))).toEqual([])
  })
})

describe('the editorial workflow', () => {
  const password = `Redaktion-${Date.now()}-Passwort`
  const accounts = {
    redaktion: 'redakteurin@familienrathaus.invalid',
    freigabe: 'freigabe@familienrathaus.invalid',
  }
  const title = `Familienpass Hamm ${Date.now()}`
  let draftId: number
  let slug: string

  const login = loginToken

  const browserLogin = (email: string) => adminLogin(email, password)

  it('Administration creates accounts for Redaktion and Freigabe', async () => {
    await createAccounts(accounts, password)
  })

  it('Redaktion writes a draft and submits it for review; the public does not see it', async () => {
    const token = await login(accounts.redaktion, password)
    const felder = (await (await fetch(`${cms}/api/handlungsfelder?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
    const response = await fetch(`${cms}/api/angebote?draft=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({
        title,
        summary: 'Ermäßigungen für Familien in Hamm bei Freizeit, Sport und Kultur.',
        kind: 'freizeit',
        handlungsfelder: [felder.docs[0]!.id],
        reviewState: 'zur-freigabe',
      }),
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
    draftId = doc.id
    slug = doc.slug
    expect((await fetch(`${site}/angebote/${slug}/`)).status).toBe(404)
  })

  it('Redaktion sees the real page of the draft in the preview; nobody else does', async () => {
    const page = await browserLogin(accounts.redaktion)
    await page.goto(`${cms}/admin/collections/angebote/${draftId}`)
    await expect.poll(() => page.locator('label[for="field-summary"]').first().textContent()).toContain('Kurzbeschreibung')
    const preview = await page.goto(`${site}/vorschau/angebote/${draftId}/`, { timeout: 60_000 })
    expect(page.url(), `${preview?.status()} ${await page.locator('main').textContent()}`).toMatch(
      new RegExp(`/vorschau/seite/angebote/${slug}/$`),
    )
    expect(await page.locator('h1').textContent()).toBe(title)
    expect(await page.locator('.fp-draft-banner').textContent()).toContain('Entwurf – nicht veröffentlicht.')
    await page.context().close()

    const stranger = await newPage()
    const response = await stranger.goto(`${site}/vorschau/angebote/${draftId}/`)
    expect(response?.status()).toBe(401)
    expect(await stranger.locator('h1').textContent()).toBe('Vorschau nur für die Redaktion')
    const leaked = await stranger.goto(`${site}/vorschau/seite/angebote/${slug}/`)
    expect(leaked?.status()).toBe(401)
    await stranger.context().close()
  })

  it('Redaktion may not publish', async () => {
    const token = await login(accounts.redaktion, password)
    const response = await fetch(`${cms}/api/angebote/${draftId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(response.status).toBe(403)
  })

  it('Freigabe’s publish is refused while the checklist does not hold, each missing item named in the admin (issue 16)', async () => {
    const page = await browserLogin(accounts.freigabe)
    await page.goto(`${cms}/admin/collections/angebote/${draftId}`)
    await page.locator('#field-title').waitFor({ timeout: 30_000 })
    await page.locator('#action-save').click()
    for (const missing of [/Ansprechstelle/, /nächste Schritt/, /Testfamilie/])
      await page.getByText(missing).first().waitFor({ timeout: 30_000 })
    expect(await page.getByText('An unknown error occurred.').count()).toBe(0)
    await page.context().close()
    expect((await fetch(`${site}/angebote/${slug}/`)).status).toBe(404)
  })

  it('Redaktion completes it in the admin: writes the rule with the block chooser, reads it as a sentence and tries it on a Testfamilie built in the finder, before saving (issue 16)', async () => {
    // The parts the checklist asked for besides the rule: the next step and the responsible contact.
    const token = await login(accounts.redaktion, password)
    const kontakte = (await (await fetch(`${cms}/api/kontakte?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
    const completed = await fetch(`${cms}/api/angebote/${draftId}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ steps: [{ text: 'Holen Sie den Familienpass im Familienbüro ab.' }], kontakte: [kontakte.docs[0]!.id] }),
    })
    expect(completed.status, await completed.clone().text()).toBe(200)

    const page = await browserLogin(accounts.redaktion)
    await page.goto(`${cms}/admin/collections/angebote/${draftId}`)
    await page.locator('#field-title').waitFor({ timeout: 30_000 })
    // The clicks an editor makes for „Kind jünger als 3 und alleinerziehend“, counted for the closing note (the issue counted 8 and one entry).
    let clicks = 0
    const click = async (target: ReturnType<Page['locator']>) => {
      clicks += 1
      await target.click()
    }
    const choose = async (field: string, option: string) => {
      await click(page.locator(`#field-${field} .rs__control`))
      await click(page.locator('.rs__option', { hasText: new RegExp(`^${option}$`) }).first())
    }
    await click(page.locator('.tabs-field__tab-button', { hasText: 'Für wen' }).first())
    await click(page.getByRole('button', { name: 'Bedingung hinzufügen' }))
    expect(await axeViolations(page), 'the block chooser').toEqual([])
    await click(page.getByRole('button', { name: 'Ein Kind …' }))
    await page.locator('#field-eligibility__rules__0__maxAge').fill('3')
    await click(page.getByRole('button', { name: 'Bedingung hinzufügen' }))
    await click(page.getByRole('button', { name: 'Der Haushalt …' }))
    await choose('eligibility__rules__1__singleParent', 'ja')
    const sentence = page.locator('[data-rule-sentence]')
    await expect
      .poll(() => sentence.textContent(), { timeout: 30_000 })
      .toBe('Passt, wenn ein Kind jünger als 3 Jahre ist und der Haushalt alleinerziehend ist.')
    console.log(`Clicks for „Kind jünger als 3 und alleinerziehend“, the tab included: ${clicks} and one entry`)
    // The Testfamilie: a household put together in the finder, its „Link teilen“ pasted here.
    const finderLink = `${site}/finder/#${shareFragmentKey}=${encodeHouseholdJson({
      version: 1,
      singleParent: true,
      members: [
        { role: 'adult', age: 29 },
        { role: 'child', age: 1, name: 'Ida' },
      ],
    })}`
    await click(page.getByRole('button', { name: 'Testfamilie hinzufügen' }))
    await page.locator('#field-eligibility__testFamilies__0__name').fill('Mutter mit Baby')
    await page.locator('#field-eligibility__testFamilies__0__household').fill(finderLink)
    await choose('eligibility__testFamilies__0__expected', 'passt')
    await expect.poll(() => page.locator('[data-rule-tried]').textContent()).toMatch(/^Mutter mit Baby: passt ✓\. Ida ist 1 Jahr alt/)
    expect(await axeViolations(page), 'the rule tab with blocks, sentence and tried Testfamilie').toEqual([])
    // Autosave keeps the draft; the rule and the Testfamilie are stored.
    await expect
      .poll(
        async () => {
          const response = await fetch(`${cms}/api/angebote/${draftId}?draft=true&depth=0`, { headers: { authorization: `JWT ${token}` } })
          const doc = (await response.json()) as { eligibility?: { rules?: unknown[]; testFamilies?: unknown[] } }
          return [doc.eligibility?.rules?.length, doc.eligibility?.testFamilies?.length]
        },
        { timeout: 30_000 },
      )
      .toEqual([2, 1])
    await page.context().close()
  })

  it('every admin page an editor uses passes axe: dashboard, lists, each tab of an Angebot, its versions, the other content types, the account (issue 16)', async () => {
    const page = await browserLogin(accounts.redaktion)
    const violations: string[] = []
    const check = async (what: string) => {
      for (const violation of await axeViolations(page)) violations.push(`${what}: ${violation}`)
    }
    const open = async (path: string, ready: string) => {
      await page.goto(`${cms}/admin${path}`)
      await page.locator(ready).first().waitFor({ timeout: 30_000 })
      // The server-rendered page is visible before React hydrates and the repairs start (CI once checked it then).
      await page.locator('html[data-admin-accessible]').waitFor({ state: 'attached', timeout: 30_000 })
    }
    const first = async (collection: string) =>
      ((await (await fetch(`${cms}/api/${collection}?limit=1&depth=0`)).json()) as { docs: { id: number }[] }).docs[0]!.id
    await open('', '.dashboard')
    await check('dashboard')
    await open('/collections/angebote', 'table')
    await check('Angebote list')
    await open(`/collections/angebote/${draftId}`, '#field-title')
    await check('Angebot: Inhalt')
    for (const tab of ['Antrag', 'Kontakt und Recht', 'Gültigkeit und Pflege']) {
      await page.locator('.tabs-field__tab-button', { hasText: tab }).first().click()
      await check(`Angebot: ${tab}`)
    }
    await open(`/collections/angebote/${draftId}/versions`, 'table')
    await check('Angebot: versions')
    for (const collection of ['kontakte', 'handlungsfelder', 'meilensteine', 'erklaervideos']) {
      await open(`/collections/${collection}/${await first(collection)}`, '#field-title, #field-name')
      await check(collection)
    }
    await open('/collections/media', 'table')
    await check('media list')
    await open('/account', '#field-email')
    await check('account')
    expect(violations).toEqual([])
    await page.context().close()
  })

  it('Freigabe publishes it in the admin, and it appears on the site', async () => {
    const page = await browserLogin(accounts.freigabe)
    await page.goto(`${cms}/admin/collections/angebote/${draftId}`)
    await page.locator('#action-save').click()
    await page
      .getByText(/erfolgreich|veröffentlicht/i)
      .first()
      .waitFor({ timeout: 30_000 })
    const status = await poll(
      async () => (await fetch(`${site}/angebote/${slug}/`)).status,
      (value) => value === 200,
      60_000,
    )
    expect(status).toBe(200)
    // The admin says when the change is live and links to the page (issue 16), not only „Erfolgreich aktualisiert“.
    const live = page.locator('[data-live-status="live"]')
    await live.waitFor({ timeout: 60_000 })
    expect(await live.textContent()).toMatch(
      /^Öffentliche Website: Diese Fassung ist seit \d{1,2}\. \p{L}+ 2026 um \d{2}:\d{2} online\. Seite ansehen$/u,
    )
    // The site's public address (SITE_URL) may name the host differently than the test does.
    const href = new URL((await live.locator('a').getAttribute('href'))!)
    expect([href.port, href.pathname]).toEqual([new URL(site).port, `/angebote/${slug}/`])
    await page.context().close()
  })

  it('Redaktion changes the rule in the form and reads the new sentence and result at once, before saving (issue 16)', async () => {
    const page = await browserLogin(accounts.redaktion)
    await page.goto(`${cms}/admin/collections/angebote/${draftId}`)
    await page.locator('#field-title').waitFor({ timeout: 30_000 })
    await page.locator('.tabs-field__tab-button', { hasText: 'Für wen' }).first().click()
    const sentence = page.locator('[data-rule-sentence]')
    await expect.poll(() => sentence.textContent(), { timeout: 30_000 }).toContain('jünger als 3 Jahre')
    await page.locator('#field-eligibility__rules__0__maxAge').fill('1')
    await expect.poll(() => sentence.textContent()).toBe('Passt, wenn ein Kind jünger als 1 Jahr ist und der Haushalt alleinerziehend ist.')
    await expect.poll(() => page.locator('[data-rule-tried]').textContent()).toMatch(/^Mutter mit Baby: passt nicht – erwartet war „passt“/)
    await page.context().close()
  })
})

describe('every refusal reaches the editor with its reason', () => {
  const password = `Gruende-${Date.now()}-Passwort`
  const accounts = { redaktion: 'gruende-redaktion@familienrathaus.invalid', freigabe: 'gruende-freigabe@familienrathaus.invalid' }
  let docId: number
  let draftDocId: number

  const browserLogin = (email: string) => adminLogin(email, password)

  beforeAll(async () => {
    await createAccounts(accounts, password)
    const admin = await loginToken(editor.email, editor.password)
    const felder = (await (await fetch(`${cms}/api/handlungsfelder?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
    const kontakte = (await (await fetch(`${cms}/api/kontakte?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
    // One Angebot per test: the admin keeps a document locked for its last editor for a while.
    const create = async (title: string) => {
      const created = await fetch(`${cms}/api/angebote`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${admin}` },
        body: JSON.stringify({
          title: `${title} ${Date.now()}`,
          summary: 'Vergünstigungen für Familien.',
          kind: 'freizeit',
          handlungsfelder: [felder.docs[0]!.id],
          // What the publish checklist asks for (issue 16).
          steps: [{ text: 'Beantragen Sie die Karte im Familienbüro.' }],
          kontakte: [kontakte.docs[0]!.id],
          eligibility: {
            testFamilies: [{ name: 'Eine Familie', household: '{"version":1,"members":[{"role":"adult","age":30}]}', expected: 'yes' }],
          },
          _status: 'published',
        }),
      })
      expect(created.status).toBe(201)
      return ((await created.json()) as { doc: { id: number } }).doc.id
    }
    docId = await create('Familienkarte')
    draftDocId = await create('Ferienpass')
  })

  it('opens Angebote whose rules nest groups four levels deep in the admin', async () => {
    const page = await adminLogin(accounts.redaktion, password)
    for (const slug of ['unterhaltsvorschuss', 'berufsausbildungsbeihilfe', 'elterngeld']) {
      const { docs } = (await (await fetch(`${cms}/api/angebote?where[slug][equals]=${slug}&depth=0`)).json()) as { docs: { id: number }[] }
      await page.goto(`${cms}/admin/collections/angebote/${docs[0]!.id}`)
      await page.locator('#field-title').waitFor({ timeout: 20_000 })
    }
    await page.context().close()
  })

  it('the four-eyes rule: Freigabe changes an Angebot and may not publish it', async () => {
    const page = await browserLogin(accounts.freigabe)
    await page.goto(`${cms}/admin/collections/angebote/${docId}`)
    const title = page.locator('#field-title')
    await title.waitFor()
    await title.fill(`Familienkarte – geändert ${Date.now()}`)
    await page.locator('#action-save').click()
    await page
      .getByText(/Vier-Augen-Prinzip/)
      .first()
      .waitFor({ timeout: 30_000 })
    expect(await page.getByText('An unknown error occurred.').count()).toBe(0)
    await page.context().close()
  })

  it('an upload: Redaktion uploads SVG disguised as PNG', async () => {
    const page = await browserLogin(accounts.redaktion)
    await page.goto(`${cms}/admin/collections/media/create`)
    await page.locator('input[type="file"]').setInputFiles({
      name: 'plakat.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'),
    })
    await page.locator('#action-save').click()
    await page
      .getByText(/SVG-Dateien sind aus Sicherheitsgründen nicht erlaubt/)
      .first()
      .waitFor({ timeout: 30_000 })
    await page.context().close()
  })

  it('invalid input: Redaktion writes a summary longer than allowed into a draft', async () => {
    const page = await browserLogin(accounts.redaktion)
    await page.goto(`${cms}/admin/collections/angebote/${draftDocId}`)
    const summary = page.locator('#field-summary')
    await summary.waitFor()
    await summary.fill('Sehr lang. '.repeat(40))
    await page
      .getByText(/höchstens 300 Zeichen/)
      .first()
      .waitFor({ timeout: 30_000 })
    await page.context().close()
  })
})

describe('operations (issue 13)', () => {
  const cmsPid = () => cmsProcessOf(stack.pid)
  const health = async (url: string) => {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(3000) })
      return { status: response.status, json: (await response.json()) as Record<string, unknown> }
    } catch {
      return { status: 0, json: {} }
    }
  }

  it('answers the monitors: the CMS and its database are up, the site serves a build that succeeded', async () => {
    expect(await health(`${cms}/api/health`)).toMatchObject({ status: 200, json: { status: 'ok', database: 'ok' } })
    expect(await health(`${site}/_health`)).toMatchObject({ status: 200, json: { status: 'ok', cms: 'ok', site: { lastBuild: 'ok' } } })
  })

  it('loses no acknowledged write when the CMS is killed mid-burst, restarts it, and the site never goes dark', async () => {
    const token = await loginToken(editor.email, editor.password)
    const felder = (await (await fetch(`${cms}/api/handlungsfelder?limit=1&depth=0`)).json()) as { docs: { id: number }[] }
    const figures: string[] = []
    for (let round = 1; round <= 3; round++) {
      const acknowledged: number[] = []
      let refused = 0
      const write = async (index: number) => {
        try {
          const response = await fetch(`${cms}/api/angebote?draft=true`, {
            // Every write ends, answered or refused: none may hang on a CMS that died under it.
            signal: AbortSignal.timeout(20_000),
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
            body: JSON.stringify({
              title: `Absturz ${round}-${index}`,
              summary: 'Ein Entwurf.',
              kind: 'beratung',
              handlungsfelder: [felder.docs[0]!.id],
            }),
          })
          if (response.status === 201) acknowledged.push(((await response.json()) as { doc: { id: number } }).doc.id)
          else refused++
        } catch {
          refused++
        }
      }
      // Writers in parallel; the CMS is killed once some are acknowledged, while others are under way.
      const burst = Array.from({ length: 4 }, async (_, writer) => {
        for (let index = writer; index < 60; index += 4) await write(index)
      })
      while (acknowledged.length < 8) await new Promise((resolve) => setTimeout(resolve, 20))
      const killedAt = Date.now()
      process.kill(cmsPid(), 'SIGKILL')
      await Promise.all(burst)
      // The public site keeps serving the last good build while the CMS is down and comes back.
      expect((await fetch(`${site}/`)).status).toBe(200)
      const back = await poll(
        () => health(`${cms}/api/health`),
        (answer) => answer.status === 200,
        60_000,
      )
      expect(back.status).toBe(200)
      const downSeconds = ((Date.now() - killedAt) / 1000).toFixed(1)
      expect((await fetch(`${site}/angebote/`)).status).toBe(200)
      const lost: number[] = []
      for (const id of acknowledged) {
        const stored = await fetch(`${cms}/api/angebote/${id}?draft=true&depth=0`, { headers: { authorization: `JWT ${token}` } })
        if (stored.status !== 200) lost.push(id)
      }
      figures.push(
        `round ${round}: ${acknowledged.length} acknowledged, ${lost.length} lost, ${refused} refused while down, CMS back after ${downSeconds} s`,
      )
      expect(lost, figures.at(-1)).toEqual([])
    }
    console.log(`kill -9 of the CMS mid-burst:\n  ${figures.join('\n  ')}`)
    // The database file is sound (read beside the running CMS, as a monitor or a backup would).
    const database = createClient({ url: `file:${path.join(stack.dataDir, 'familienrathaus.db')}` })
    try {
      expect((await database.execute('PRAGMA integrity_check')).rows[0]).toMatchObject({ integrity_check: 'ok' })
    } finally {
      database.close()
    }
    const afterwards = await health(`${site}/_health`)
    expect(afterwards).toMatchObject({ status: 200, json: { status: 'ok', cms: 'ok' } })
  })
})

describe('stopping', () => {
  it('stops everything cleanly on Ctrl-C', async () => {
    expect(await interruptSharedStack()).toBe(0)
    await expect(fetch(`${site}/`)).rejects.toThrow()
    await expect(fetch(`${cms}/api/angebote`)).rejects.toThrow()
  })
})
