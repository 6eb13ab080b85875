import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'

import { precompressSite } from '../src/integrations/precompress.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'fp-precompress-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
  writeFileSync(path.join(dir, name), content)
}

describe('precompressSite (issue 18)', () => {
  it('writes a brotli and a gzip copy beside each text file that decompress to it, and leaves the rest alone', async () => {
    const page = `<!doctype html><h1>Kindergeld</h1>${'<p>Geld für jedes Kind.</p>'.repeat(100)}`
    write('angebote/kindergeld/index.html', page)
    write('_astro/finder.js', `export default ${JSON.stringify(Array.from({ length: 600 }, (_, i) => i))}`)
    write('pagefind/pagefind.js', 'const pagefind = 1;'.repeat(100))
    write('finder/angebote.json', JSON.stringify({ angebote: Array.from({ length: 100 }, (_, i) => ({ slug: `a-${i}` })) }))
    write('tiny.txt', 'klein')
    write('pagefind/fragment/de_1.pf_fragment', Buffer.alloc(4096, 1))
    write('medien/bild.webp', Buffer.alloc(4096, 2))
    const totals = await precompressSite(dir)
    expect(totals.files).toBe(4)
    for (const name of ['angebote/kindergeld/index.html', '_astro/finder.js', 'pagefind/pagefind.js', 'finder/angebote.json']) {
      const original = readFileSync(path.join(dir, name))
      expect(brotliDecompressSync(readFileSync(path.join(dir, `${name}.br`))).equals(original), name).toBe(true)
      expect(gunzipSync(readFileSync(path.join(dir, `${name}.gz`))).equals(original), name).toBe(true)
    }
    for (const name of ['tiny.txt', 'pagefind/fragment/de_1.pf_fragment', 'medien/bild.webp']) {
      expect(existsSync(path.join(dir, `${name}.br`)), name).toBe(false)
      expect(existsSync(path.join(dir, `${name}.gz`)), name).toBe(false)
    }
    expect(totals.brotliBytes).toBeLessThan(totals.bytes / 4)
  })
})
