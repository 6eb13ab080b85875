/**
 * The accessibility and privacy gate over every URL of the built site's sitemap, in real Chromium:
 * zero axe violations (WCAG 2.0/2.1/2.2 A and AA; every German page, every template in every
 * language and each page in a second language – support/axeSample.ts), and on every page: no
 * sideways scrolling at 320 px, no request to any other origin, nothing the server's
 * Content-Security-Policy refuses (it allows no inline script or style), the page's own language.
 */
import axe from 'axe-core'
import { HtmlValidate } from 'html-validate'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { de } from '@familienrathaus/site/i18n/ui/de'
import { axeTags } from '../../support/axe.ts'
import { axeSample, germanPathOf, languageOf, templateOf } from '../../support/axeSample.ts'
import { launchBrowser } from '../../support/browser.ts'
import { sitemapUrls } from '../../support/sitemap.ts'
import { sharedStack } from '../../support/sharedStack.ts'

let browser: Browser
const { site } = await sharedStack()
let urls: string[] = []

beforeAll(async () => {
  browser = await launchBrowser()
  urls = await sitemapUrls(site)
})

afterAll(async () => {
  await browser?.close()
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

/** The page for addresses that do not exist: no sitemap lists it, and it is checked like every page. */
const notFound = () => `${site}/diese-seite-gibt-es-nicht/`

/** The German interface sentences (not names or single words, which may be the same in other languages). */
const germanSentences = (function collect(value: unknown): string[] {
  if (typeof value === 'string') return value.length >= 18 && value.includes(' ') ? [value] : []
  if (value && typeof value === 'object') return Object.values(value).flatMap(collect)
  return []
})(de)

describe('every page of the sitemap', () => {
  it('lists the pages of every content type', () => {
    for (const section of [
      '/angebote/',
      '/handlungsfelder/',
      '/meilensteine/',
      '/erklaervideos/',
      '/kontakte/',
      '/impressum/',
      '/barrierefreiheit/',
    ]) {
      expect(
        urls.some((url) => new URL(url).pathname.startsWith(section)),
        section,
      ).toBe(true)
    }
    expect(urls.length).toBeGreaterThan(40)
    // Each page in all five languages.
    const pagesIn = (language: string) =>
      urls
        .filter((url) => languageOf(url) === language)
        .map((url) => new URL(url).pathname.replace(/^\/(en|tr|ar|uk)\//, '/'))
        .sort()
    for (const language of ['en', 'tr', 'ar', 'uk']) expect(pagesIn(language), language).toEqual(pagesIn('de'))
  })

  it('has every page checked by axe in German and at least one other language, and a page of every template in all five', () => {
    const checked = [...axeSample([...urls, notFound()])]
    const languagesOf = new Map<string, Set<string>>()
    for (const url of checked) {
      const path = germanPathOf(url)
      languagesOf.set(path, (languagesOf.get(path) ?? new Set()).add(languageOf(url)))
    }
    for (const url of urls) {
      const languages = languagesOf.get(germanPathOf(url))
      expect(languages?.has('de') && languages.size >= 2, germanPathOf(url)).toBe(true)
    }
    const inAllFive = new Set([...languagesOf].filter(([, languages]) => languages.size === 5).map(([path]) => templateOf(path)))
    const templates = new Set(urls.map((url) => templateOf(germanPathOf(url))))
    expect([...templates].filter((template) => !inAllFive.has(template))).toEqual([])
    expect(templates.has('/angebote/alter/*') && templates.has('/angebote/*')).toBe(true)
  })

  it('names every page its pages link to, so that none escapes the checks below', async () => {
    const listed = new Set(urls.map((url) => new URL(url).pathname))
    const unlisted = new Map<string, string>()
    for (const url of urls) {
      const html = await (await fetch(url.replace(/^https?:\/\/[^/]+/, site))).text()
      for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"#?]*)/g)) {
        const target = new URL(href!.replaceAll('&amp;', '&'), url)
        // Files (media, downloads) are not pages.
        if (target.origin !== new URL(url).origin || /\.\w+$/.test(target.pathname) || listed.has(target.pathname)) continue
        if (!unlisted.has(target.pathname)) unlisted.set(target.pathname, new URL(url).pathname)
      }
    }
    expect([...unlisted].map(([target, from]) => `${target} (linked from ${from})`)).toEqual([])
  }, 120_000)

  it('is valid HTML (html-validate)', async () => {
    const problems: string[] = []
    for (const url of [...urls, notFound()]) {
      const html = await (await fetch(url.replace(/^https?:\/\/[^/]+/, site))).text()
      const report = await htmlValidate.validateString(html)
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${new URL(url).pathname}:${message.line}: ${message.ruleId} ${message.message}`)
      }
    }
    expect(problems).toEqual([])
  }, 600_000)

  it('has zero axe violations, reflows at 320 px, asks no other server for anything and breaks no CSP rule', async () => {
    const violations: string[] = []
    const foreign: string[] = []
    const refused: string[] = []
    const languageProblems: string[] = []
    const reflowProblems: string[] = []
    const desktop = { width: 1280, height: 720 }
    const pages = [...urls, notFound()]
    const axeChecked = axeSample(pages)
    // Two contexts: axe comes with each page of the first as an init script (exempt from the page's
    // policy, like the listener below) – once per page instead of injected after loading; the
    // second loads pages without it (parsing axe costs a tenth of a second per page here).
    const withAxe = await browser.newContext({ viewport: desktop })
    const withoutAxe = await browser.newContext({ viewport: desktop })
    await withAxe.addInitScript({ content: axe.source })
    for (const context of [withAxe, withoutAxe]) {
      // Init scripts are exempt from the page's policy, so this listener sees every refusal.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const seen = ((window as unknown as { fpRefused?: string[] }).fpRefused ??= [])
          seen.push(`${event.violatedDirective} ${event.blockedURI || 'inline'} ${event.sourceFile}:${event.lineNumber}`)
        })
      })
    }
    const check = async (page: Page, url: string, runAxe: boolean) => {
      const response = await page.goto(url.replace(/^https?:\/\/[^/]+/, site), { waitUntil: 'load' })
      expect(response?.status(), url).toBe(url === notFound() ? 404 : 200)
      expect(response?.headers()['content-security-policy'], url).toMatch(/script-src 'self'/)
      // The site has no frames: axe runs in the page itself. Only the violations are read, so axe
      // skips collecting every passing node.
      const { violations: found } = runAxe
        ? await page.evaluate(
            (tags) =>
              (window as unknown as { axe: typeof axe }).axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations'],
              }),
            axeTags,
          )
        : { violations: [] }
      for (const violation of found) {
        violations.push(
          `${new URL(url).pathname}: ${violation.id} (${violation.impact}) – ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
        )
      }
      // Reflow (WCAG 1.4.10): at 320 CSS px – 1280 px at 400 % zoom – nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 720 })
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 320) reflowProblems.push(`${new URL(url).pathname}: ${width} px wide at 320 px`)
      await page.setViewportSize(desktop)
      // The page speaks the language of its address; German passages inside it are marked as German.
      const prefix = languageOf(url)
      const { lang, dir, otherText, seen } = await page.evaluate(() => {
        const body = document.body.cloneNode(true) as HTMLElement
        for (const passage of body.querySelectorAll('[lang]'))
          if (passage.getAttribute('lang') !== document.documentElement.lang) passage.remove()
        const { fpRefused = [] } = window as unknown as { fpRefused?: string[] }
        return { lang: document.documentElement.lang, dir: document.documentElement.dir, otherText: body.textContent ?? '', seen: fpRefused }
      })
      if (lang !== prefix) languageProblems.push(`${new URL(url).pathname}: lang="${lang}"`)
      if (dir !== (prefix === 'ar' ? 'rtl' : 'ltr')) languageProblems.push(`${new URL(url).pathname}: dir="${dir}"`)
      if (prefix !== 'de') {
        for (const sentence of germanSentences)
          if (otherText.includes(sentence)) languageProblems.push(`${new URL(url).pathname}: German text not marked: ${sentence}`)
      }
      refused.push(...seen.map((line) => `${new URL(url).pathname}: ${line}`))
    }
    // Two workers (a tab with axe and one without each) work through the list side by side: every URL is checked once.
    let next = 0
    const worker = async () => {
      const tabs = await Promise.all([withAxe.newPage(), withoutAxe.newPage()])
      for (const tab of tabs) {
        tab.on('request', (request) => {
          if (!request.url().startsWith(site) && !request.url().startsWith('data:')) foreign.push(`${tab.url()} → ${request.url()}`)
        })
      }
      while (next < pages.length) {
        const url = pages[next++]!
        const runAxe = axeChecked.has(url)
        await check(runAxe ? tabs[0] : tabs[1], url, runAxe)
      }
      await Promise.all(tabs.map((tab) => tab.close()))
    }
    const started = Date.now()
    await Promise.all([worker(), worker()])
    console.log(
      `reflow, language, CSP and request checks: ${pages.length} URLs, axe on ${axeChecked.size} of them, in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    )
    await Promise.all([withAxe.close(), withoutAxe.close()])
    expect({ foreign, refused, languageProblems, reflowProblems, violations }).toEqual({
      foreign: [],
      refused: [],
      languageProblems: [],
      reflowProblems: [],
      violations: [],
    })
  }, 1_200_000)
})
