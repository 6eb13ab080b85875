/**
 * Bad input from editors and attackers: every refusal names the problem in German, and nothing
 * harmful is stored.
 */
import type { Payload } from 'payload'
import { angebotSchema } from '@familienrathaus/content-schemas'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { apiClient } from './apiClient.ts'
import { publishableParts } from './publishable.ts'
import { startTestPayload } from './testPayload.ts'

let payload: Payload
let stop: () => Promise<void>
let api: ReturnType<typeof apiClient>
let token: string
let feldId: number
let publishable: Record<string, unknown> = {}
const password = 'ein-langes-Testpasswort-2026'

beforeAll(async () => {
  ;({ payload, stop } = await startTestPayload())
  api = apiClient((await import('../src/payload.config.ts')).default)
  await payload.create({ collection: 'users', data: { email: 'admin@familienrathaus.invalid', password, roles: ['administration'] } })
  token = await api.login('admin@familienrathaus.invalid', password)
  feldId = (await payload.create({ collection: 'handlungsfelder', data: { title: 'Feld', summary: 'Feld.', _status: 'published' } }))
    .id as number
  publishable = await publishableParts(payload)
})
afterAll(async () => {
  await stop?.()
})

/** Publishing validates every field (drafts are saved as they are, so no work is lost). */
const publish = (collection: string, data: Record<string, unknown>) =>
  api.rest('POST', `/${collection}`, { token, body: { ...data, _status: 'published' } })

const messages = (json: Record<string, any>): string =>
  JSON.stringify(
    json.errors?.flatMap(
      (error: { data?: { errors?: { message: string }[] }; message: string }) => error.data?.errors?.map((e) => e.message) ?? [error.message],
    ),
  )

const angebot = (overrides: Record<string, unknown> = {}) => ({
  title: 'Kindergeld',
  summary: 'Geld für jedes Kind.',
  kind: 'geldleistung',
  handlungsfelder: [feldId],
  ...publishable,
  ...overrides,
})
const kontakt = (overrides: Record<string, unknown> = {}) => ({
  title: 'Familienbüro',
  kind: 'dienststelle',
  street: 'Theodor-Heuss-Platz 12',
  postalCode: '59065',
  city: 'Hamm',
  ...overrides,
})

describe('amounts (issue 15)', () => {
  it('refuses an amount that does not read completely and says in German what is missing', async () => {
    const { status, json } = await publish('angebote', angebot({ amount: { kind: 'fixed', period: 'once', source: '§ 56 BAföG' } }))
    expect(status).toBe(400)
    expect(messages(json)).toContain('Bitte den Betrag in Euro angeben.')
    expect(messages(json)).toContain('Bitte angeben, wann die Beträge zuletzt geprüft wurden (Stand).')
    const steps = await publish(
      'angebote',
      angebot({
        amount: {
          kind: 'perChild',
          period: 'month',
          byAge: [
            { belowAge: 12, value: 299 },
            { belowAge: 6, value: 227 },
          ],
          source: '§ 2 UVG',
          asOf: '2026-12-05T00:00:00.000Z',
        },
      }),
    )
    expect(steps.status).toBe(400)
    expect(messages(steps.json)).toContain('Altersgrenzen müssen von oben nach unten steigen')
  })

  it('keeps a complete amount, and the site reads it as the content schema says', async () => {
    const amount = {
      kind: 'perChild',
      period: 'month',
      byAge: [{ belowAge: 18, value: 259 }],
      maybeBelowAge: 25,
      source: '§ 66 EStG',
      asOf: '2026-12-05T00:00:00.000Z',
    }
    const { status, json } = await publish('angebote', angebot({ title: 'Kindergeld mit Betrag', amount }))
    expect(status).toBe(201)
    const parsed = angebotSchema.parse(json.doc)
    expect(parsed.amount).toMatchObject({
      kind: 'perChild',
      period: 'month',
      byAge: [{ belowAge: 18, value: 259 }],
      maybeBelowAge: 25,
      asOf: '2026-12-05',
    })
    // Without a kind the offer names no amount.
    const none = await publish('angebote', angebot({ title: 'Beratung ohne Betrag' }))
    expect(angebotSchema.parse(none.json.doc).amount).toBeUndefined()
  })
})

describe('birth-relative deadlines (issue 17)', () => {
  it('refuses half a month and a distance beyond the limits, in German; keeps whole weeks and months the site reads', async () => {
    for (const offset of [1.5, 200]) {
      const { status, json } = await publish(
        'angebote',
        angebot({ title: `Frist ${offset}`, reminders: [{ label: 'Elterngeld beantragen', kind: 'until', offset, unit: 'months' }] }),
      )
      expect(status, String(offset)).toBe(400)
      expect(messages(json)).toContain('Bitte eine ganze Zahl zwischen -52 und 104 eingeben')
    }
    const reminders = [
      { label: 'Elterngeld beantragen', kind: 'until', offset: 3, unit: 'months' },
      { label: 'Bescheinigung holen', kind: 'from', offset: -7, unit: 'weeks' },
    ]
    const { status, json } = await publish('angebote', angebot({ title: 'Frist ganz', reminders }))
    expect(status).toBe(201)
    expect(angebotSchema.parse(json.doc).reminders).toEqual(reminders)
  })
})

describe('texts', () => {
  it('refuses an over-long summary and says how long it may be', async () => {
    const { status, json } = await publish('angebote', angebot({ summary: 'x'.repeat(301) }))
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/300/)
  })

  it('refuses an over-long title', async () => {
    const { status } = await publish('angebote', angebot({ title: 'T'.repeat(161) }))
    expect(status).toBe(400)
  })

  it('keeps a draft with missing required fields, so no work is lost', async () => {
    const { status } = await api.rest('POST', '/angebote?draft=true', { token, body: { title: 'Halbfertig' } })
    expect(status).toBe(201)
  })

  it('stores script typed into a text field as plain text (the site escapes it)', async () => {
    const { status, json } = await publish('angebote', angebot({ title: '<script>alert(1)</script> Elterngeld' }))
    expect(status).toBe(201)
    expect(json.doc.title).toBe('<script>alert(1)</script> Elterngeld')
    expect(json.doc.slug).toBe('script-alert-1-script-elterngeld')
  })
})

describe('addresses, numbers and links', () => {
  it.each([
    ['applyUrl', 'javascript:alert(1)', /https:\/\//],
    ['applyUrl', 'www.hamm.de', /https:\/\//],
    ['legalBasisUrl', 'ftp://example.org/gesetz', /https:\/\//],
    ['leikaKey', '12345', /14 Ziffern/],
  ])('refuses %s = %s', async (field, value, message) => {
    const { status, json } = await publish('angebote', angebot({ [field]: value }))
    expect(status).toBe(400)
    expect(messages(json)).toMatch(message)
  })

  it.each([
    ['email', 'familienbuero(at)stadt.hamm.de', /E-Mail-Adresse/],
    ['email', 'a@b', /E-Mail-Adresse/],
    ['phone', 'bitte anrufen', /Telefonnummer/],
    ['phone', '12', /Telefonnummer/],
    ['postalCode', '5906', /fünfstellige Postleitzahl/],
    ['website', 'http://', /https:\/\//],
    ['latitude', 123, /Breitengrad/],
  ])('refuses a contact with %s = %s', async (field, value, message) => {
    const { status, json } = await publish('kontakte', kontakt({ [field]: value }))
    expect(status).toBe(400)
    expect(messages(json)).toMatch(message)
  })

  it('accepts German phone numbers as people write them', async () => {
    for (const phone of ['02381 17-0', '+49 2381 17-6334', '(02381) 17 60', '0151/12345678']) {
      const { status } = await publish('kontakte', kontakt({ title: `Stelle ${phone}`, phone }))
      expect(status, phone).toBe(201)
    }
  })
})

describe('opening hours', () => {
  it.each([
    [[{ day: 'mo', opens: '12:00', closes: '08:00' }], /muss nach „von“/],
    [[{ day: 'di', opens: '8 Uhr', closes: '12:00' }], /HH:MM/],
    [[{ day: 'mi', opens: '25:00', closes: '26:00' }], /HH:MM/],
    [
      [
        { day: 'do', opens: '08:00', closes: '12:00' },
        { day: 'do', opens: '11:00', closes: '15:00' },
      ],
      /überschneiden sich/,
    ],
  ])('refuses %j', async (openingHours, message) => {
    const { status, json } = await publish('kontakte', kontakt({ title: `Zeiten ${Math.random()}`, openingHours }))
    expect(status).toBe(400)
    expect(messages(json)).toMatch(message)
  })

  it('accepts a day with a lunch break', async () => {
    const { status } = await publish(
      'kontakte',
      kontakt({
        title: 'Mit Mittagspause',
        openingHours: [
          { day: 'mo', opens: '08:00', closes: '12:00' },
          { day: 'mo', opens: '13:00', closes: '16:00' },
        ],
      }),
    )
    expect(status).toBe(201)
  })
})

describe('dates', () => {
  it('refuses an offer that ends before it starts', async () => {
    const { status, json } = await publish(
      'angebote',
      angebot({ validFrom: '2026-06-01T00:00:00.000Z', validUntil: '2026-05-01T00:00:00.000Z' }),
    )
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/nicht vor „Gültig ab“/)
  })
})

describe('passwords', () => {
  it('refuses passwords shorter than 12 characters', async () => {
    const { status, json } = await api.rest('POST', '/users', {
      token,
      body: { email: 'kurz@familienrathaus.invalid', password: 'kurz123', roles: ['redaktion'] },
    })
    expect(status).toBe(400)
    expect(messages(json)).toMatch(/mindestens 12 Zeichen/)
  })

  it('locks an account after five wrong passwords', async () => {
    await payload.create({ collection: 'users', data: { email: 'sperre@familienrathaus.invalid', password, roles: ['redaktion'] } })
    for (let i = 0; i < 5; i++) {
      await api.rest('POST', '/users/login', { body: { email: 'sperre@familienrathaus.invalid', password: 'falsch-falsch-falsch' } })
    }
    const { status } = await api.rest('POST', '/users/login', { body: { email: 'sperre@familienrathaus.invalid', password } })
    expect(status).toBe(401)
  })
})

describe('uploads', () => {
  const upload = async (data: Buffer | Uint8Array, filename: string, type: string, alt = 'Testbild') => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(data)], { type }), filename)
    form.append('_payload', JSON.stringify({ alt }))
    return api.rest('POST', '/media', { token, form })
  }
  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
      .png({ compressionLevel: 9 })
      .toBuffer()

  it('accepts a normal image and makes WebP and AVIF sizes', async () => {
    const { status, json } = await upload(await png(1200, 800), 'Familie im Park.png', 'image/png')
    expect(status).toBe(201)
    expect(json.doc.sizes.medium.mimeType).toBe('image/webp')
    expect(json.doc.sizes.mediumAvif.mimeType).toBe('image/avif')
  })

  it('refuses SVG (script inside images)', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')
    const { status, json } = await upload(svg, 'logo.svg', 'image/svg+xml')
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/SVG-Dateien sind aus Sicherheitsgründen nicht erlaubt/)
  })

  it('refuses SVG content disguised as PNG', async () => {
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const { status } = await upload(svg, 'harmlos.png', 'image/png')
    expect(status).toBe(400)
  })

  it('refuses a file whose content does not match its type', async () => {
    const { status, json } = await upload(await png(10, 10), 'film.mp4', 'video/mp4')
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/passt nicht zu ihrem Typ/)
  })

  it('refuses images above 40 megapixels before decoding them', async () => {
    const huge = await png(8000, 6000)
    const started = Date.now()
    const { status, json } = await upload(huge, 'riesig.png', 'image/png')
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/8000 × 6000 Pixeln zu groß/)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('refuses images over 10 MB', async () => {
    const big = Buffer.concat([await png(100, 100), Buffer.alloc(11 * 1024 * 1024)])
    const { status, json } = await upload(big, 'gross.png', 'image/png')
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/zu groß/)
  })

  it('refuses executables and unknown files', async () => {
    const { status } = await upload(Buffer.from('MZ\x90\x00 this is not an image'), 'setup.exe', 'application/octet-stream')
    expect(status).toBe(400)
  })

  it('gives uploaded files a safe name', async () => {
    const { status, json } = await upload(await png(20, 20), '../../Übersicht <b>Kita</b>.PNG', 'image/png')
    expect(status).toBe(201)
    expect(json.doc.filename).toMatch(/^[a-z0-9-]+\.png$/)
  })

  it('asks for alternative text on images', async () => {
    const { status, json } = await upload(await png(20, 20), 'ohne-alt.png', 'image/png', '')
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toMatch(/Alternativtext/)
  })
})

describe('a row that carries another document’s row id (found by the scale bench, issue 18)', () => {
  it('in a translation that reuses the German rows’ ids (an import reading German and writing English) keeps both languages', async () => {
    const german = await payload.create({
      collection: 'angebote',
      data: {
        title: `Übersetzt ${Math.random()}`,
        summary: 'Ein Angebot.',
        kind: 'beratung',
        handlungsfelder: [feldId],
        steps: [{ text: 'Erst anrufen.' }, { text: 'Dann hingehen.' }],
        _status: 'published',
      } as never,
    })
    const rows = (german as { steps: { id: string; text: string }[] }).steps
    const english = await payload.update({
      collection: 'angebote',
      id: german.id,
      locale: 'en',
      data: {
        title: 'Translated',
        summary: 'An offer.',
        steps: rows.map((row) => ({ id: row.id, text: `EN ${row.text}` })),
        _status: 'published',
      } as never,
    })
    expect((english as { steps: { text: string }[] }).steps.map((step) => step.text)).toEqual(['EN Erst anrufen.', 'EN Dann hingehen.'])
    const both = (await payload.findByID({ collection: 'angebote', id: german.id, depth: 0, locale: 'all' as never })) as unknown as {
      steps: Record<string, { id: string; text: string }[]>
    }
    expect(both.steps.de).toEqual(rows)
    expect(both.steps.en!.map((step) => step.text)).toEqual(['EN Erst anrufen.', 'EN Dann hingehen.'])
  })

  it('is saved as a row of its own, and the other document keeps its rows: publishing failed with a 500 (UNIQUE constraint)', async () => {
    const make = (title: string, steps: { id?: string; text: string }[]) =>
      payload.create({
        collection: 'angebote',
        data: { title, summary: 'Ein Angebot.', kind: 'beratung', handlungsfelder: [feldId], steps, _status: 'published' } as never,
      })
    const first = await make(`Erstes ${Math.random()}`, [{ text: 'Erst anrufen.' }, { text: 'Dann hingehen.' }])
    const foreign = (first as { steps: { id: string }[] }).steps[0]!.id
    const second = await make(`Zweites ${Math.random()}`, [{ id: foreign, text: 'Formular ausfüllen.' }])
    const third = await payload.update({
      collection: 'angebote',
      id: second.id,
      data: {
        steps: [
          { id: foreign, text: 'Formular ausfüllen.' },
          { id: foreign, text: 'Abschicken.' },
        ],
        _status: 'published',
      } as never,
    })
    expect((third as { steps: { text: string }[] }).steps.map((step) => step.text)).toEqual(['Formular ausfüllen.', 'Abschicken.'])
    const own = await payload.findByID({ collection: 'angebote', id: first.id, depth: 0 })
    expect((own as { steps: { id: string; text: string }[] }).steps.map((step) => [step.id, step.text])).toEqual([
      [foreign, 'Erst anrufen.'],
      [(first as { steps: { id: string }[] }).steps[1]!.id, 'Dann hingehen.'],
    ])
  })

  it('costs a save that edits and moves the document’s own rows no extra read (the admin autosaves a draft every few seconds)', async () => {
    const doc = await payload.create({
      collection: 'angebote',
      data: {
        title: `Eigene Zeilen ${Math.random()}`,
        summary: 'Ein Angebot.',
        kind: 'beratung',
        handlungsfelder: [feldId],
        steps: [{ text: 'Erst anrufen.' }, { text: 'Dann hingehen.' }],
      } as never,
    })
    const rows = (doc as { steps: { id: string; text: string }[] }).steps
    const findByID = vi.spyOn(payload, 'findByID')
    const find = vi.spyOn(payload, 'find')
    try {
      const saved = await payload.update({
        collection: 'angebote',
        id: doc.id,
        draft: true,
        data: { steps: rows.map((row) => ({ ...row, text: `${row.text} (geändert)` })).reverse() } as never,
      })
      expect((saved as { steps: { id: string; text: string }[] }).steps.map((step) => [step.id, step.text])).toEqual([
        [rows[1]!.id, 'Dann hingehen. (geändert)'],
        [rows[0]!.id, 'Erst anrufen. (geändert)'],
      ])
      // The hook's reads: the document in every language, and other documents by row id.
      const rowReads = [
        ...findByID.mock.calls.filter(([options]) => options.locale === 'all'),
        ...find.mock.calls.filter(([options]) => JSON.stringify(options.where ?? {}).includes('steps.id')),
      ]
      expect(rowReads).toEqual([])
    } finally {
      findByID.mockRestore()
      find.mockRestore()
    }
  })
})
