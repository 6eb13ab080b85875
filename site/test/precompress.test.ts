import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'

import { precompressSite } from '../src/finish/precompress.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'fp-precompress-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const write = (name: string, content: string | Buffer, into = dir) => {
  mkdirSync(path.dirname(path.join(into, name)), { recursive: true })
  writeFileSync(path.join(into, name), content)
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

  it('takes the copies of a file the live build has with the same content instead of compressing it again (a publish changes a few pages of thousands)', async () => {
    const live = mkdtempSync(path.join(tmpdir(), 'fp-precompress-live-'))
    const next = mkdtempSync(path.join(tmpdir(), 'fp-precompress-next-'))
    try {
      const page = (title: string) => `<!doctype html><h1>${title}</h1>${'<p>Geld für jedes Kind.</p>'.repeat(100)}`
      write('angebote/kindergeld/index.html', page('Kindergeld'), live)
      write('angebote/elterngeld/index.html', page('Elterngeld'), live)
      write('finder/angebote.json', JSON.stringify({ angebote: ['kindergeld', 'elterngeld'] }).repeat(60), live)
      await precompressSite(live)
      write('angebote/kindergeld/index.html', page('Kindergeld'), next)
      write('angebote/elterngeld/index.html', page('Elterngeld, ElterngeldPlus'), next)
      write('angebote/neu/index.html', page('Neu'), next)
      write('finder/angebote.json', JSON.stringify({ angebote: ['kindergeld', 'elterngeld', 'neu'] }).repeat(60), next)
      const totals = await precompressSite(next, { previous: live })
      expect(totals).toMatchObject({ files: 4, reused: 1 })
      const inode = (root: string, name: string) => statSync(path.join(root, name)).ino
      for (const copy of ['.br', '.gz'])
        expect(inode(next, `angebote/kindergeld/index.html${copy}`)).toBe(inode(live, `angebote/kindergeld/index.html${copy}`))
      for (const name of [
        'angebote/kindergeld/index.html',
        'angebote/elterngeld/index.html',
        'angebote/neu/index.html',
        'finder/angebote.json',
      ]) {
        const original = readFileSync(path.join(next, name))
        expect(brotliDecompressSync(readFileSync(path.join(next, `${name}.br`))).equals(original), name).toBe(true)
        expect(gunzipSync(readFileSync(path.join(next, `${name}.gz`))).equals(original), name).toBe(true)
      }
      // The live build keeps its own copies (the next build may be removed if it fails).
      expect(brotliDecompressSync(readFileSync(path.join(live, 'angebote/elterngeld/index.html.br'))).toString()).toContain(
        '<h1>Elterngeld</h1>',
      )
      // A page changed again after its copies were linked: the new copies replace the links, and the
      // live build's copies stay what they were (never written through a link).
      const kindergeld = 'angebote/kindergeld/index.html'
      write(kindergeld, page('Kindergeld, 259 Euro'), next)
      await precompressSite(next, { previous: live })
      expect(brotliDecompressSync(readFileSync(path.join(live, `${kindergeld}.br`))).toString()).toContain('<h1>Kindergeld</h1>')
      expect(gunzipSync(readFileSync(path.join(live, `${kindergeld}.gz`))).toString()).toContain('<h1>Kindergeld</h1>')
      expect(brotliDecompressSync(readFileSync(path.join(next, `${kindergeld}.br`))).toString()).toContain('<h1>Kindergeld, 259 Euro</h1>')
      expect(inode(next, `${kindergeld}.br`)).not.toBe(inode(live, `${kindergeld}.br`))
      // Copies made another way (other levels, an older version) are made again.
      write(kindergeld, page('Kindergeld'), next)
      writeFileSync(path.join(live, '.precompressed.json'), '{"levels":"older"}')
      expect(await precompressSite(next, { previous: live })).toMatchObject({ files: 4, reused: 0 })
      // Without a live build (the first one, a preview) everything is compressed.
      rmSync(path.join(next, 'angebote/kindergeld/index.html.br'))
      expect(await precompressSite(next, { previous: path.join(live, 'gibt-es-nicht') })).toMatchObject({ files: 4, reused: 0 })
    } finally {
      rmSync(live, { recursive: true, force: true })
      rmSync(next, { recursive: true, force: true })
    }
  })
})
