import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

const calls: string[] = []
const addHTMLFile = vi.fn(async ({ url }: { url: string; content: string }) => {
  calls.push(`add ${url}`)
  return { errors: [], file: { url } }
})
let written = 0
const writeFiles = vi.fn(async ({ outputPath }: { outputPath: string }) => {
  calls.push(`write ${outputPath}`)
  mkdirSync(path.join(outputPath, 'index'), { recursive: true })
  writeFileSync(path.join(outputPath, 'pagefind-entry.json'), JSON.stringify({ written: ++written }))
  writeFileSync(path.join(outputPath, 'index', 'de_1.pf_index'), 'index')
  return { errors: [], outputPath }
})
const close = vi.fn(async () => {
  calls.push('close')
  return null
})
const createIndex = vi.fn(async ({ forceLanguage }: { forceLanguage: string }) => {
  calls.push(`index ${forceLanguage}`)
  return { errors: [], index: { addHTMLFile, writeFiles } }
})

vi.mock('pagefind', () => ({ createIndex, close }))

const { indexSite } = await import('../src/finish/pagefind.ts')

const dir = mkdtempSync(path.join(tmpdir(), 'fp-pagefind-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const page = (relative: string, searchable: boolean, into = dir, text = relative) => {
  mkdirSync(path.join(into, path.dirname(relative)), { recursive: true })
  writeFileSync(path.join(into, relative), `<html><main${searchable ? ' data-pagefind-body' : ''}>${text}</main></html>`)
}

describe('indexSite (issue 18: one index per language, one after the other)', () => {
  beforeEach(() => {
    calls.length = 0
  })

  it('indexes each language’s searchable pages in a Pagefind of its own and writes its bundle under the language', async () => {
    for (const prefix of ['', 'en/', 'tr/', 'ar/', 'uk/']) {
      page(`${prefix}index.html`, true)
      page(`${prefix}angebote/kindergeld/index.html`, true)
      page(`${prefix}angebote/index.html`, false)
    }
    page('_astro/not-a-page/index.html', true)
    const lines: string[] = []
    expect(await indexSite({ dir, log: (line) => lines.push(line) })).toBe(10)
    // Pages go to Pagefind several at a time: their order within a language is not fixed.
    const german = calls.slice(0, calls.indexOf('close') + 1)
    expect([german[0], ...german.slice(1, 3).sort(), ...german.slice(3)]).toEqual([
      'index de',
      'add /',
      'add /angebote/kindergeld/',
      `write ${path.join(dir, 'pagefind')}`,
      'close',
    ])
    expect(calls.filter((call) => call.startsWith('index '))).toEqual(['index de', 'index en', 'index tr', 'index ar', 'index uk'])
    // Pagefind puts the bundle's folder (/uk/) before each result itself.
    expect(calls).toContain('add /angebote/kindergeld/')
    expect(calls.filter((call) => call === 'add /angebote/kindergeld/')).toHaveLength(5)
    expect(calls.some((call) => call.startsWith('add /uk/'))).toBe(false)
    expect(calls).toContain(`write ${path.join(dir, 'uk', 'pagefind')}`)
    expect(calls.filter((call) => call === 'close')).toHaveLength(5)
    expect(calls.some((call) => call.includes('/angebote/ ') || call.endsWith('/angebote/') || call.includes('_astro'))).toBe(false)
    expect(lines[0]).toBe('Pagefind indexed 2 pages in de')
  })

  it('fails the build when a language has nothing to index, and still closes Pagefind', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'fp-pagefind-empty-'))
    try {
      await expect(indexSite({ dir: empty, log: () => {} })).rejects.toThrow(`Pagefind found no pages to index in de in ${empty}`)
      expect(calls.at(-1)).toBe('close')
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })

  it('takes a language’s index from the live build when none of its pages changed (a German edit leaves four languages as they were)', async () => {
    const live = mkdtempSync(path.join(tmpdir(), 'fp-pagefind-live-'))
    const next = mkdtempSync(path.join(tmpdir(), 'fp-pagefind-next-'))
    try {
      for (const root of [live, next]) {
        for (const prefix of ['', 'en/', 'tr/', 'ar/', 'uk/']) {
          page(`${prefix}index.html`, true, root)
          page(`${prefix}angebote/kindergeld/index.html`, true, root)
        }
      }
      await indexSite({ dir: live, log: () => {} })
      // A German edit: only German pages differ – and an English list, which is not indexed.
      page('angebote/kindergeld/index.html', true, next, 'Kindergeld: 259 Euro')
      page('en/angebote/index.html', false, live, 'Offers: Child benefit')
      page('en/angebote/index.html', false, next, 'Offers: Child benefit, 259 euros')
      calls.length = 0
      const lines: string[] = []
      expect(await indexSite({ dir: next, previous: live, log: (line) => lines.push(line) })).toBe(10)
      expect(calls.filter((call) => call.startsWith('index '))).toEqual(['index de'])
      const inode = (root: string, file: string) => statSync(path.join(root, file)).ino
      for (const language of ['en', 'tr', 'ar', 'uk']) {
        for (const file of ['pagefind-entry.json', 'index/de_1.pf_index'])
          expect(inode(next, `${language}/pagefind/${file}`), `${language} ${file}`).toBe(inode(live, `${language}/pagefind/${file}`))
      }
      expect(inode(next, 'pagefind/pagefind-entry.json')).not.toBe(inode(live, 'pagefind/pagefind-entry.json'))
      expect(lines).toContain('Pagefind: no page in en changed, its index taken from the live build (2 pages)')
      // A page added, or one of the live build's indexes made otherwise (no record of its pages): indexed anew.
      rmSync(path.join(live, 'ar', 'pagefind', '.familienrathaus-index.json'))
      const again = mkdtempSync(path.join(tmpdir(), 'fp-pagefind-again-'))
      try {
        for (const prefix of ['', 'en/', 'tr/', 'ar/', 'uk/']) {
          page(`${prefix}index.html`, true, again)
          page(`${prefix}angebote/kindergeld/index.html`, true, again)
        }
        page('tr/angebote/elterngeld/index.html', true, again)
        calls.length = 0
        await indexSite({ dir: again, previous: live, log: () => {} })
        expect(calls.filter((call) => call.startsWith('index '))).toEqual(['index tr', 'index ar'])
        expect(JSON.parse(readFileSync(path.join(again, 'tr', 'pagefind', '.familienrathaus-index.json'), 'utf8'))).toMatchObject({ pages: 3 })
      } finally {
        rmSync(again, { recursive: true, force: true })
      }
      expect(existsSync(path.join(next, 'pagefind', '.familienrathaus-index.json'))).toBe(true)
    } finally {
      rmSync(live, { recursive: true, force: true })
      rmSync(next, { recursive: true, force: true })
    }
  })
})
