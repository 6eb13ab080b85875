/**
 * `npm run create-admin`: makes an Administration account on the server, where the admin's
 * first-user screen is closed (any address but loopback, or NODE_ENV=production). Asks in the
 * terminal, or reads ADMIN_EMAIL and ADMIN_PASSWORD (and optionally ADMIN_NAME) for scripts.
 */
import { stdin, stdout } from 'node:process'
import { createInterface } from 'node:readline/promises'

import { ValidationError } from 'payload'

import { usersSlug } from '@familienrathaus/content-schemas'

import { runWithPayload } from '../lib/payload.ts'

/** Reads a line without echoing it (a password), from a terminal in raw mode. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    stdout.write(question)
    stdin.setRawMode(true)
    stdin.resume()
    let answer = ''
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          done()
          stdout.write('\n')
          return resolve(answer)
        }
        if (char === '\u0003') {
          done()
          return reject(new Error('cancelled'))
        }
        if (char === '\u007f' || char === '\b') answer = answer.slice(0, -1)
        else answer += char
      }
    }
    const done = () => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
    }
    stdin.on('data', onData)
  })
}

async function askCredentials(): Promise<{ email: string; password: string; name?: string }> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password, ADMIN_NAME: name } = process.env
  if (email && password) return { email, password, name }
  if (!stdin.isTTY) {
    throw new Error('No terminal to ask in: set ADMIN_EMAIL and ADMIN_PASSWORD (and optionally ADMIN_NAME).')
  }
  const lines = createInterface({ input: stdin, output: stdout })
  const givenEmail = (await lines.question('E-mail address of the new Administration account: ')).trim()
  const givenName = (await lines.question('Name (optional): ')).trim()
  lines.close()
  const first = await askHidden('Password (at least 12 characters): ')
  const second = await askHidden('Password again: ')
  if (first !== second) throw new Error('The two passwords differ; nothing was created.')
  return { email: givenEmail, password: first, name: givenName || undefined }
}

await runWithPayload(async (payload) => {
  const { email, password, name } = await askCredentials()
  const existing = await payload.count({ collection: usersSlug, where: { email: { equals: email.toLowerCase() } } })
  if (existing.totalDocs > 0) throw new Error(`An account with the address ${email} exists already; nothing was created.`)
  try {
    const user = await payload.create({ collection: usersSlug, data: { email, password, name, roles: ['administration'] } })
    console.log(`Created the Administration account ${user.email}. Log in at the admin (/admin).`)
  } catch (error) {
    if (error instanceof ValidationError) {
      const reasons = error.data.errors.map((problem) => `${problem.path}: ${problem.message}`).join('; ')
      throw new Error(`The account was not created: ${reasons}`, { cause: error })
    }
    throw error
  }
})
