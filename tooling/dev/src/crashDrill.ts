/**
 * `npm run drill:crash`: the kill -9 drill against a running `npm start`, with more writes and more
 * rounds than the test (tests/e2e/browser/newcomer.test.ts › operations) can afford. Each round,
 * writers create drafts over REST without pause; after a random 0.5–3 s the CMS process is killed
 * with SIGKILL mid-burst; `npm start` restarts it; every write the CMS acknowledged (201) must be
 * there. At the end the SQLite file is checked (integrity_check, read beside the running CMS) and
 * the drill's drafts are deleted again.
 *
 * DATA_DIR (the instance's data folder, required: npm start's pid file and the database are there),
 * DRILL_CMS_URL (default http://127.0.0.1:3000), DRILL_EMAIL and DRILL_PASSWORD (an account with the role Redaktion),
 * DRILL_ROUNDS (default 10), DRILL_WRITERS (default 8).
 */
import { createClient } from '@libsql/client'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const dataFolder = process.env.DATA_DIR
const cms = (process.env.DRILL_CMS_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')
const email = process.env.DRILL_EMAIL
const password = process.env.DRILL_PASSWORD
const rounds = Number(process.env.DRILL_ROUNDS ?? 10)
const writers = Number(process.env.DRILL_WRITERS ?? 8)
if (!dataFolder || !email || !password) {
  console.error(
    'Set DATA_DIR (the running instance), DRILL_EMAIL and DRILL_PASSWORD (an account with the role Redaktion); see the comment at the top of this file.',
  )
  process.exit(2)
}

const startPid = Number(readFileSync(path.join(dataFolder, 'npm-start.pid'), 'utf8'))
/** The CMS: the child of npm start that runs Next (its process title is next-server). */
function cmsPid(): number {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ')
        return parent === startPid && /next/.test(command) ? [Number(entry)] : []
      } catch {
        return []
      }
    })
  if (children.length !== 1) throw new Error(`expected one CMS process under npm start (${startPid}), found ${children.length}`)
  return children[0]!
}

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
const created: (number | string)[] = []
let totalAcknowledged = 0
let totalLost = 0

for (let round = 1; round <= rounds; round++) {
  const acknowledged: (number | string)[] = []
  let refused = 0
  let writing = true
  const writer = async (id: number) => {
    for (let index = 0; writing; index++) {
      try {
        const response = await fetch(`${cms}/api/angebote?draft=true`, {
          signal: AbortSignal.timeout(20_000),
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify({
            title: `Absturzübung ${round}-${id}-${index}`,
            summary: 'Ein Entwurf.',
            kind: 'beratung',
            handlungsfelder: [felder.docs[0]!.id],
          }),
        })
        if (response.status === 201) acknowledged.push(((await response.json()) as { doc: { id: number | string } }).doc.id)
        else if (response.status < 500) {
          // Not the crash: the account may not write (Redaktion can; Administration manages accounts only).
          throw new Error(`the CMS refused a draft with ${response.status}: ${await response.text()}`)
        } else {
          refused++
          await response.body?.cancel()
        }
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('the CMS refused')) throw error
        refused++
      }
      if (refused > 0) writing = false
    }
  }
  const burst = Array.from({ length: writers }, (_, id) => writer(id))
  await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 2500))
  const killedAt = Date.now()
  process.kill(cmsPid(), 'SIGKILL')
  await Promise.all(burst)
  while (!(await healthy())) await new Promise((resolve) => setTimeout(resolve, 200))
  const downSeconds = (Date.now() - killedAt) / 1000
  let lost = 0
  for (const id of acknowledged) {
    const stored = await fetch(`${cms}/api/angebote/${id}?draft=true&depth=0`, { headers: auth })
    await stored.body?.cancel()
    if (stored.status !== 200) lost++
  }
  created.push(...acknowledged)
  totalAcknowledged += acknowledged.length
  totalLost += lost
  console.log(
    `round ${round}: ${acknowledged.length} acknowledged, ${lost} lost, ${refused} refused while down, CMS back after ${downSeconds.toFixed(1)} s`,
  )
}

const databaseFile = path.join(dataFolder, 'familienrathaus.db')
let integrity = 'not checked (no SQLite file in DATA_DIR)'
if (existsSync(databaseFile)) {
  const database = createClient({ url: `file:${databaseFile}` })
  integrity = String((await database.execute('PRAGMA integrity_check')).rows[0]?.[0])
  database.close()
}
for (const id of created)
  await fetch(`${cms}/api/angebote/${id}`, { method: 'DELETE', headers: auth }).then((response) => response.body?.cancel())
console.log(`${rounds} kills: ${totalAcknowledged} writes acknowledged, ${totalLost} lost; integrity_check: ${integrity}`)
process.exit(totalLost === 0 && (integrity === 'ok' || !existsSync(databaseFile)) ? 0 : 1)
