import { chmodSync, lstatSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** Secrets of the CMS that no other process needs: the site build reads published content over HTTP. */
export const cmsSecrets = ['PAYLOAD_SECRET', 'DATABASE_URI', 'MONGODB_URI', 'ADMIN_EMAIL', 'ADMIN_PASSWORD', 'SITE_REBUILD_TOKEN', 'SITE_BUILD_TOKEN'] as const

const quiet = { NEXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }

/** The environment of the CMS and its tasks: everything of ours, telemetry off. */
export function cmsEnvironment(extra: Record<string, string>, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ...quiet, ...extra }
}

/** The environment of a site build: ours without the CMS's secrets (a build runs third-party code: Astro, Vite, plugins). */
export function siteBuildEnvironment(extra: Record<string, string>, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...env }
  for (const name of cmsSecrets) delete clean[name]
  return { ...clean, ...quiet, ...extra }
}

/**
 * The data folder holds the database, the secret and unpublished uploads: nothing in it is for
 * other users of the machine. New files get no permissions for others (umask 027: the group may
 * read, e.g. a web server serving the built site), and what an earlier version left readable is
 * closed now.
 */
export function closeDataDir(dir: string): void {
  process.umask(0o027)
  const close = (entry: string) => {
    const info = lstatSync(entry)
    if (info.isSymbolicLink()) return
    if ((info.mode & 0o027) !== 0) chmodSync(entry, info.mode & 0o750)
    if (info.isDirectory()) for (const name of readdirSync(entry)) close(path.join(entry, name))
  }
  close(dir)
}
