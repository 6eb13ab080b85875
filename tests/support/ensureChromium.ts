import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Browser tests drive Debian's Chromium. On a fresh machine it is installed with apt when we are
 * root; otherwise the run stops with the one command that fixes it.
 */
export default function ensureChromium() {
  if (existsSync(chromiumPath)) return
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${chromiumPath}: run \`sudo apt-get update && sudo apt-get install -y chromium\` and test again.`)
  }
  console.log('Chromium is missing: installing it with apt (about 30 s) …')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env })
  if (install.status !== 0 || !existsSync(chromiumPath)) {
    throw new Error('Installing Chromium with apt failed: run `apt-get update && apt-get install -y chromium` by hand and test again.')
  }
}
