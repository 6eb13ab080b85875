import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

const calls: string[] = []
const addHTMLFile = vi.fn(async ({ url }: { url: string; content: string }) => {
  calls.push(`add ${url}`)
  return { errors: [], file: { url } }
})
const writeFiles = vi.fn(async ({ outputPath }: { outputPath: string }) => {
  calls.push(`write ${outputPath}`)
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

const { indexSite } = await import('../src/integrations/pagefind.ts')

const dir = mkdtempSync(path.join(tmpdir(), 'fp-pagefind-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const page = (relative: string, searchable: boolean) => {
  mkdirSync(path.join(dir, path.dirname(relative)), { recursive: true })
  writeFileSync(path.join(dir, relative), `<html><main${searchable ? ' data-pagefind-body' : ''}>${relative}</main></html>`)
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
})
