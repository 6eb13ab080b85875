/**
 * The whole path a newcomer takes, in real Chromium against `npm start` on a throwaway data
 * folder: the site is built from the seeded CMS, a family finds pages by browsing and by search,
 * and an editor's publish in the admin reaches the site.
 */
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../support/browser.ts'
import { freePort, makeDataDir, runStart, type StartedProcess } from '../support/stack.ts'

let start: StartedProcess
let browser: Browser
let data: ReturnType<typeof makeDataDir>
let cms = ''
let site = ''
const editor = { email: 'redaktion@familienrathaus.invalid', password: `Test-${Date.now()}-Passwort!` }

beforeAll(async () => {
  data = makeDataDir()
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  cms = `http://127.0.0.1:${cmsPort}`
  site = `http://127.0.0.1:${sitePort}`
  start = runStart({ DATA_DIR: data.dir, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort), HOST: '127.0.0.1' })
  await start.waitFor(/Familienrathaus is running/, 540_000)
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  if (start && start.child.exitCode === null) {
    start.child.kill('SIGINT')
    await start.exited
  }
  data?.remove()
})

async function newPage(): Promise<Page> {
  const context = await browser.newContext()
  return context.newPage()
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
  it('opens the home page, and the household island works', async () => {
    const page = await newPage()
    await page.goto(`${site}/`)
    expect(await page.title()).toBe('Digitales Familienrathaus Hamm')
    expect(await page.locator('h1').textContent()).toBe('Digitales Familienrathaus Hamm')
    await page.locator('[data-hydrated="true"]').waitFor()
    await page.getByRole('button', { name: 'Kind hinzufügen' }).click()
    await expect.poll(() => page.locator('.fp-household__summary').textContent()).toContain('2 Kinder')
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

  it('changes and publishes an Angebot, and the rebuilt site shows it within 60 s', async () => {
    const page = await newPage()
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
    await page.getByText(/erfolgreich|veröffentlicht/i).first().waitFor({ timeout: 30_000 })

    const heading = await poll(
      async () => (await (await fetch(`${site}/angebote/kindergeld/`)).text()).match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1],
      (value) => value === newTitle,
      60_000,
    )
    expect(heading).toBe(newTitle)
    console.log(`Publish → live on the site: ${((Date.now() - published) / 1000).toFixed(1)} s`)
    await page.context().close()
  })

  it('deletes an Angebot, and its page leaves the site', async () => {
    const login = (await (
      await fetch(`${cms}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(editor),
      })
    ).json()) as { token: string }
    const { docs } = (await (await fetch(`${cms}/api/angebote?where[slug][equals]=ferienbetreuung&depth=0`)).json()) as {
      docs: { id: number | string }[]
    }
    expect(docs).toHaveLength(1)
    const deleted = await fetch(`${cms}/api/angebote/${docs[0]!.id}`, {
      method: 'DELETE',
      headers: { authorization: `JWT ${login.token}` },
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
})

describe('stopping', () => {
  it('stops everything cleanly on Ctrl-C', async () => {
    start.child.kill('SIGINT')
    expect(await start.exited).toBe(0)
    await expect(fetch(`${site}/`)).rejects.toThrow()
    await expect(fetch(`${cms}/api/angebote`)).rejects.toThrow()
  })
})
