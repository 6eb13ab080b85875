/**
 * The real Astro build against a stand-in CMS: it reads every page of published documents, and a
 * document that fails its schema stops the build with one line naming it.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openDataFiles, openDataServicesFileSchema } from '@familienrathaus/content-schemas'

import { makeDataDir, repoRoot } from '../../support/stack.ts'

type Doc = Record<string, unknown>
let collections: Record<string, Doc[]> = {}
const page = (title: string) => ({ title, intro: null, body: null })
const globals: Record<string, Doc> = {
  einstellungen: { siteName: 'Digitales Familienrathaus Hamm', publisher: 'Stadt Hamm' },
  navigation: { items: [{ label: 'Angebote', href: '/angebote/' }] },
  fusszeile: { text: null, links: [] },
  impressum: page('Impressum'),
  datenschutz: page('Datenschutz'),
  barrierefreiheit: {
    ...page('Erklärung zur Barrierefreiheit'),
    conformance: 'teilweise',
    knownIssues: [],
    assessedOn: '2026-11-01T00:00:00.000Z',
    feedback: { phone: '02381 17-0' },
  },
  'leichte-sprache': page('Leichte Sprache'),
  gebaerdensprache: { ...page('Gebärdensprache'), videos: [] },
}
const requests: string[] = []
const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://cms')
  requests.push(url.pathname + url.search)
  if (url.pathname.startsWith('/api/globals/')) {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(globals[url.pathname.replace('/api/globals/', '')] ?? {}))
    return
  }
  const collection = url.pathname.replace('/api/', '')
  const limit = Number(url.searchParams.get('limit') ?? 10)
  const page = Number(url.searchParams.get('page') ?? 1)
  const all = collections[collection] ?? []
  const docs = all.slice((page - 1) * limit, page * limit)
  response.writeHead(200, { 'content-type': 'application/json' })
  response.end(JSON.stringify({ docs, page, hasNextPage: page * limit < all.length }))
})
let cmsUrl = ''
const data = makeDataDir()

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cmsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  server.close()
  data.remove()
})

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', _status: 'published' }
const feld = { id: 1, title: 'Hochwertige Bildung und Betreuung', slug: 'bildung', summary: 'Kita und Schule.', order: 1, ...stamps }
const angebot = (i: number) => ({
  id: i,
  title: `Angebot Nummer ${i}`,
  slug: `angebot-${i}`,
  summary: 'Ein Angebot für Familien.',
  kind: 'beratung',
  handlungsfelder: [1],
  kontakte: [],
  erklaervideos: [],
  ...stamps,
})

/** The site's build as `npm run build -w site` and `npm start` run it: `astro build`, then its finishing step. */
async function siteBuild(outDir: string): Promise<{ code: number | null; output: string }> {
  const require = createRequire(path.join(repoRoot, 'site', 'package.json'))
  const astro = path.join(path.dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs')
  const run = (args: string[]) =>
    new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn(process.execPath, args, {
        cwd: path.join(repoRoot, 'site'),
        env: {
          ...process.env,
          CMS_URL: cmsUrl,
          SITE_OUT_DIR: outDir,
          SITE_MEDIA_CACHE: path.join(data.dir, 'media-cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      })
      let output = ''
      child.stdout.on('data', (chunk: Buffer) => (output += chunk))
      child.stderr.on('data', (chunk: Buffer) => (output += chunk))
      child.once('close', (code) => resolve({ code, output: stripVTControlCharacters(output) }))
    })
  const built = await run([astro, 'build'])
  if (built.code !== 0) return built
  const finished = await run([path.join(repoRoot, 'site', 'src', 'finishBuild.ts')])
  return { code: finished.code, output: `${built.output}${finished.output}` }
}

describe('site build', () => {
  it('reads every page of a large collection (250 Angebote in pages of 100)', async () => {
    const hostile = {
      ...angebot(251),
      title: '<script>alert("title")</script> Elterngeld',
      slug: 'hostile',
      summary: '<img src=x onerror=alert(1)>',
    }
    // An offer whose time is over is on no page – and in no open data.
    const expired = { ...angebot(252), slug: 'abgelaufen', validUntil: '2020-12-31T00:00:00.000Z' }
    collections = { handlungsfelder: [feld], angebote: [...Array.from({ length: 250 }, (_, i) => angebot(i + 1)), hostile, expired] }
    const outDir = path.join(data.dir, 'ok')
    const { code, output } = await siteBuild(outDir)
    expect(code, output.slice(-2000)).toBe(0)
    expect(readdirSync(path.join(outDir, 'angebote')).filter((name) => name.startsWith('angebot-'))).toHaveLength(250)
    // Text typed by editors is rendered inert.
    const hostilePage = readFileSync(path.join(outDir, 'angebote', 'hostile', 'index.html'), 'utf8')
    expect(hostilePage).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; Elterngeld')
    // Inside quoted attribute values (meta description) "<" is inert; outside them it must not appear raw.
    const outsideAttributes = hostilePage.replace(/"[^"]*"/g, '""')
    expect(outsideAttributes).not.toContain('<script>alert')
    expect(outsideAttributes).not.toContain('<img src=x')
    // Pages of 100, each language read once (the German documents were read twice before, issue 12).
    const reads = (locale: string) =>
      requests.filter((request) => request.startsWith('/api/angebote?') && request.includes(`locale=${locale}&`) && !request.includes('select'))
    expect(reads('de')).toHaveLength(3)
    // And once more, only the fields that can hold media, to copy just the media that published pages use.
    expect(requests.filter((request) => request.startsWith('/api/angebote?') && request.includes('select%5Bbody%5D=true'))).toHaveLength(3)
    for (const locale of ['en', 'tr', 'ar', 'uk']) expect(reads(locale), locale).toHaveLength(3)
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true)
    expect(existsSync(path.join(outDir, 'index.html.br'))).toBe(true)
    // Indexed once Astro has exited, not beside its memory (issue 18: the build's peak memory).
    const astroDone = output.indexOf('[build] Complete!')
    expect(astroDone).toBeGreaterThan(0)
    expect(output.slice(0, astroDone)).not.toContain('Pagefind')
    expect(output.slice(astroDone)).toMatch(/\[finish\] Pagefind indexed \d+ pages in de/)
    // The pages read Astro's content store file, not a copy of it compiled as code (issue 18: 8.3 s to
    // compile at 3,000 offers, and the text held twice more in memory).
    expect(output).toMatch(/\[familienrathaus:content-store\] pages read the content store from .*data-store\.json/)
    // The open data (issue 17): every published Angebot, valid against the export's schema, under the default licence.
    const services = openDataServicesFileSchema.parse(JSON.parse(readFileSync(path.join(outDir, openDataFiles.services), 'utf8')))
    expect(services.services).toHaveLength(251)
    expect(services.services.some((service) => service.id === 'abgelaufen')).toBe(false)
    expect(existsSync(path.join(outDir, 'angebote', 'abgelaufen'))).toBe(false)
    expect(services.license.id).toBe('dl-de-by-2.0')
    expect(services.services.find((service) => service.id === 'hostile')?.name).toBe(hostile.title)
    const csv = readFileSync(path.join(outDir, openDataFiles.servicesCsv), 'utf8')
    expect(csv.startsWith('\uFEFFid,name,description,url,kind,')).toBe(true)
    expect(csv.split('\r\n').filter((line) => line.startsWith('angebot-'))).toHaveLength(250)
    const schema = JSON.parse(readFileSync(path.join(outDir, openDataFiles.servicesSchema), 'utf8')) as { $schema: string }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('stops with one line naming a document that fails its schema', async () => {
    collections = {
      handlungsfelder: [feld],
      kontakte: [
        {
          id: 9,
          title: 'Familienbüro',
          slug: 'familienbuero',
          kind: 'dienststelle',
          street: 'Theodor-Heuss-Platz 12',
          postalCode: '590',
          city: 'Hamm',
          ...stamps,
        },
      ],
    }
    const outDir = path.join(data.dir, 'broken')
    const { code, output } = await siteBuild(outDir)
    expect(code).not.toBe(0)
    expect(output).toContain('Content document kontakte/familienbuero fails its schema: postalCode: must be a five-digit German postal code')
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false)
  })
})
