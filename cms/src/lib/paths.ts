import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The monorepo root, found by walking up from the working directory. Code bundled by Next runs
 * from `.next/`, where `import.meta.url` no longer points at the source, so the working directory
 * (root or a workspace) is the only reliable anchor.
 */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start)
  for (;;) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest)) {
      try {
        const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }
        if (name === 'familienrathaus') return dir
      } catch {
        // An unreadable package.json is not ours; keep walking up.
      }
    }
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(start)
    dir = parent
  }
}

/** The git-ignored folder that holds the SQLite file, the generated secret, uploads and built sites. */
export function dataDir(): string {
  const dir = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(findRepoRoot(), 'data')
  // libsql cannot create a missing directory.
  mkdirSync(dir, { recursive: true })
  return dir
}

export function mediaDir(): string {
  const dir = path.join(dataDir(), 'media')
  mkdirSync(dir, { recursive: true })
  return dir
}

/**
 * Where uploads stream to while a request is read (Payload's `tempFileDir`), in the data folder
 * so that large files land on the same disk as the media. Payload removes each file after its
 * request; stale ones are removed here, when the CMS starts, and before each upload
 * (checkUploadedFile; see removeStaleUploadFiles).
 */
export function uploadTempDir(): string {
  const dir = path.join(dataDir(), 'upload-tmp')
  mkdirSync(dir, { recursive: true })
  removeStaleUploadFiles(dir)
  return dir
}

/**
 * Temporary upload files untouched this long belong to no running request: an idle upload times
 * out after a minute, and Payload moves a received file into the media folder within seconds.
 */
export const staleUploadAgeMs = 15 * 60 * 1000

/**
 * Removes temporary upload files that no request will remove any more: left by a crash, or by a
 * multipart request with a file to an endpoint that is no upload (Payload removes temporary files
 * only after operations on upload collections). Returns how many were removed.
 */
export function removeStaleUploadFiles(dir: string, now = Date.now()): number {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const file = path.join(dir, name)
    try {
      if (now - statSync(file).mtimeMs > staleUploadAgeMs) {
        rmSync(file, { force: true })
        removed++
      }
    } catch {
      // Removed meanwhile by its own request.
    }
  }
  return removed
}

export function defaultDatabaseUri(): string {
  return `file:${path.join(dataDir(), 'familienrathaus.db')}`
}
