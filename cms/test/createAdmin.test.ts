/**
 * `npm run create-admin`: the first Administration account on a server whose first-user screen is
 * closed (issue 10, point 7). Runs the real script on a throwaway data folder.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const cmsDir = path.resolve(import.meta.dirname, '..')
const tsx = path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs')
const dataDir = mkdtempSync(path.join(tmpdir(), 'fp-create-admin-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function createAdmin(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [tsx, 'src/tasks/createAdmin.ts'], {
    cwd: cmsDir,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URI: '', PAYLOAD_SECRET: 'test-secret-that-is-only-used-in-tests', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 120_000,
  })
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('npm run create-admin', () => {
  it('refuses a password against the policy and creates nothing', () => {
    const { code, output } = createAdmin({ ADMIN_EMAIL: 'it@stadt-hamm.invalid', ADMIN_PASSWORD: 'kurz' })
    expect(code).toBe(1)
    expect(output).toContain('12 Zeichen')
  })

  it('creates an Administration account, once', async () => {
    const { code, output } = createAdmin({ ADMIN_EMAIL: 'it@stadt-hamm.invalid', ADMIN_PASSWORD: 'ein-langes-Admin-Passwort' })
    expect(output).toContain('Created the Administration account it@stadt-hamm.invalid')
    expect(code).toBe(0)
    const again = createAdmin({ ADMIN_EMAIL: 'it@stadt-hamm.invalid', ADMIN_PASSWORD: 'ein-langes-Admin-Passwort' })
    expect(again.code).toBe(1)
    expect(again.output).toContain('exists already')
  })

  it('tells what to set when there is no terminal to ask in', () => {
    const { code, output } = createAdmin({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '' })
    expect(code).toBe(1)
    expect(output).toContain('set ADMIN_EMAIL and ADMIN_PASSWORD')
  })
})
