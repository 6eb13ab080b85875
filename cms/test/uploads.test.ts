/**
 * Uploads as the lowest role (Redaktion) sends them (issue 10, points 3 and 4): what the stored
 * file is called and served as follows from its bytes, never from its name; one size limit per
 * kind of file holds from the request parser to the admin's description; uploads stream to
 * temporary files in the data folder that are gone afterwards.
 */
import type { CollectionConfig, Payload, SanitizedConfig } from 'payload'

import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { findRepoRoot, removeStaleUploadFiles, staleUploadAgeMs } from '../src/lib/paths.ts'
import { restHandlers } from '../src/lib/restHandlers.ts'
import { maxUploadBytes, safeFilename, sniffType, uploadKinds } from '../src/lib/uploadRules.ts'
import { apiClient } from './apiClient.ts'
import { startTestPayload } from './testPayload.ts'

const password = 'ein-langes-Testpasswort-2026'
const MB = 1024 * 1024
const seedVideo = readFileSync(path.join(findRepoRoot(), 'cms', 'src', 'seed', 'media', 'familienrathaus-erklaert.mp4'))

/** An ISO base media box: 32-bit size, four-character type, content. */
function box(type: string, content: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + content.length, 0)
  header.write(type, 4, 'latin1')
  return Buffer.concat([header, content])
}
/** The seed video with a `free` box appended: still a valid MP4 that every player plays. */
const mp4With = (free: Buffer) => Buffer.concat([seedVideo, box('free', free)])
/** A valid MP4 of exactly `bytes` bytes. */
const mp4OfSize = (bytes: number) => mp4With(Buffer.alloc(bytes - seedVideo.length - 8, 0x20))

/** The attack's file: an MP4 whose `free` box is an HTML page that sends the visitor elsewhere. */
const attackHtml =
  '<!doctype html><html><head><meta http-equiv="refresh" content="0;url=https://angreifer.example/"></head><body>Weiter</body></html>'

let payload: Payload
let stop: () => Promise<void>
let dataDir: string
let config: SanitizedConfig
let api: ReturnType<typeof apiClient>
let redaktion: string
let Media: CollectionConfig

beforeAll(async () => {
  ;({ payload, stop, dataDir } = await startTestPayload())
  // Imported only now: the media folder is resolved from DATA_DIR when these modules load.
  config = await (await import('../src/payload.config.ts')).default
  ;({ Media } = await import('../src/collections/Media.ts'))
  const staticDir = config.collections.find((collection) => collection.slug === 'media')?.upload.staticDir
  if (staticDir !== path.join(dataDir, 'media')) throw new Error(`uploads would land in ${staticDir}, not in the test's data folder`)
  api = apiClient(Promise.resolve(config))
  // The first account is Administration; the attacker is the second, with the lowest role.
  await payload.create({ collection: 'users', data: { email: 'admin@familienrathaus.invalid', password, roles: ['administration'] } })
  await payload.create({ collection: 'users', data: { email: 'redaktion@familienrathaus.invalid', password, roles: ['redaktion'] } })
  redaktion = await api.login('redaktion@familienrathaus.invalid', password)
})
afterAll(async () => {
  await stop?.()
})
// Accepted or refused, no upload leaves its temporary file behind.
afterEach(() => {
  expect(tempFiles()).toEqual([])
})

const upload = async (data: Buffer | Uint8Array, filename: string, type: string, alt = 'Testbild') => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt }))
  return api.rest('POST', '/media', { token: redaktion, form })
}

/**
 * Files sent as a browser sends them: the multipart body arrives in 64 KB pieces. (Posting the
 * FormData itself makes undici's body stream reject on its own when the CMS stops reading early,
 * "ReadableStream is already closed", an artefact of building the request in-process.)
 */
async function uploadStreamed(files: { data: Buffer; filename: string; type: string }[]) {
  const form = new FormData()
  for (const { data, filename, type } of files) form.append('file', new Blob([new Uint8Array(data)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt: '' }))
  const serialized = new Response(form)
  const bytes = new Uint8Array(await serialized.arrayBuffer())
  let offset = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.subarray(offset, offset + 64 * 1024))
      offset += 64 * 1024
    },
  })
  const headers = { authorization: `JWT ${redaktion}`, 'content-type': serialized.headers.get('content-type')!, 'x-forwarded-for': '127.0.0.1' }
  const request = new Request('http://localhost:3000/api/media', { method: 'POST', headers, body, duplex: 'half' } as RequestInit)
  const response = await restHandlers(Promise.resolve(config)).POST(request, { params: Promise.resolve({ slug: ['media'] }) })
  return { status: response.status, json: (await response.json()) as Record<string, any> }
}

/** What the CMS itself answers for a stored file, through its real route handler (read access: anyone). */
async function fetchFile(filename: string): Promise<Response> {
  const url = new URL(`/api/media/file/${encodeURIComponent(filename)}`, 'http://localhost:3000')
  return restHandlers(Promise.resolve(config)).GET(new Request(url, { headers: { 'x-forwarded-for': '127.0.0.1' } }), {
    params: Promise.resolve({ slug: ['media', 'file', filename] }),
  })
}

const tempDir = () => path.join(dataDir, 'upload-tmp')
const tempFiles = () => (existsSync(tempDir()) ? readdirSync(tempDir()) : [])
const errorText = (json: Record<string, any>) => JSON.stringify(json.errors ?? json)

describe('the stored name and type follow the bytes, not the given name (point 3)', () => {
  it('stores the attack upload "y.html" (an MP4) as y.mp4 with video/mp4, and the CMS serves it as video/mp4', async () => {
    const { status, json } = await upload(mp4With(Buffer.from(attackHtml)), 'y.html', 'video/mp4', '')
    expect(status, errorText(json)).toBe(201)
    expect(json.doc.filename).toBe('y.mp4')
    expect(json.doc.mimeType).toBe('video/mp4')
    expect(readdirSync(path.join(dataDir, 'media')).filter((name) => /\.html?$/i.test(name))).toEqual([])

    const response = await fetchFile(json.doc.filename)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('video/mp4')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    await response.body?.cancel()
  })

  it.each([
    [
      'a PNG called "foto.jpg"',
      async () =>
        sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
          .png()
          .toBuffer(),
      'foto.jpg',
      'image/jpeg',
      'foto.png',
      'image/png',
    ],
    [
      'a JPEG called "bild.html"',
      async () =>
        sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
          .jpeg()
          .toBuffer(),
      'bild.html',
      'image/jpeg',
      'bild.jpg',
      'image/jpeg',
    ],
    [
      'a WebP called "seite.htm"',
      async () =>
        sharp({ create: { width: 20, height: 20, channels: 3, background: '#fff' } })
          .webp()
          .toBuffer(),
      'seite.htm',
      'image/webp',
      'seite.webp',
      'image/webp',
    ],
    [
      'WebVTT captions called "untertitel.html"',
      async () => Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nHallo\n'),
      'untertitel.html',
      'text/vtt',
      'untertitel.vtt',
      'text/vtt',
    ],
    ['an MP4 without extension', async () => seedVideo, 'film', 'video/mp4', 'film.mp4', 'video/mp4'],
    // What a browser on Windows claims for WebVTT: no known type.
    [
      'WebVTT sent as application/octet-stream',
      async () => Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\nHallo\n'),
      'untertitel-2.vtt',
      'application/octet-stream',
      'untertitel-2.vtt',
      'text/vtt',
    ],
  ])('stores %s under the extension of its content', async (_, make, name, claimed, stored, mimeType) => {
    const { status, json } = await upload(await make(), name, claimed)
    expect(status, errorText(json)).toBe(201)
    expect(json.doc.filename).toBe(stored)
    expect(json.doc.mimeType).toBe(mimeType)
    const response = await fetchFile(json.doc.filename)
    expect(response.headers.get('content-type')).not.toMatch(/html/)
    await response.body?.cancel()
  })

  it('names a replaced file after its content too (update as Redaktion)', async () => {
    const created = await upload(seedVideo, 'erst.mp4', 'video/mp4', '')
    expect(created.status).toBe(201)
    const form = new FormData()
    form.append('file', new Blob([Buffer.from('WEBVTT\n\n00:00.000 --> 00:01.000\nNeu\n')], { type: 'text/vtt' }), 'ersatz.html')
    form.append('_payload', JSON.stringify({ alt: '' }))
    const { status, json } = await api.rest('PATCH', `/media/${created.json.doc.id}`, { token: redaktion, form })
    expect(status, errorText(json)).toBe(200)
    expect(json.doc.filename).toBe('ersatz.vtt')
    expect(json.doc.mimeType).toBe('text/vtt')
  })

  it('refuses HTML itself, whatever it is called', async () => {
    const { status, json } = await upload(Buffer.from(attackHtml), 'video.mp4', 'video/mp4', '')
    expect(status).toBe(400)
    expect(errorText(json)).toMatch(/Dateityp ist nicht erlaubt/)
  })
})

describe('sniffType', () => {
  const ftyp = (brand: string) => box('ftyp', Buffer.concat([Buffer.from(brand.padEnd(4, ' '), 'latin1'), Buffer.alloc(4), Buffer.from('isom')]))
  const ebml = (docType: string) =>
    Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x80 | docType.length]), Buffer.from(docType)])
  it.each([
    ['an MP4 (brand isom)', ftyp('isom'), 'video/mp4'],
    ['an MP4 (brand mp42)', ftyp('mp42'), 'video/mp4'],
    ['an AVIF image', ftyp('avif'), 'image/avif'],
    ['a HEIC photo', ftyp('heic'), 'unknown'],
    ['a HEIF image (brand mif1)', ftyp('mif1'), 'unknown'],
    ['a QuickTime film', ftyp('qt'), 'unknown'],
    ['an M4A audio file', ftyp('M4A'), 'unknown'],
    ['a 3GP film', ftyp('3gp4'), 'unknown'],
    ['a WebM film', ebml('webm'), 'video/webm'],
    ['a Matroska film', ebml('matroska'), 'unknown'],
    ['HTML', Buffer.from(attackHtml), 'unknown'],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'svg'],
  ])('tells %s by its bytes', (_, bytes, type) => {
    expect(sniffType(bytes)).toBe(type)
  })

  it('gives a safe name the extension it is told, never the one given', () => {
    expect(safeFilename('y.html', 'mp4')).toBe('y.mp4')
    expect(safeFilename('Familienbüro Übersicht (1).JPG', 'jpg')).toBe('familienbuero-uebersicht-1.jpg')
    expect(safeFilename('film.mp4.html', 'mp4')).toBe('film-mp4.mp4')
    expect(safeFilename('../../.htaccess', 'vtt')).toBe('htaccess.vtt')
  })
})

describe('one upload limit, stated once, true everywhere (point 4)', () => {
  it('derives the request limit, the file limit and the admin description from the per-kind limits', () => {
    expect(maxUploadBytes).toBe(Math.max(...Object.values(uploadKinds).map((kind) => kind.maxBytes)))
    expect(config.upload.limits?.fileSize).toBe(maxUploadBytes)
    // The whole request (file, fields, boundaries) may be somewhat larger than the largest file, never smaller.
    expect(config.upload.requestSizeLimit).toBeGreaterThan(maxUploadBytes)
    expect(config.upload.requestSizeLimit).toBeLessThanOrEqual(maxUploadBytes + 2 * MB)
    const description = String(Media.admin?.description)
    for (const kind of Object.values(uploadKinds)) expect(description).toContain(`höchstens ${kind.maxBytes / MB} MB`)
  })

  it('streams uploads to temporary files in the data folder', () => {
    expect(config.upload.useTempFiles).toBe(true)
    expect(config.upload.tempFileDir).toBe(tempDir())
    expect(existsSync(tempDir())).toBe(true)
  })

  it('removes temporary files that no request removes any more (stale), and only those', () => {
    const stale = path.join(tempDir(), 'tmp-stale')
    const current = path.join(tempDir(), 'tmp-current')
    writeFileSync(stale, 'x')
    writeFileSync(current, 'x')
    const old = (Date.now() - staleUploadAgeMs - 60_000) / 1000
    utimesSync(stale, old, old)
    expect(removeStaleUploadFiles(tempDir())).toBe(1)
    expect(tempFiles()).toEqual(['tmp-current'])
    rmSync(current)
  })

  it('accepts a valid 60 MB MP4 from Redaktion, through a temporary file that is removed afterwards', async () => {
    const video = mp4OfSize(60 * MB)
    let tempFileSeen = false
    let peakRss = 0
    const baseline = process.memoryUsage().rss
    const watcher = setInterval(() => {
      tempFileSeen ||= tempFiles().length > 0
      peakRss = Math.max(peakRss, process.memoryUsage().rss)
    }, 5)
    const started = performance.now()
    const { status, json } = await upload(video, 'Elternzeit erklärt.mp4', 'video/mp4', '')
    const seconds = (performance.now() - started) / 1000
    clearInterval(watcher)
    expect(status, errorText(json)).toBe(201)
    expect(json.doc.filesize).toBe(60 * MB)
    expect(json.doc.filename).toBe('elternzeit-erklaert.mp4')
    expect(readFileSync(path.join(dataDir, 'media', json.doc.filename)).equals(video)).toBe(true)
    expect(tempFileSeen).toBe(true)
    expect(tempFiles()).toEqual([])
    console.info(
      `60 MB upload: ${seconds.toFixed(2)} s; process RSS (with the test's own copies of the file) at most ${Math.round((peakRss - baseline) / MB)} MB above its start`,
    )
  })

  it('refuses a 201 MB video with the German message, and leaves no temporary file behind', async () => {
    const { status, json } = await uploadStreamed([{ data: mp4OfSize(201 * MB), filename: 'zu-lang.mp4', type: 'video/mp4' }])
    expect(status).toBe(413)
    expect(errorText(json)).toBe(
      JSON.stringify([
        { message: 'Die Datei ist zu groß. Erlaubt sind höchstens 200 MB für Videos, 10 MB für Bilder und 1 MB für Untertitel.' },
      ]),
    )
    expect(tempFiles()).toEqual([])
    expect(readdirSync(path.join(dataDir, 'media')).filter((name) => name.startsWith('zu-lang'))).toEqual([])
  })

  it('refuses a request above the request limit in German too (two large files at once)', async () => {
    const video = mp4OfSize(150 * MB)
    const { status, json } = await uploadStreamed([
      { data: video, filename: 'eins.mp4', type: 'video/mp4' },
      { data: video, filename: 'zwei.mp4', type: 'video/mp4' },
    ])
    expect(status).toBe(413)
    expect(errorText(json)).toMatch(/^\[\{"message":"Die Datei ist zu groß\. Erlaubt sind höchstens 200 MB/)
  })

  it('refuses an image over its own limit with the German message and removes the temporary file', async () => {
    const png = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#fff' } })
      .png()
      .toBuffer()
    const { status, json } = await upload(Buffer.concat([png, Buffer.alloc(11 * MB)]), 'gross.png', 'image/png')
    expect(status).toBe(400)
    expect(errorText(json)).toMatch(/Die Datei ist zu groß \(11 MB\)\. Erlaubt sind höchstens 10 MB/)
    expect(tempFiles()).toEqual([])
  })
})
