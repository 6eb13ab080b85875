import { existsSync, mkdirSync, readFileSync } from 'node:fs'
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

export function defaultDatabaseUri(): string {
  return `file:${path.join(dataDir(), 'familienrathaus.db')}`
}
