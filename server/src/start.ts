/**
 * `npm start`: the whole Familienrathaus on one machine. Prepares the database (migrations, seed
 * when empty), builds the CMS unless turbo's cache holds the build of its current sources, serves the CMS and the static site, and
 * rebuilds the site whenever an editor publishes, unpublishes or deletes something.
 */
import { randomBytes } from 'node:crypto'
import { appendFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'

import { databaseKind, databaseUri } from '@familienrathaus/cms/db'
import { firstRegisterSetting } from '@familienrathaus/cms/lib/firstRegister'
import { dataDir, findRepoRoot } from '@familienrathaus/cms/lib/paths'
import { MissingSecretError, resolvePayloadSecret } from '@familienrathaus/cms/lib/secret'
import { isCmsBuildCached } from './lib/cmsBuild.ts'
import { closeDataDir, cmsEnvironment, siteBuildEnvironment } from './lib/environment.ts'
import { assertPortFree, canConnect, listen } from './lib/ports.ts'
import { createPreviewBuilds, createPreviewHandler, previewSitePrefix } from './lib/preview.ts'
import { binEntry, plain, runNode, startNode } from './lib/processes.ts'
import { msUntilNextDailyRun, SiteBuilder } from './lib/siteBuilder.ts'
import { Supervisor } from './lib/supervisor.ts'
import { createForwardingServer, trustedProxies } from './lib/forwarding.ts'
import { runningInstancePid, startPidFile } from './lib/backup.ts'
import { backupFolder, nightlyBackupsToKeep, scheduleNightlyBackups } from './lib/backupSchedule.ts'
import { healthHandler, siteHealth } from './lib/health.ts'
import { createStaticServer } from './lib/staticServer.ts'

const repoRoot = findRepoRoot()
const cmsDir = path.join(repoRoot, 'cms')
const siteDir = path.join(repoRoot, 'site')
const host = process.env.HOST ?? '127.0.0.1'
const cmsPort = Number(process.env.CMS_PORT ?? 3000)
const sitePort = Number(process.env.SITE_PORT ?? 4321)
const publicHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host
const cmsUrl = `http://${publicHost}:${cmsPort}`
const siteUrl = process.env.SITE_URL ?? `http://${publicHost}:${sitePort}`

const log = (line: string) => console.log(`[start] ${line}`)

function fail(message: string): never {
  console.error(`[start] Error: ${message}`)
  process.exit(1)
}

async function checkDatabase(uri: string) {
  if (databaseKind(uri) !== 'mongodb' || uri.startsWith('mongodb+srv://')) return
  const { hostname, port } = new URL(uri.replace(/^mongodb:\/\/([^/]*@)?([^/,?]+).*$/, 'http://$2'))
  const reachable = await canConnect({ host: hostname, port: Number(port || 27017) })
  if (!reachable) fail(`the database at ${hostname}:${port || 27017} (DATABASE_URI) is unreachable.`)
}

async function main() {
  const dir = dataDir()
  closeDataDir(dir)
  // `npm run restore` refuses to replace the data of a running instance: this file says it runs.
  const pidFile = path.join(dir, startPidFile)
  const alreadyRunning = runningInstancePid(dir)
  if (alreadyRunning) fail(`npm start already runs on ${dir} (process ${alreadyRunning}).`)
  writeFileSync(pidFile, `${process.pid}\n`, { mode: 0o640 })
  // Removed only while it is still ours (a second start that refused must not remove the first one's).
  process.once('exit', () => {
    if (runningInstancePid(dir) === process.pid) rmSync(pidFile, { force: true })
  })
  let nightlyBackups = 0
  try {
    nightlyBackups = nightlyBackupsToKeep()
  } catch (error) {
    fail((error as Error).message)
  }
  const uri = databaseUri()

  let secret: string
  try {
    secret = resolvePayloadSecret()
  } catch (error) {
    if (error instanceof MissingSecretError) fail(error.message)
    throw error
  }

  await assertPortFree({ port: cmsPort, host, name: 'CMS' }).catch((error: Error) => fail(error.message))
  await assertPortFree({ port: sitePort, host, name: 'website' }).catch((error: Error) => fail(error.message))
  await checkDatabase(uri)

  const rebuildToken = randomBytes(24).toString('hex')
  // Lets this instance's site builds read every language in one pass (see the CMS's restHandlers).
  const siteBuildToken = randomBytes(24).toString('hex')
  const rebuildServer = http.createServer()
  const rebuildPort = await listen(rebuildServer, 0, '127.0.0.1')
  const cmsEnv = cmsEnvironment({
    DATA_DIR: dir,
    PAYLOAD_SECRET: secret,
    CMS_PORT: String(cmsPort),
    PUBLIC_CMS_URL: process.env.PUBLIC_CMS_URL ?? cmsUrl,
    SITE_URL: siteUrl,
    SITE_REBUILD_URL: `http://127.0.0.1:${rebuildPort}/rebuild`,
    SITE_REBUILD_TOKEN: rebuildToken,
    SITE_BUILD_TOKEN: siteBuildToken,
    // Whoever registers first becomes Administration: only where nobody else can reach the admin first.
    CMS_FIRST_REGISTER: firstRegisterSetting({ host, nodeEnv: process.env.NODE_ENV, publicUrl: process.env.PUBLIC_CMS_URL }),
  })

  log(`Preparing the database (${databaseKind(uri)}) …`)
  const tsx = binEntry({ fromDir: repoRoot, pkg: 'tsx', bin: 'tsx' })
  const prepared = await runNode({
    script: tsx,
    args: ['src/tasks/prepare.ts'],
    cwd: cmsDir,
    env: cmsEnv,
    echo: (line) => line.startsWith('[prepare] ') && log(line.slice('[prepare] '.length)),
  })
  if (prepared.code !== 0) {
    const cause = plain(prepared.output)
      .split('\n')
      .reverse()
      .find((line) => /error/i.test(line))
    fail(`preparing the database failed: ${cause ?? 'see the output above'}`)
  }

  const nextBin = binEntry({ fromDir: cmsDir, pkg: 'next', bin: 'next' })
  // turbo decides whether the CMS must be built: it hashes the sources (cms/turbo.json names them)
  // and restores the build of the same sources from its cache (.turbo/cache), or builds and stores it.
  const turbo = binEntry({ fromDir: repoRoot, pkg: 'turbo', bin: 'turbo' })
  const buildCms = ['run', 'build', '--filter=@familienrathaus/cms', '--output-logs=new-only']
  const turboEnv = {
    ...cmsEnv,
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim(),
  }
  const cached = isCmsBuildCached({ turbo, args: buildCms, cwd: repoRoot, env: turboEnv })
  log(cached ? 'Restoring the CMS build of these sources from the cache …' : 'Building the CMS (about one minute on the first start) …')
  const started = Date.now()
  const built = await runNode({
    script: turbo,
    args: buildCms,
    cwd: repoRoot,
    env: turboEnv,
    echo: (line) =>
      /Compiled|Generating|Finalizing|✓/.test(line) &&
      log(
        `  ${plain(line)
          .replace(/^@familienrathaus\/cms:build: /, '')
          .trim()}`,
      ),
  })
  if (built.code !== 0) {
    writeFileSync(path.join(dir, 'cms-build.log'), built.output)
    fail(`building the CMS failed; the full log is in ${path.join(dir, 'cms-build.log')}`)
  }
  if (!cached) log(`CMS built in ${Math.round((Date.now() - started) / 1000)} s.`)

  // The CMS listens on loopback only; its public port is a forwarding layer that sets X-Forwarded-For
  // from the connection unless a trusted proxy sent it (lib/forwarding.ts).
  let trusted: ReturnType<typeof trustedProxies>
  try {
    trusted = trustedProxies()
  } catch (error) {
    fail((error as Error).message)
  }
  const probe = net.createServer()
  const cmsInternalPort = await listen(probe, 0, '127.0.0.1')
  await new Promise((resolve) => probe.close(resolve))
  const cmsInternal = `http://127.0.0.1:${cmsInternalPort}`
  const cmsForwarder = createForwardingServer({ target: { host: '127.0.0.1', port: cmsInternalPort }, trusted, log })
  await listen(cmsForwarder, cmsPort, host)

  log('Starting the CMS …')
  let stopping = false
  let cmsAnswered = false
  // After it first answered, a CMS that dies is restarted (with backoff) while the site keeps serving;
  // before that, a CMS that cannot start is an error to report, not to retry.
  const cms = new Supervisor({
    name: 'CMS',
    log,
    start: () => {
      const child = startNode({
        script: nextBin,
        args: ['start', '-p', String(cmsInternalPort), '-H', '127.0.0.1'],
        cwd: cmsDir,
        // Only this server runs the job queue: scheduled publishing and unpublishing.
        env: { ...cmsEnv, PAYLOAD_JOBS_AUTORUN: '1' },
        prefix: '[cms]',
      })
      child.once('exit', (code) => {
        if (!cmsAnswered && !stopping) fail(`the CMS stopped before it answered (exit code ${code}).`)
      })
      return child
    },
  })
  // Whatever ends this process (an error, process.exit), the CMS must not outlive it: an orphan
  // would hold the port and block the next start.
  process.once('exit', () => cms.killNow())
  process.on('uncaughtException', (error) => {
    console.error(`[start] Unexpected error: ${error.stack ?? error.message}`)
    process.exit(1)
  })
  await waitForCms(cmsInternal)
  cmsAnswered = true

  const sitesDir = path.join(dir, 'site')
  const astroBin = binEntry({ fromDir: siteDir, pkg: 'astro', bin: 'astro' })
  /**
   * One build into `outDir`: `astro build`, then, once Astro has exited and freed its memory, the
   * search indexes and compressed copies (site/src/finishBuild.ts) – as `npm run build -w site` does.
   * The output of both is appended to `logFile`; a failure throws its one-line cause.
   */
  const siteBuild = async ({
    outDir,
    signal,
    logFile,
    env = {},
  }: {
    outDir: string
    signal: AbortSignal
    logFile: string
    env?: Record<string, string>
  }) => {
    const buildEnv = siteBuildEnvironment({
      CMS_URL: cmsInternal,
      CMS_BUILD_TOKEN: siteBuildToken,
      SITE_OUT_DIR: outDir,
      SITE_URL: siteUrl,
      ...env,
    })
    appendFileSync(logFile, `\n=== ${new Date().toISOString()} ${outDir}\n`)
    for (const [script, args] of [
      [astroBin, ['build']],
      [path.join(siteDir, 'src', 'finishBuild.ts'), []],
    ] as const) {
      const result = await runNode({ script, args: [...args], cwd: siteDir, signal, env: buildEnv })
      const output = plain(result.output)
      appendFileSync(logFile, `${output}\n`)
      if (result.code !== 0) throw new Error(buildFailureCause(output, result.code))
    }
  }
  const builder = new SiteBuilder({
    sitesDir,
    log,
    build: ({ outDir, previousDir, signal }) =>
      siteBuild({
        outDir,
        signal,
        logFile: path.join(sitesDir, 'build.log'),
        // The instance's caches belong to its data, not to the checkout that other instances share.
        env: {
          SITE_CACHE_DIR: path.join(sitesDir, 'cache'),
          SITE_MEDIA_CACHE: path.join(sitesDir, 'media-cache'),
          // Always set: a value from the shell must not reach a build as its live build.
          SITE_PREVIOUS_OUT_DIR: previousDir ?? '',
        },
      }),
  })

  rebuildServer.on('request', (request, response) => {
    if (request.method !== 'POST' || request.url !== '/rebuild' || request.headers.authorization !== `Bearer ${rebuildToken}`) {
      response.writeHead(403).end()
      return
    }
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8').slice(0, 2000)))
    request.on('end', () => {
      let reason = 'content changed'
      try {
        reason = String((JSON.parse(body) as { reason?: string }).reason ?? reason)
      } catch {
        // A request without a readable reason still rebuilds.
      }
      builder.request(reason)
      response.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify(builder.status))
    })
  })

  // Offers leave (and enter) the site on their "valid until/from" days without anybody publishing.
  const scheduleDailyRebuild = () =>
    setTimeout(() => {
      builder.request('daily check of valid-from and valid-until dates')
      dailyTimer = scheduleDailyRebuild()
    }, msUntilNextDailyRun())
  let dailyTimer = scheduleDailyRebuild()

  // Draft previews: built on request from the latest drafts, with the requesting editor's login.
  const previews = createPreviewBuilds({
    sitesDir: path.join(dir, 'site-preview'),
    log: (line) => log(`[preview] ${line}`),
    build: ({ outDir, signal, token, documents }) =>
      siteBuild({
        outDir,
        signal,
        logFile: path.join(dir, 'site-preview', 'build.log'),
        env: {
          SITE_BASE: previewSitePrefix,
          CMS_DRAFTS: '1',
          CMS_AUTH_TOKEN: token,
          // The loader is strict about these only: another editor's broken draft must not break this preview.
          CMS_PREVIEW_DOC: documents.join(','),
          SITE_CACHE_DIR: path.join(dir, 'site-preview', 'cache'),
          SITE_MEDIA_CACHE: path.join(dir, 'site-preview', 'media-cache'),
          SITE_PREVIOUS_OUT_DIR: '',
        },
      }),
  })
  const previewHandler = createPreviewHandler({
    cmsUrl: cmsInternal,
    adminUrl: cmsUrl,
    getPreviewDir: () => previews.builder.currentDir,
    buildPreview: previews.buildPreview,
    log: (line) => log(`[preview] ${line}`),
  })

  const answerHealth = healthHandler(() =>
    siteHealth({ currentDir: builder.currentDir, status: builder.status, cmsHealthUrl: `${cmsInternal}/api/health` }),
  )
  const siteServer = createStaticServer({
    getRoot: () => builder.currentDir,
    handle: async (request, response) => (await answerHealth(request, response)) || previewHandler(request, response),
  })
  await listen(siteServer, sitePort, host)

  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal} received, stopping …`)
    builder.stop()
    previews.builder.stop()
    clearTimeout(dailyTimer)
    stopBackups()
    siteServer.close()
    rebuildServer.close()
    cmsForwarder.close()
    void cms.stop().then(() => process.exit(0))
  }
  const stopBackups = nightlyBackups
    ? scheduleNightlyBackups({ instance: { dataDir: dir, databaseUri: uri }, keep: nightlyBackups, log })
    : () => undefined
  if (nightlyBackups) log(`Nightly backups at 02:30 into ${backupFolder(dir)}, keeping the newest ${nightlyBackups}.`)
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))

  const hadSite = builder.currentDir !== undefined
  const firstBuild = builder.buildNow()
  if (!hadSite && !(await firstBuild)) {
    shutdown('first build failed')
    fail('the first site build failed; see the line above.')
  }
  const running = ['', 'Familienrathaus is running:', `  CMS (admin):  ${cmsUrl}/admin`, `  Website:      ${siteUrl}/`]
  if (hadSite) running.push('  (serving the last built site while a new one is built)')
  console.log([...running, 'Press Ctrl-C to stop.', ''].join('\n'))
}

/** The one line of a site build's output (Astro's or the finishing step's) that says why it failed. */
function buildFailureCause(output: string, code: number | null): string {
  const lines = output.split('\n')
  const cause =
    lines.find((line) => /Content document|Cannot reach the CMS|ContentLoadError/.test(line)) ??
    lines.reverse().find((line) => /error/i.test(line)) ??
    `the site build exited with code ${code}`
  return cause.replace(/^.*?(Content document|Cannot reach)/, '$1').trim()
}

async function waitForCms(baseUrl: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/angebote?limit=1&depth=0`, { signal: AbortSignal.timeout(5000) })
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  fail(`the CMS did not answer at ${baseUrl} within ${timeoutMs / 1000} s.`)
}

await main()
