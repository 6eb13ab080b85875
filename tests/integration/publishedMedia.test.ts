/**
 * The public site publishes only the uploads that published content uses (issue 10, point 3): the
 * site's real media loader reads this CMS (Payload on a throwaway SQLite file, served over HTTP
 * by its real route handler), and only files of used media land in the built site's /medien/.
 * Here, beside both packages, because it runs the CMS and the site's loader together.
 */
import type { Field, Payload, SanitizedConfig } from 'payload'

import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentSlugs, globalSchemas, mediaSchema, type Media } from '@familienrathaus/content-schemas'

import { copyMediaInto, filesOf } from '@familienrathaus/site/loaders/mediaFiles'
import { mediaLoader } from '@familienrathaus/site/loaders/payload'
import { restHandlers } from '@familienrathaus/cms/lib/restHandlers'
import { seedMediaDir } from '@familienrathaus/cms/seed/data'
import { apiClient } from '@familienrathaus/cms/testing/api'
import { startTestPayload } from '@familienrathaus/cms/testing/payload'

const password = 'ein-langes-Testpasswort-2026'

let payload: Payload
let stop: () => Promise<void>
let config: SanitizedConfig
let api: ReturnType<typeof apiClient>
let server: http.Server
const work = mkdtempSync(path.join(tmpdir(), 'fp-site-media-'))
const saved = { CMS_URL: process.env.CMS_URL, SITE_MEDIA_CACHE: process.env.SITE_MEDIA_CACHE, CMS_DRAFTS: process.env.CMS_DRAFTS }

/** Serves the CMS's REST API through its real route handler (reads only: all the site build does) on a free local port. */
async function serveCms(): Promise<string> {
  const handler = restHandlers(Promise.resolve(config)).GET
  server = http.createServer((incoming, outgoing) => {
    void (async () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
      const slug = url.pathname
        .replace(/^\/api\//, '')
        .split('/')
        .map(decodeURIComponent)
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
      const response = await handler(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
      outgoing.writeHead(response.status, Object.fromEntries(response.headers))
      if (response.body) Readable.fromWeb(response.body as never).pipe(outgoing)
      else outgoing.end()
    })().catch((error: unknown) => {
      outgoing.writeHead(500)
      outgoing.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  config = payload.config
  api = apiClient(Promise.resolve(config))
  await payload.create({ collection: 'users', data: { email: 'admin@familienrathaus.invalid', password, roles: ['administration'] } })
  await payload.create({ collection: 'users', data: { email: 'redaktion@familienrathaus.invalid', password, roles: ['redaktion'] } })
  process.env.CMS_URL = await serveCms()
  process.env.SITE_MEDIA_CACHE = path.join(work, 'cache')
  delete process.env.CMS_DRAFTS
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await stop?.()
  rmSync(work, { recursive: true, force: true })
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
})

async function upload(token: string, data: Buffer, filename: string, type: string, alt = '') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), filename)
  form.append('_payload', JSON.stringify({ alt }))
  const { status, json } = await api.rest('POST', '/media', { token, form })
  if (status !== 201) throw new Error(`upload of ${filename} failed: ${status} ${JSON.stringify(json)}`)
  return mediaSchema.parse(json.doc)
}
const png = (background: string) =>
  sharp({ create: { width: 1200, height: 800, channels: 3, background } })
    .png()
    .toBuffer()
const seed = (name: string) => readFileSync(path.join(seedMediaDir, name))
/** An MP4 `free` box: players skip it, whatever it holds. */
function freeBox(content: string): Buffer {
  const bytes = Buffer.from(content)
  const header = Buffer.alloc(8)
  header.writeUInt32BE(8 + bytes.length, 0)
  header.write('free', 4, 'latin1')
  return Buffer.concat([header, bytes])
}
const richTextWithUpload = (mediaId: number | string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: null,
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: null,
        textFormat: 0,
        children: [{ type: 'text', text: 'Mit Bild:', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
      { type: 'upload', version: 3, format: '', id: '65f0c0ffee0000000000abcd', fields: null, relationTo: 'media', value: mediaId },
    ],
  },
})

/** Runs the site's media loader against the CMS, then the build's copy step; returns what /medien/ holds. */
async function buildMedia(): Promise<{ published: string[]; entries: string[] }> {
  const entries = new Map<string, unknown>()
  const context = {
    store: {
      clear: () => entries.clear(),
      set: ({ id, data }: { id: string; data: unknown }) => Boolean(entries.set(id, data)),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: () => 'digest',
    logger: { info: () => {}, warn: () => {} },
  }
  await mediaLoader().load(context as never)
  const outDir = mkdtempSync(path.join(work, 'dist-'))
  copyMediaInto(outDir)
  return { published: readdirSync(path.join(outDir, 'medien')).sort(), entries: [...entries.keys()].sort() }
}

describe('media on the public site', () => {
  it('copies into /medien/ only the files of media that published documents use', async () => {
    const admin = await api.login('admin@familienrathaus.invalid', password)
    const redaktion = await api.login('redaktion@familienrathaus.invalid', password)

    // Used by a published Erklärvideo: video, captions, poster.
    const video = await upload(admin, seed('familienrathaus-erklaert.mp4'), 'familienrathaus-erklaert.mp4', 'video/mp4')
    const captions = await upload(admin, seed('familienrathaus-erklaert.de.vtt'), 'familienrathaus-erklaert.de.vtt', 'text/vtt')
    const poster = await upload(admin, seed('familienrathaus-erklaert-poster.jpg'), 'poster.jpg', 'image/jpeg', 'Standbild')
    // Used by a published Handlungsfeld: its image, and an image inside its rich text.
    const feldImage = await upload(admin, await png('#336699'), 'feld.png', 'image/png', 'Familie im Park')
    const inlineImage = await upload(admin, await png('#993366'), 'im-text.png', 'image/png', 'Spielplatz')
    // Used by the Gebärdensprache page (a global).
    const dgs = await upload(admin, seed('familienrathaus-erklaert.mp4'), 'dgs.mp4', 'video/mp4')
    // Not used by anything published: the attack's upload, one used only by a draft, one used
    // only by the unpublished draft of a published document.
    const attack = Buffer.concat([
      seed('familienrathaus-erklaert.mp4'),
      freeBox('<meta http-equiv="refresh" content="0;url=https://angreifer.example/">'),
    ])
    const unused = await upload(redaktion, attack, 'y.html', 'video/mp4')
    const draftOnly = await upload(redaktion, await png('#cc0000'), 'entwurf.png', 'image/png', 'Entwurf')
    const newerDraft = await upload(redaktion, await png('#00cc00'), 'neuer-entwurf.png', 'image/png', 'Neuer Entwurf')

    await payload.create({
      collection: 'erklaervideos',
      data: {
        title: 'Das Familienrathaus',
        description: 'Was das Familienrathaus ist.',
        transcript: 'Gesprochener Text.',
        video: video.id,
        captions: captions.id,
        poster: poster.id,
        _status: 'published',
      } as never,
    })
    const feld = await payload.create({
      collection: 'handlungsfelder',
      data: {
        title: 'Freizeit',
        summary: 'Freizeit für Familien.',
        image: feldImage.id,
        body: richTextWithUpload(inlineImage.id),
        _status: 'published',
      } as never,
    })
    await payload.update({ collection: 'handlungsfelder', id: feld.id, draft: true, data: { image: newerDraft.id } as never })
    await payload.create({
      collection: 'handlungsfelder',
      draft: true,
      data: { title: 'Entwurf', summary: 'Noch nicht freigegeben.', image: draftOnly.id, _status: 'draft' } as never,
    })
    await payload.updateGlobal({
      slug: 'gebaerdensprache',
      data: { title: 'Gebärdensprache', videos: [{ title: 'Willkommen', video: dgs.id, transcript: 'Willkommen.' }] } as never,
    })

    const { published, entries } = await buildMedia()

    const used = [video, captions, poster, feldImage, inlineImage, dgs]
    expect(published).toEqual(used.flatMap(filesOf).sort())
    expect(entries).toEqual(used.map((media) => String(media.id)).sort())
    for (const media of [unused, draftOnly, newerDraft] as Media[]) {
      for (const file of filesOf(media)) expect(published, `${file} is not used by published content`).not.toContain(file)
    }
    // Whatever an upload was called, nothing on the site is served as a page.
    expect(published.filter((file) => !/\.(mp4|webm|jpg|png|webp|avif|vtt)$/.test(file))).toEqual([])
  })

  it('finds every field through which CMS content can refer to an upload', async () => {
    const { mediaReferenceFields } = await import('@familienrathaus/content-schemas')
    /** Paths of upload and rich-text fields, through groups, rows, tabs and arrays. */
    const referencePaths = (fields: Field[], prefix = ''): string[] =>
      fields.flatMap((field): string[] => {
        if (field.type === 'tabs')
          return field.tabs.flatMap((tab) =>
            'name' in tab && tab.name ? referencePaths(tab.fields, `${prefix}${tab.name}.`) : referencePaths(tab.fields, prefix),
          )
        if (field.type === 'row' || field.type === 'collapsible') return referencePaths(field.fields, prefix)
        if (field.type === 'group' || field.type === 'array')
          return 'name' in field && field.name ? referencePaths(field.fields, `${prefix}${field.name}.`) : referencePaths(field.fields, prefix)
        if (field.type === 'blocks') return field.blocks.flatMap((block) => referencePaths(block.fields, `${prefix}${field.name}.`))
        if (field.type === 'richText') return [`${prefix}${field.name}`]
        if ((field.type === 'upload' || field.type === 'relationship') && [field.relationTo].flat().includes('media'))
          return [`${prefix}${field.name}`]
        return []
      })
    for (const slug of contentSlugs) {
      const collection = config.collections.find((candidate) => candidate.slug === slug)!
      expect([...mediaReferenceFields.collections[slug]].sort(), slug).toEqual(referencePaths(collection.fields).sort())
    }
    for (const slug of Object.keys(globalSchemas) as (keyof typeof globalSchemas)[]) {
      const global = config.globals.find((candidate) => candidate.slug === slug)!
      expect([...mediaReferenceFields.globals[slug]].sort(), slug).toEqual(referencePaths(global.fields).sort())
    }
  })
})
