import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const stampFile = 'familienrathaus-build-stamp'

function addTree(hash: ReturnType<typeof createHash>, entry: string) {
  if (!existsSync(entry)) return
  if (statSync(entry).isDirectory()) {
    for (const name of readdirSync(entry).sort()) addTree(hash, path.join(entry, name))
    return
  }
  hash.update(entry)
  hash.update(readFileSync(entry))
}

/** A fingerprint of everything the CMS's Next build is made from. */
export function cmsSourceStamp(repoRoot: string): string {
  const hash = createHash('sha256')
  for (const entry of [
    'cms/src',
    'cms/next.config.ts',
    'cms/package.json',
    'cms/tsconfig.json',
    'content-schemas/src',
    'package-lock.json',
  ]) {
    addTree(hash, path.join(repoRoot, entry))
  }
  return hash.digest('hex')
}

/** Whether `.next` holds a production build of exactly the current sources. */
export function isCmsBuildCurrent(repoRoot: string): boolean {
  const nextDir = path.join(repoRoot, 'cms', '.next')
  if (!existsSync(path.join(nextDir, 'BUILD_ID'))) return false
  const stamp = path.join(nextDir, stampFile)
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === cmsSourceStamp(repoRoot)
}

export function markCmsBuildCurrent(repoRoot: string): void {
  writeFileSync(path.join(repoRoot, 'cms', '.next', stampFile), `${cmsSourceStamp(repoRoot)}\n`)
}
