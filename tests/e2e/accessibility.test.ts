/**
 * The accessibility and privacy gate over every URL of the built site's sitemap, in real Chromium:
 * zero axe violations (WCAG 2.0/2.1/2.2 A and AA), and no request to any other origin.
 */
import AxeBuilder from '@axe-core/playwright'
import { HtmlValidate } from 'html-validate'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser } from '../support/browser.ts'
import { startStack, type RunningStack } from '../support/stack.ts'

let stack: RunningStack
let browser: Browser
let site = ''
let urls: string[] = []

beforeAll(async () => {
  stack = await startStack()
  site = stack.site
  browser = await launchBrowser()
  const sitemap = await (await fetch(`${site}/sitemap.xml`)).text()
  urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
})

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

/**
 * html-validate's recommended rules, minus those about markup style rather than correctness.
 * Each exception names what it affects.
 */
const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // The island's server-rendered HTML spells <input/> and checked="" – valid HTML, the renderer's spelling.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Offer titles may be long (up to 160 characters, as editors need them); search engines shorten them.
    'long-title': 'off',
    'input-missing-label': 'error',
    'no-missing-references': 'error',
  },
})

describe('every page of the sitemap', () => {
  it('lists the pages of every content type', () => {
    for (const section of ['/angebote/', '/handlungsfelder/', '/meilensteine/', '/erklaervideos/', '/kontakte/', '/impressum/', '/barrierefreiheit/']) {
      expect(urls.some((url) => new URL(url).pathname.startsWith(section)), section).toBe(true)
    }
    expect(urls.length).toBeGreaterThan(40)
  })

  it('is valid HTML (html-validate)', async () => {
    const problems: string[] = []
    for (const url of urls) {
      const html = await (await fetch(url.replace(/^https?:\/\/[^/]+/, site))).text()
      const report = await htmlValidate.validateString(html)
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${new URL(url).pathname}:${message.line}: ${message.ruleId} ${message.message}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('has zero axe violations and asks no other server for anything', async () => {
    const violations: string[] = []
    const foreign: string[] = []
    const context = await browser.newContext()
    const page = await context.newPage()
    page.on('request', (request) => {
      if (!request.url().startsWith(site) && !request.url().startsWith('data:')) foreign.push(`${page.url()} → ${request.url()}`)
    })
    for (const url of urls) {
      const response = await page.goto(url.replace(/^https?:\/\/[^/]+/, site), { waitUntil: 'load' })
      expect(response?.status(), url).toBe(200)
      const { violations: found } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
      for (const violation of found) {
        violations.push(`${new URL(url).pathname}: ${violation.id} (${violation.impact}) – ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)
      }
    }
    await context.close()
    expect(foreign).toEqual([])
    expect(violations).toEqual([])
  }, 300_000)
})
