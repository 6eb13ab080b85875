import type { EmailAdapter, SendEmailOptions } from 'payload'

import nodemailer from 'nodemailer'

/** SMTP from the environment: SMTP_HOST (required to send at all), SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASSWORD, MAIL_FROM. */
export type SmtpSettings = {
  host: string
  port: number
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it (587, 25). */
  secure: boolean
  /** Refuse to send unless the connection is encrypted (STARTTLS): password links are bearer tokens. */
  requireTls: boolean
  user?: string
  password?: string
  fromAddress: string
  fromName: string
}

export function smtpSettings(env: NodeJS.ProcessEnv = process.env): SmtpSettings | undefined {
  const host = env.SMTP_HOST?.trim()
  if (!host) return undefined
  const secure = env.SMTP_SECURE === 'true'
  const port = Number(env.SMTP_PORT ?? (secure ? 465 : 587))
  if (!Number.isInteger(port) || port <= 0 || port > 65535)
    throw new Error(`SMTP_PORT must be a port number, not ${JSON.stringify(env.SMTP_PORT)}`)
  // "Name <address>" or a bare address.
  const from = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(env.MAIL_FROM ?? '') ?? [undefined, '', env.MAIL_FROM?.trim()]
  const fromAddress = from[2] || `familienrathaus@${host}`
  // A relay on this machine may speak plain SMTP; anything else must encrypt (SMTP_REQUIRE_TLS=false opts out).
  const loopback = /^(127\.|::1$|localhost$)/.test(host)
  const requireTls = env.SMTP_REQUIRE_TLS ? env.SMTP_REQUIRE_TLS !== 'false' : !loopback
  return {
    host,
    port,
    secure,
    requireTls,
    user: env.SMTP_USER || undefined,
    password: env.SMTP_PASSWORD || undefined,
    fromAddress,
    fromName: from[1] || 'Familienrathaus Hamm',
  }
}

/**
 * Payload's mail goes out over SMTP through nodemailer. Without SMTP_HOST there is no adapter and
 * Payload writes each mail to the log instead (development).
 */
export function smtpEmailAdapter(settings: SmtpSettings): EmailAdapter {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: !settings.secure && settings.requireTls,
    auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
    // A mail server that does not answer must not hold a request for minutes (nodemailer waits 2 min by default).
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  })
  return () => ({
    name: 'smtp',
    defaultFromAddress: settings.fromAddress,
    defaultFromName: settings.fromName,
    sendEmail: async (message: SendEmailOptions) =>
      transport.sendMail({ from: { name: settings.fromName, address: settings.fromAddress }, ...message }),
  })
}
