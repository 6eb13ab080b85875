import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { closeDataDir, cmsEnvironment, siteBuildEnvironment } from '../src/lib/environment.ts'

describe('the environment of child processes (issue 10, point 14)', () => {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'production',
    PATH: '/usr/bin',
    PAYLOAD_SECRET: 'geheim',
    DATABASE_URI: 'mongodb://db/x',
    MONGODB_URI: 'mongodb://db/y',
    SITE_URL: 'https://familie.hamm.de',
  }

  it('gives the site build none of the CMS secrets', () => {
    const build = siteBuildEnvironment({ CMS_URL: 'http://127.0.0.1:3000' }, env)
    expect(build.PAYLOAD_SECRET).toBeUndefined()
    expect(build.DATABASE_URI).toBeUndefined()
    expect(build.MONGODB_URI).toBeUndefined()
    expect(build).toMatchObject({
      PATH: '/usr/bin',
      SITE_URL: 'https://familie.hamm.de',
      CMS_URL: 'http://127.0.0.1:3000',
      ASTRO_TELEMETRY_DISABLED: '1',
    })
  })

  it('gives the CMS what it needs', () => {
    expect(cmsEnvironment({ DATA_DIR: '/srv/data' }, env)).toMatchObject({
      PAYLOAD_SECRET: 'geheim',
      DATA_DIR: '/srv/data',
      NEXT_TELEMETRY_DISABLED: '1',
    })
  })
})

describe('the data folder (issue 10, point 14)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fp-data-perm-'))
  const previousUmask = process.umask()
  afterAll(() => {
    process.umask(previousUmask)
    rmSync(dir, { recursive: true, force: true })
  })

  it('is readable by nobody but its owner and group, also what earlier versions left open', () => {
    process.umask(0o022)
    mkdirSync(path.join(dir, 'media'), { mode: 0o755 })
    writeFileSync(path.join(dir, 'familienrathaus.db'), 'x', { mode: 0o644 })
    writeFileSync(path.join(dir, 'media', 'bild.jpg'), 'x', { mode: 0o664 })
    closeDataDir(dir)
    writeFileSync(path.join(dir, 'payload-secret'), 'neu')
    mkdirSync(path.join(dir, 'site'))
    const entries = [dir, ...readdirSync(dir, { recursive: true }).map((name) => path.join(dir, String(name)))]
    // Nothing for others, and the group (a web server serving the built site) may read, not write.
    for (const entry of entries) expect(statSync(entry).mode & 0o027, entry).toBe(0)
  })
})
