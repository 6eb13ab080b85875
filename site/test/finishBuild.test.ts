import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { finishBuild } from '../src/finishBuild.ts'

const dirs: string[] = []
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A built site in miniature: a searchable page and a list in every language, as Astro leaves it. */
function builtSite(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fp-finish-'))
  dirs.push(dir)
  for (const prefix of ['', 'en/', 'tr/', 'ar/', 'uk/']) {
    const lang = prefix.slice(0, 2) || 'de'
    for (const [page, searchable] of [
      ['angebote/kindergeld/index.html', true],
      ['angebote/index.html', false],
    ] as const) {
      mkdirSync(path.join(dir, prefix, path.dirname(page)), { recursive: true })
      writeFileSync(
        path.join(dir, prefix, page),
        `<!doctype html><html lang="${lang}"><head><title>Kindergeld</title></head><body><main${searchable ? ' data-pagefind-body' : ''}><h1>Kindergeld</h1>${'<p>Geld für jedes Kind, bis es 18 ist.</p>'.repeat(60)}</main></body></html>`,
      )
    }
  }
  return dir
}

describe('finishBuild (after astro build has exited)', () => {
  it('indexes every language with Pagefind and writes the compressed copies, the search index’s too', async () => {
    const dir = builtSite()
    const lines: string[] = []
    await finishBuild({ dir, log: (line) => lines.push(line) })
    for (const bundle of ['pagefind', 'en/pagefind', 'tr/pagefind', 'ar/pagefind', 'uk/pagefind']) {
      expect(existsSync(path.join(dir, bundle, 'pagefind-entry.json')), bundle).toBe(true)
    }
    expect(existsSync(path.join(dir, 'angebote/kindergeld/index.html.br'))).toBe(true)
    expect(existsSync(path.join(dir, 'pagefind/pagefind.js.gz'))).toBe(true)
    expect(lines.filter((line) => /^Pagefind indexed 1 pages in (de|en|tr|ar|uk)$/.test(line))).toHaveLength(5)
    expect(lines.at(-1)).toMatch(/^\d+ files precompressed in /)
  }, 60_000)

  it('leaves a draft preview unsearched, and still compresses it', async () => {
    const dir = builtSite()
    await finishBuild({ dir, drafts: true, log: () => {} })
    expect(readdirSync(dir).includes('pagefind')).toBe(false)
    expect(existsSync(path.join(dir, 'en', 'pagefind'))).toBe(false)
    expect(existsSync(path.join(dir, 'angebote/kindergeld/index.html.br'))).toBe(true)
    expect(existsSync(path.join(dir, 'angebote/index.html.gz'))).toBe(true)
  })
})
