/**
 * Issue 13: e-mail for editors, against a real SMTP server started here (smtp-server), not a mock.
 * Forgot-password works end to end in German: the mail carries a link, the link sets a new password
 * that obeys the policy, works once and expires. Submitting a draft for review mails the Freigabe.
 */
import type { Payload } from 'payload'

import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { angeboteSlug } from '@familienrathaus/content-schemas'

import { apiClient } from './apiClient.ts'
import { startTestPayload } from './testPayload.ts'

const received: ParsedMail[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        received.push(mail)
        callback()
      })
      .catch(callback)
  },
})

let payload: Payload
let stop: () => Promise<void>
let api: ReturnType<typeof apiClient>
const password = 'ein-langes-Testpasswort-2026'
let address = 0

const mailTo = async (to: string, subject: RegExp, timeoutMs = 10_000): Promise<ParsedMail> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const mail = received.find((candidate) => JSON.stringify(candidate.to).includes(to) && subject.test(candidate.subject ?? ''))
    if (mail) return mail
    if (Date.now() > deadline)
      throw new Error(
        `no mail to ${to} matching ${subject}; received: ${received.map((m) => `${JSON.stringify(m.to)} ${m.subject}`).join('; ')}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
// Each request from its own address: the per-address limits of the API are not what is tested here.
const from = () => ({ 'x-forwarded-for': `10.13.0.${++address}` })

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
  process.env.MAIL_FROM = 'Familienrathaus Hamm <familienrathaus@hamm.invalid>'
  process.env.PUBLIC_CMS_URL = 'https://cms.hamm.invalid'
  ;({ payload, stop } = await startTestPayload())
  api = apiClient(Promise.resolve(payload.config))
  for (const [email, role] of [
    ['admin@hamm.invalid', 'administration'],
    ['redaktion@hamm.invalid', 'redaktion'],
    ['freigabe-1@hamm.invalid', 'freigabe'],
    ['freigabe-2@hamm.invalid', 'freigabe'],
  ] as const) {
    await payload.create({ collection: 'users', data: { email, password, roles: [role] }, overrideAccess: true })
  }
})
afterAll(async () => {
  await stop?.()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'MAIL_FROM', 'PUBLIC_CMS_URL']) delete process.env[name]
})

describe('forgot password', () => {
  it('mails a German link that sets a new password once, obeying the policy', async () => {
    const asked = await api.rest('POST', '/users/forgot-password', { body: { email: 'redaktion@hamm.invalid' }, headers: from() })
    expect(asked.status).toBe(200)
    const mail = await mailTo('redaktion@hamm.invalid', /Neues Passwort/)
    expect(mail.from?.value).toEqual([{ name: 'Familienrathaus Hamm', address: 'familienrathaus@hamm.invalid' }])
    expect(mail.html).toContain('lang="de"')
    expect(mail.html).toContain('Der Link gilt eine Stunde und nur einmal.')
    const link = /href="(https:\/\/cms\.hamm\.invalid\/admin\/reset\/([^"]+))"/.exec(String(mail.html))
    expect(link, String(mail.html)).not.toBeNull()
    const token = decodeURIComponent(link![2]!)

    const weak = await api.rest('POST', '/users/reset-password', { body: { token, password: 'kurz' }, headers: from() })
    expect(weak.status).toBe(400)
    const strong = await api.rest('POST', '/users/reset-password', {
      body: { token, password: 'ein-neues-sehr-langes-Passwort' },
      headers: from(),
    })
    expect(strong.status).toBe(200)
    await expect(api.login('redaktion@hamm.invalid', 'ein-neues-sehr-langes-Passwort')).resolves.toBeTruthy()
    const again = await api.rest('POST', '/users/reset-password', { body: { token, password: 'noch-ein-anderes-Passwort' }, headers: from() })
    expect(again.status).not.toBe(200)
  })

  it('does not accept a link after its hour', async () => {
    await api.rest('POST', '/users/forgot-password', { body: { email: 'admin@hamm.invalid' }, headers: from() })
    const mail = await mailTo('admin@hamm.invalid', /Neues Passwort/)
    const token = decodeURIComponent(/\/admin\/reset\/([^"]+)"/.exec(String(mail.html))![1]!)
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'admin@hamm.invalid' } },
      showHiddenFields: true,
      overrideAccess: true,
    })
    const expires = new Date(String(docs[0]!.resetPasswordExpiration)).getTime()
    expect(expires - Date.now()).toBeGreaterThan(55 * 60 * 1000)
    expect(expires - Date.now()).toBeLessThanOrEqual(60 * 60 * 1000)
    await payload.update({
      collection: 'users',
      id: docs[0]!.id,
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    const late = await api.rest('POST', '/users/reset-password', {
      body: { token, password: 'ein-neues-sehr-langes-Passwort' },
      headers: from(),
    })
    expect(late.status).not.toBe(200)
  })
})

describe('a draft submitted for review', () => {
  it('mails every Freigabe a link to it, and nobody else', async () => {
    const redaktion = await api.login('redaktion@hamm.invalid', 'ein-neues-sehr-langes-Passwort')
    const feld = await payload.create({
      collection: 'handlungsfelder',
      data: { title: 'Bildung', summary: 'Lernen.', order: 1 },
      overrideAccess: true,
    })
    const created = await api.rest('POST', `/${angeboteSlug}?draft=true`, {
      token: redaktion,
      body: { title: 'Ferienpass 2027', summary: 'Ferien in Hamm.', kind: 'freizeit', handlungsfelder: [feld.id] },
      headers: from(),
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    const before = received.length
    const submitted = await api.rest('PATCH', `/${angeboteSlug}/${id}?draft=true`, {
      token: redaktion,
      body: { reviewState: 'zur-freigabe' },
      headers: from(),
    })
    expect(submitted.status).toBe(200)
    const mail = await mailTo('freigabe-1@hamm.invalid', /Zur Freigabe: Ferienpass 2027/)
    expect(mail.html).toContain(`href="https://cms.hamm.invalid/admin/collections/${angeboteSlug}/${id}"`)
    expect(mail.html).toContain('redaktion@hamm.invalid hat „Ferienpass 2027“')
    const recipients = JSON.stringify(mail.to)
    expect(recipients).toContain('freigabe-2@hamm.invalid')
    expect(recipients).not.toContain('redaktion@hamm.invalid')
    expect(recipients).not.toContain('admin@hamm.invalid')
    // Saving again while it waits for review sends nothing new.
    await api.rest('PATCH', `/${angeboteSlug}/${id}?draft=true`, {
      token: redaktion,
      body: { summary: 'Ferien in Hamm, mit Programm.' },
      headers: from(),
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(received.length).toBe(before + 1)
  })
})
