/**
 * `npm run drill:crash`: the kill -9 drill against a running `npm start`, with more writes and more
 * rounds than the test (tests/e2e/browser/newcomer.test.ts › operations) can afford. Each round,
 * writers create drafts over REST without pause; after a random 0.5–3 s the CMS process is killed
 * with SIGKILL mid-burst; `npm start` restarts it; every write the CMS acknowledged (201) must be
 * there. At the end the SQLite file (DATABASE_URI, default DATA_DIR/familienrathaus.db) is checked
 * (integrity_check, read beside the running CMS) and every draft of the run is deleted again.
 *
 * DATA_DIR (the instance's data folder, required: npm start's pid file and the database are there),
 * DRILL_CMS_URL (default http://127.0.0.1:3000), DRILL_EMAIL and DRILL_PASSWORD (an account with the role Freigabe or Administration: it writes drafts and deletes them again),
 * DRILL_ROUNDS (default 10), DRILL_WRITERS (default 8).
 */
import { createClient } from '@libsql/client'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { cmsProcessOf } from '@familienrathaus/server/processes'

const dataFolder = process.env.DATA_DIR
const cms = (process.env.DRILL_CMS_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
const email = process.env.DRILL_EMAIL
const password = process.env.DRILL_PASSWORD
const rounds = Number(process.env.DRILL_ROUNDS ?? 10)
const writers = Number(process.env.DRILL_WRITERS ?? 8)
if (!dataFolder || !email || !password) {
  console.error(
    'Set DATA_DIR (the running instance), DRILL_EMAIL and DRILL_PASSWORD (an account with the role Freigabe or Administration: it writes drafts and deletes them again); see the comment at the top of this file.',
  )
  process.exit(2)
}

const startPid = Number(readFileSync(path.join(dataFolder, 'npm-start.pid'), 'utf8'))
/** The CMS: the child of npm start that runs Next. */
const cmsPid = () => cmsProcessOf(startPid)

const healthy = () =>
  fetch(`${cms}/api/health`, { signal: AbortSignal.timeout(3000) }).then(
    (response) => response.ok,
    () => false,
  )

async function login(): Promise<string> {
  const response = await fetch(`${cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${email} failed: ${response.status}`)
  // The token comes only as an HttpOnly cookie, never in the body.
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
  if (!cookie) throw new Error('the login answered without a payload-token cookie')
  return /^payload-token=([^;]+)/.exec(cookie)![1]!
}

const token = await login()
const auth = { authorization: `JWT ${token}` }
const felder = (await (await fetch(`${cms}/api/handlungsfelder?limit=1&depth=0`)).json()) as { docs: { id: number | string }[] }
if (felder.docs.length === 0) throw new Error('the instance has no Handlungsfeld to file the drafts under (seed it first)')
// Every draft of this run carries the run's mark, so that cleaning up finds also the drafts whose answer the kill swallowed.
const mark = `Absturzübung ${Date.now().toString(36)}`
const deadline = (ms: number) => AbortSignal.timeout(ms)
let totalAcknowledged = 0
let totalLost = 0
let integrity = 'not checked (DATABASE_URI is not a SQLite file)'

async function waitForHealth(limitMs = 120_000) {
  const until = Date.now() + limitMs
  while (!(await healthy())) {
    if (Date.now() > until) throw new Error(`the CMS did not answer ${cms}/api/health within ${limitMs / 1000} s after the kill`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

try {
  for (let round = 1; round <= rounds; round++) {
    const acknowledged: (number | string)[] = []
    let refused = 0
    let writing = true
    let killedAt = 0
    const writer = async (id: number) => {
      for (let index = 0; writing; index++) {
        try {
          const response = await fetch(`${cms}/api/angebote?draft=true`, {
            signal: deadline(20_000),
            method: 'POST',
            headers: { 'content-type': 'application/json', ...auth },
            body: JSON.stringify({
              title: `${mark} ${round}-${id}-${index}`,
              summary: 'Ein Entwurf.',
              kind: 'beratung',
              handlungsfelder: [felder.docs[0]!.id],
            }),
          })
          if (response.status === 201) {
            acknowledged.push(((await response.json()) as { doc: { id: number | string } }).doc.id)
            continue
          }
          const text = await response.text()
          // Before the kill every write must succeed (the account may lack the right).
          if (!killedAt || response.status < 500) throw new Error(`the CMS refused a draft with ${response.status}: ${text.slice(0, 200)}`)
        } catch (error) {
          if (!killedAt) throw error
        }
        refused++
        writing = false
      }
    }
    const burst = Promise.allSettled(Array.from({ length: writers }, (_, id) => writer(id)))
    await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 2500))
    if (!writing) {
      const failures = (await burst).flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []))
      throw new Error(`the writers stopped before the kill: ${failures.join('; ')}`)
    }
    killedAt = Date.now()
    process.kill(cmsPid(), 'SIGKILL')
    const outcomes = await burst
    const failed = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []))
    if (failed.length > 0) throw new Error(`a writer failed: ${failed.join('; ')}`)
    await waitForHealth()
    const downSeconds = (Date.now() - killedAt) / 1000
    if (acknowledged.length === 0) throw new Error(`round ${round}: no write was acknowledged before the kill; nothing was tested`)
    let lost = 0
    for (const id of acknowledged) {
      const stored = await fetch(`${cms}/api/angebote/${id}?draft=true&depth=0`, { headers: auth, signal: deadline(10_000) })
      await stored.body?.cancel()
      if (stored.status !== 200) lost++
    }
    totalAcknowledged += acknowledged.length
    totalLost += lost
    console.log(
      `round ${round}: ${acknowledged.length} acknowledged, ${lost} lost, ${refused} refused while down, CMS back after ${downSeconds.toFixed(1)} s`,
    )
  }
  const databaseUri = process.env.DATABASE_URI ?? `file:${path.join(dataFolder, 'familienrathaus.db')}`
  if (databaseUri.startsWith('file:')) {
    const database = createClient({ url: databaseUri })
    integrity = String((await database.execute('PRAGMA integrity_check')).rows[0]?.[0])
    database.close()
  }
} finally {
  // Also the drafts saved in part or answered by nobody: everything with this run's mark.
  await waitForHealth().catch(() => undefined)
  const where = `where[title][like]=${encodeURIComponent(mark)}`
  const removed = await fetch(`${cms}/api/angebote?${where}&draft=true&limit=0`, { method: 'DELETE', headers: auth, signal: deadline(60_000) })
    .then(async (response) => ((await response.json()) as { docs?: unknown[] }).docs?.length ?? 0)
    .catch((error: unknown) => `not cleaned up (${String(error)}): delete the drafts titled "${mark} …" by hand`)
  console.log(`cleanup: ${removed} drafts of this drill deleted`)
}
console.log(`${rounds} kills: ${totalAcknowledged} writes acknowledged, ${totalLost} lost; integrity_check: ${integrity}`)
process.exit(totalLost === 0 && (integrity === 'ok' || integrity.startsWith('not checked')) ? 0 : 1)
